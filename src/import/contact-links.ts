import { type Contact, ContactSchema, type Link, UrlSchema } from '../knowledge/schema.ts';
import { hostLabel, hostOf } from './line-text.ts';
import type { Line } from './markdown-lines.ts';

export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
export const FEDIVERSE_HANDLE = /(?:^|[\s(:])@([\w.-]+)@([\w-]+(?:\.[\w-]+)+)/;
export const WEBSITE_LABEL =
  /^(?:web|website|site|portfolio|homepage|home page|personal site|www)$/i;

export function contactChannels(contact: Contact): string[] {
  const { other, ...channels } = contact;
  return [...Object.keys(channels), ...other.map((link) => link.label)];
}

/** Files the line's links and addresses under contact; returns how many it used. */
export function addContact(line: Line, contact: Contact, linksOnly = false): number {
  let used = 0;
  const label = line.label && !/^https?$/i.test(line.label) ? line.label : undefined;
  // GFM autolinks the "user@host" of a Mastodon handle as an email address.
  const handle = FEDIVERSE_HANDLE.exec(line.text);
  const handleAddress = handle ? `${handle[1]}@${handle[2]}` : undefined;
  if (handle) {
    const url = `https://${handle[2]}/@${handle[1]}`;
    if (!contact.other.some((o) => o.url === url))
      contact.other.push({ label: label ?? 'Mastodon', url });
    used++;
  }
  const emails = line.emails.filter((email) => email !== handleAddress);
  if (!linksOnly && !contact.phone) {
    const phone = phoneIn(line.text);
    if (phone) {
      contact.phone = phone;
      used++;
    }
  }
  // In prose, an address spelled out against scrapers ("hiwot [at] example [dot] com") or
  // offered ("write to …", "email me at …") is the owner's.
  const spelled = spelledAddress(line.text);
  if (!linksOnly || spelled !== line.text || OFFERED_ADDRESS.test(line.text)) {
    const plainEmail = EMAIL.exec(spelled)?.[0];
    if (plainEmail && emails.length === 0 && plainEmail !== handleAddress) emails.push(plainEmail);
  }
  for (const email of emails) {
    if (!contact.email && ContactSchema.shape.email.safeParse(email).success) contact.email = email;
    used++;
  }
  // "📬 bia@… · github.com/… · Discord: bia.qs": a labelled account among the line's parts.
  const named =
    emails.length === 0 && line.links.length === 0 ? handleIn(line) : handleAmongParts(line);
  if (named) {
    contact.handles ??= [];
    if (!contact.handles.some((h) => h.label === named.label)) contact.handles.push(named);
    used++;
  }
  // In prose, a bare address counts only where it is a profile on a network ("on LinkedIn at
  // linkedin.com/in/…"), and "on GitHub as euan-s" names the account.
  // "Discord: `oksi.dev`": the account's name is no web address.
  const bare = bareLinks(line).filter((link) => !named || !link.url.includes(named.handle));
  const links = linksOnly
    ? [
        ...line.links.filter((link) => !namesEmployer(line.text, link.label)),
        ...bare.filter((link) => PROFILE_HOST.test(hostOf(link.url))),
        ...namedAccounts(line.text),
      ]
    : [...line.links, ...bare, ...namedAccounts(line.text)];
  for (const link of links) {
    const host = hostOf(link.url);
    // "currently working on [Oleaje](https://github.com/renocampo/oleaje)": a repository is a
    // project, not the owner's account.
    if (host === 'github.com' && REPOSITORY.test(link.url)) continue;
    // A README's widgets (a typing banner, a view counter, stats cards) link to the service
    // that draws them, which is nobody's contact.
    if (WIDGET.test(`${host}${pathOf(link.url)}`)) continue;
    const linkLabel = label && line.links.length === 1 ? label : link.label;
    if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) {
      if (!contact.linkedin) contact.linkedin = link.url;
    } else if (host === 'github.com' && !contact.github) {
      // "github.com/rafaquispe?tab=followers": the account, without the tab it opened on.
      contact.github = link.url.replace(/[?#].*$/, '');
    } else if (
      !contact.website &&
      (WEBSITE_LABEL.test(linkLabel) || linkLabel.toLowerCase() === host)
    ) {
      contact.website = link.url;
    } else if (
      !contact.other.some((o) => o.url === link.url) &&
      contact.website !== link.url &&
      contact.github !== link.url &&
      contact.linkedin !== link.url
    ) {
      contact.other.push({ label: linkLabel, url: link.url });
    }
    used++;
  }
  return used;
}

const REPOSITORY = /github\.com\/[\w.-]+\/[\w.-]+/i;

// Networks whose accounts are given by name, not by a link to a page, as each writes its name.
const NETWORKS: Readonly<Record<string, string>> = Object.fromEntries(
  [
    'Discord',
    'WeChat',
    'Telegram',
    'Signal',
    'WhatsApp',
    'Skype',
    'Matrix',
    'Element',
    'Keybase',
    'QQ',
    'LINE',
    'KakaoTalk',
    'Threema',
    'Session',
    'Steam',
  ]
    .map((name): [string, string] => [name.toLowerCase(), name])
    .concat([
      ['weixin', 'WeChat'],
      ['微信', 'WeChat'],
      ['kakao', 'KakaoTalk'],
    ]),
);
const network = (word: string): string | undefined => NETWORKS[word.toLowerCase()];
const ACCOUNT_WORD = /^(?:id|username|user|handle|name|tag)$/i;
// "renata.ibg", "@ana_dev", "lhr_backend", "ana#4821": an account's name, one word.
const ACCOUNT = /^@?[\p{L}\d][\p{L}\d._#-]{1,39}$/u;

/**
 * "💬 Discord: `renata.ibg`", "微信 WeChat: lhr_backend (say why you add me)": an account on a
 * network that has no profile pages to link, named after the network's label.
 */
function handleIn(line: Line): { label: string; handle: string } | undefined {
  const words = (line.label ?? '')
    .split(/[\s/·|]+/)
    .map((word) => word.replace(/[^\p{L}]/gu, ''))
    .filter(Boolean);
  // "Discord", "微信 WeChat", "Telegram ID": the label is the network's name and nothing more;
  // "Signal processing: MATLAB" and "Product line: …" name no network.
  const named = (word: string) =>
    network(word) !== undefined || ACCOUNT_WORD.test(word) || !/\p{Script=Latin}/u.test(word);
  const label = words.every(named) ? words.map(network).find(Boolean) : undefined;
  const account = line.rest
    ?.trim()
    .split(/\s+/)[0]
    ?.replace(/^[`'"“]|[`'"”,;.]$/g, '');
  if (!label || !account || !ACCOUNT.test(account)) return undefined;
  return { label, handle: account };
}

function handleAmongParts(line: Line): { label: string; handle: string } | undefined {
  for (const part of line.text.split(/\s+[·|•]\s+/).slice(1)) {
    const labelled = /^([^:]{2,20}):\s+(\S.*)$/.exec(part.trim());
    const found =
      labelled?.[1] && labelled[2]
        ? handleIn({ ...line, label: labelled[1], rest: labelled[2] })
        : undefined;
    if (found) return found;
  }
  return undefined;
}

const WIDGET =
  /^(?:git\.io\/typing-svg|readme-typing-svg\.[\w.-]+|komarev\.com|github-readme-stats\.[\w.-]+|github-readme-streak-stats\.[\w.-]+|streak-stats\.demolab\.com|github-profile-trophy\.[\w.-]+|skillicons\.dev|img\.shields\.io|visitor-badge\.[\w.-]+|hits\.seeyoufarm\.com|media\.giphy\.com|cdn\.jsdelivr\.net)(?:\/|$)/i;

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

// "I'm a Staff Engineer at [Acme](…)", "I joined [Acme](…)", "… for the Payments group at
// [Acme](…)": the words before an employer's name.
const EMPLOYED_AT =
  /(?:\b(?:work(?:s|ed|ing)?|employed|engineer|developer|designer|manager|lead|architect|scientist|analyst|consultant|intern|director|head|cto|ceo|researcher|programmer|specialist|sre|team|group|squad|department|unit)\s+(?:at|for|with|@)|\bjoined)\s+$/i;

/** In a sentence, a link on the employer's name is the employer's site, not the owner's. */
function namesEmployer(text: string, label: string): boolean {
  if (NETWORK_WORD.test(label)) return false;
  const at = text.indexOf(label);
  return at > 0 && EMPLOYED_AT.test(text.slice(Math.max(0, at - 60), at));
}

/** "(614) 555-0187", "614-555-0187", "(030) 1234 5678": a local number with its area code. */
const LOCAL_NUMBER = /^(?:\(\d{2,5}\)\s?\d{3,4}[-\s]?\d{3,4}|\d{3}[-.]\d{3}[-.]\d{4})$/;

/** "Tel.: +43 660 481 2273 | mail@…", "📞 +46 70 123 45 67": the number, as written. */
export function phoneIn(text: string): string | undefined {
  for (const part of text.split(/\s*[|·•]\s*|\s{2,}/)) {
    const labelled = PHONE_LABEL.test(part.trim());
    const number = part
      .trim()
      .replace(PHONE_LABEL, '')
      .replace(/^[^\d+(]+/u, '')
      // "+49 171 5550183 (Mobile)": LinkedIn's export names the kind of number after it.
      .replace(/\s*\((?:mobile|cell|home|work|office|private|landline|whatsapp|signal)\)$/i, '')
      .trim();
    // An unlabelled number must look like one: a leading + or 8+ digits with spaces or dashes.
    const digits = number.replace(/\D/g, '').length;
    const shaped = labelled || (number.startsWith('+') && digits >= 8) || LOCAL_NUMBER.test(number);
    if (shaped && digits >= 6 && ContactSchema.shape.phone.safeParse(number).success) return number;
  }
  return undefined;
}

/** "name [at] domain [dot] ca", written so to keep address harvesters away: "name@domain.ca". */
const OFFERED_ADDRESS =
  /\b(?:write to|e-?mail me(?: at)?|reach me at|contact me at|mail me at|drop me a line at)\s+[\w.+-]+@|\b(?:reach|contact|email|e-mail) me\b[^@.]{0,30}?\b(?:e-?mail|mail)\s*:\s*[\w.+-]+@/i;

/** "Reach me at …", "Feel free to email me", "Get in touch": a line offering to be contacted. */
export const offersContact = (text: string): boolean =>
  OFFERS_CONTACT.test(text) || OFFERED_ADDRESS.test(text);

const OFFERS_CONTACT =
  /^(?:feel free to\s+)?(?:reach|contact|email|e-mail|write to|ping|get in touch|say hi|drop me)\b.*(?:@|\bme\b)/i;

/**
 * "The best way to reach me is email: jo@example.dev", in a paragraph no reader placed: the
 * address the owner offers, where no other was found.
 */
export function offeredEmail(text: string, contact: Contact): void {
  if (contact.email || !OFFERED_ADDRESS.test(text)) return;
  const email = EMAIL.exec(spelledAddress(text))?.[0];
  if (email && ContactSchema.shape.email.safeParse(email).success) contact.email = email;
}

function spelledAddress(text: string): string {
  return text.replace(/\s*[[(]\s*at\s*[\])]\s*/gi, '@').replace(/\s*[[(]\s*dot\s*[\])]\s*/gi, '.');
}

/** Lines labelled "Email:", "GitHub:", "Mastodon:" under any heading: ways to reach the owner. */
export function isContactList(lines: readonly Line[]): boolean {
  return lines.filter((line) => line.label && NETWORK_WORD.test(line.label)).length >= 2;
}

/** "Email", "Mobile", "GitHub": a label that names a way to reach the owner. */
export function isContactLabel(label: string): boolean {
  return NETWORK_WORD.test(label) || /^(?:tel|telephone|phone|mobile|mob|cell)\.?$/i.test(label);
}

// "github.com/jweber", "jonas.dev": addresses written without a scheme, as résumé headers do.
const BARE_ADDRESS =
  /(?<![@\w./-])((?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|me|app|co|xyz|page|site|blog|tech|ai|eu|uk|de|nl|se|no|dk|fi|fr|es|it|pl|pt|ca|au|in|ng|br|mx|ch|at|be|cz)(?:\/[^\s·|,;()<>]*)?)(?![\w@-])/gi;

/** Addresses in the text of a line that no link of the line already gives. */
const PROFILE_HOST = /^(?:[\w-]+\.)?(?:linkedin\.com|github\.com|gitlab\.com)$/;
/** "I'm on GitHub as euan-s", "find me on GitLab as @jdoe". */
const ACCOUNT_AS = /\bon (GitHub|GitLab) as @?([A-Za-z\d](?:[A-Za-z\d]|-(?=[A-Za-z\d])){0,38})\b/g;

function namedAccounts(text: string): Link[] {
  return [...text.matchAll(ACCOUNT_AS)].map((m) => ({
    label: m[1] ?? '',
    url: `https://${(m[1] ?? '').toLowerCase()}.com/${m[2]}`,
  }));
}

function bareLinks(line: Line): Link[] {
  const known = line.links.map((link) =>
    link.url.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/$/, ''),
  );
  const out: Link[] = [];
  for (const match of line.text.matchAll(BARE_ADDRESS)) {
    const address = (match[1] ?? '').replace(/[.]+$/, '');
    const bare = address.replace(/^www\./i, '').replace(/\/$/, '');
    if (!address || known.some((url) => url.toLowerCase() === bare.toLowerCase())) continue;
    const url = `https://${address}`;
    if (UrlSchema.safeParse(url).success) out.push({ label: hostLabel(url), url });
  }
  return out;
}

const NETWORK_WORD =
  /^(?:github|gitlab|linkedin|twitter|x|website|web|site|portfolio|blog|email|e-mail|mail|mastodon|bluesky|cv|résumé|resume|homepage)$/i;
const PHONE = /^\+?[\d\s().-]{7,}$/;
const PHONE_LABEL = /^(?:tel|phone|mobile|mob|cell)\.?\s*:?\s*/i;

/** A part of a "City · email · site · GitHub" line that is a way to reach the owner. */
export function isContactPart(part: string, line: Line): boolean {
  const text = part.trim();
  if (!text) return false;
  if (line.links.some((link) => link.label === text) || line.emails.includes(text)) return true;
  BARE_ADDRESS.lastIndex = 0;
  const bare = text.match(BARE_ADDRESS)?.[0] === text;
  const number = text.replace(PHONE_LABEL, '');
  return bare || EMAIL.test(text) || PHONE.test(number) || NETWORK_WORD.test(text);
}
