import type { types } from '@slack/bolt';
import type { Answer, AnswerLink } from '../../src/answer/answer.ts';
import { markdownToPlain } from '../../src/answer/plain-text.ts';

/** Block Kit limits a message must respect, or Slack refuses it (`invalid_blocks`). */
export const SLACK_LIMITS = Object.freeze({
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  contextText: 3000,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  /** Our own choices, below Slack's 25 elements an actions block. */
  linkButtons: 10,
  suggestionButtons: 5,
  /** Long answers spill over this many sections before being cut. */
  textSections: 5,
  /** The notification text: Slack accepts more, but nobody reads more. */
  fallbackText: 3000,
});

export interface SlackMessage {
  /** Plain fallback for notifications and screen readers; never empty. */
  text: string;
  blocks: types.KnownBlock[];
}

export interface SlackRenderOptions {
  /** A line of light markdown under the answer (a context block), e.g. how to ask more. */
  footer?: string;
}

const ELLIPSIS = '…';

/** Renders an answer as Block Kit within Slack's limits, whatever the answer holds. */
export function toSlackBlocks(answer: Answer, options: SlackRenderOptions = {}): SlackMessage {
  const header = headerBlock(answer.title);
  const textSections = bodyChunks(answer.text).map(sectionBlock);
  const footer = options.footer ? contextBlock(options.footer) : undefined;
  const links = linkButtons(answer.links);
  const suggestions = suggestionButtons(answer.suggestions);

  const fixed = [header, ...textSections, footer, links, suggestions].filter(isBlock);
  const fields = fieldSections(answer.fields, SLACK_LIMITS.blocks - fixed.length);
  const blocks = [header, ...textSections, ...fields, footer, links, suggestions].filter(isBlock);

  return { text: fallbackText(answer), blocks };
}

/** A reply that is only a sentence (rate limits, apologies), with a matching fallback. */
export function toSlackText(markdown: string): SlackMessage {
  const text = cutMrkdwn(toMrkdwn(markdown), SLACK_LIMITS.sectionText) || ELLIPSIS;
  return { text, blocks: [sectionBlock(text)] };
}

// Bounded, and `[` excluded inside, so that odd input costs linear time; URLs may hold one
// level of parentheses, as Wikipedia's do.
const LINK = /\[([^[\]\n]{1,500})\]\(((?:[^[()\s]|\([^()\s]*\)){1,3000})\)/g;

/**
 * Light markdown to Slack mrkdwn: `**bold**` → `*bold*`, `[label](url)` → `<url|label>`, bullets
 * to `•`. User-visible text is escaped so `<!channel>` or `<@U123>` in it stays text.
 */
export function toMrkdwn(markdown: string): string {
  const source = markdown
    .replace(/^(\s*)- /gm, '$1• ')
    .replace(/\*\*(\S(?:[^*\n]*\S)?)\*\*/g, '*$1*');
  let out = '';
  let last = 0;
  for (const match of source.matchAll(LINK)) {
    out += inlineText(source.slice(last, match.index));
    out += mrkdwnLink(match[1] ?? '', match[2] ?? '');
    last = match.index + match[0].length;
  }
  return out + inlineText(source.slice(last));
}

/** `&`, `<`, `>` escaped as Slack asks; `@channel`-like words made inert. */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(channel|here|everyone)\b/gi, '@\u2060$1');
}

function inlineText(text: string): string {
  // The sections are `verbatim`, so Slack links nothing by itself: bare URLs are linked here.
  return escapeMrkdwn(text).replace(/https?:\/\/(?:(?!&lt;|&gt;)[^\s|*])+/g, (url) => {
    // Sentence punctuation after a URL is not part of it; a closing parenthesis is when paired.
    let bare = url.replace(/[.,;:!?\]'"]+$/, '');
    while (bare.endsWith(')') && count(bare, '(') < count(bare, ')')) {
      bare = bare.slice(0, -1).replace(/[.,;:!?\]'"]+$/, '');
    }
    const trailing = url.slice(bare.length);
    return bare.length > SLACK_LIMITS.buttonUrl ? url : `<${bare}>${trailing}`;
  });
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function mrkdwnLink(label: string, url: string): string {
  const target = linkTarget(url);
  const text = escapeMrkdwn(label.replace(/\*\*/g, ''));
  if (!target) return text;
  return `<${target}|${text}>`;
}

/** The URL as Slack's `<url|label>` syntax can hold it, or undefined when it cannot be linked. */
function linkTarget(url: string): string | undefined {
  if (!/^(https?:\/\/|mailto:)/i.test(url) || url.length > SLACK_LIMITS.buttonUrl) return undefined;
  return url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
}

function bodyChunks(markdown: string): string[] {
  const chunks = splitMrkdwn(toMrkdwn(markdown), SLACK_LIMITS.sectionText);
  if (chunks.length <= SLACK_LIMITS.textSections) return chunks;
  const kept = chunks.slice(0, SLACK_LIMITS.textSections);
  const last = kept.pop() ?? '';
  return [...kept, cutMrkdwn(`${last} ${ELLIPSIS}`, SLACK_LIMITS.sectionText)];
}

function headerBlock(title: string): types.HeaderBlock | undefined {
  const text = cutPlain(title.replace(/\s+/g, ' ').trim(), SLACK_LIMITS.headerText);
  return text ? { type: 'header', text: { type: 'plain_text', text, emoji: true } } : undefined;
}

function sectionBlock(text: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text, verbatim: true } };
}

function contextBlock(footer: string): types.ContextBlock | undefined {
  const text = cutMrkdwn(toMrkdwn(footer.trim()), SLACK_LIMITS.contextText);
  return text
    ? { type: 'context', elements: [{ type: 'mrkdwn', text, verbatim: true }] }
    : undefined;
}

function fieldSections(fields: Answer['fields'], maxSections: number): types.SectionBlock[] {
  const texts = fields
    .map((field) => {
      const name = toMrkdwn(field.name.trim());
      const value = toMrkdwn(field.value.trim());
      return name && value ? `*${name}*\n${value}` : name ? `*${name}*` : value;
    })
    .filter((text) => text !== '')
    .map((text) => cutMrkdwn(text, SLACK_LIMITS.fieldText));
  const room = Math.max(0, maxSections) * SLACK_LIMITS.fieldsPerSection;
  if (texts.length > room && room > 0) {
    texts.splice(room - 1, texts.length, `_${ELLIPSIS} and ${texts.length - room + 1} more_`);
  }
  const sections: types.SectionBlock[] = [];
  for (let i = 0; i < Math.min(texts.length, room); i += SLACK_LIMITS.fieldsPerSection) {
    sections.push({
      type: 'section',
      fields: texts
        .slice(i, i + SLACK_LIMITS.fieldsPerSection)
        .map((text) => ({ type: 'mrkdwn', text, verbatim: true })),
    });
  }
  return sections;
}

function linkButtons(links: AnswerLink[]): types.ActionsBlock | undefined {
  const elements = links
    .filter((link) => /^https?:\/\//i.test(link.url) && link.url.length <= SLACK_LIMITS.buttonUrl)
    .slice(0, SLACK_LIMITS.linkButtons)
    .map(
      (link, i): types.Button => ({
        type: 'button',
        action_id: `link_${i}`,
        text: plainText(cutPlain(link.label.trim() || link.url, SLACK_LIMITS.buttonText)),
        url: link.url,
      }),
    );
  return elements.length > 0 ? { type: 'actions', block_id: 'links', elements } : undefined;
}

function suggestionButtons(suggestions: string[]): types.ActionsBlock | undefined {
  const elements = suggestions
    .map((question) => question.replace(/\s+/g, ' ').trim())
    .filter((question) => question !== '')
    .slice(0, SLACK_LIMITS.suggestionButtons)
    .map(
      (question, i): types.Button => ({
        type: 'button',
        action_id: `suggest_${i}`,
        text: plainText(cutPlain(question, SLACK_LIMITS.buttonText)),
        value: cutPlain(question, SLACK_LIMITS.buttonValue),
      }),
    );
  return elements.length > 0 ? { type: 'actions', block_id: 'suggestions', elements } : undefined;
}

function plainText(text: string): types.PlainTextElement {
  return { type: 'plain_text', text, emoji: true };
}

function fallbackText(answer: Answer): string {
  const plain = [answer.title.trim(), markdownToPlain(answer.text).trim()]
    .filter((part) => part !== '')
    .join('\n');
  return cutMrkdwn(escapeMrkdwn(plain), SLACK_LIMITS.fallbackText) || ELLIPSIS;
}

function isBlock<T extends types.KnownBlock>(block: T | undefined): block is T {
  return block !== undefined;
}

/** Cuts plain text to `max` characters with an ellipsis, never inside a surrogate pair. */
export function cutPlain(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, safeCut(text, max - 1, false)).trimEnd()}${ELLIPSIS}`;
}

/** Cuts mrkdwn to `max` characters, never inside a `<…>` link or an `&amp;` entity. */
export function cutMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, safeCut(text, max - 1, true)).trimEnd()}${ELLIPSIS}`;
}

/** Splits long mrkdwn into chunks of at most `max`, preferring line breaks, then spaces. */
export function splitMrkdwn(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const line = rest.lastIndexOf('\n', max);
    const space = rest.lastIndexOf(' ', max);
    const at = line > max / 2 ? line : space > max / 2 ? space : max;
    const safe = safeCut(rest, at, true);
    const cut = safe > 0 ? safe : at;
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  chunks.push(rest);
  return chunks.filter((chunk) => chunk !== '');
}

/** The index to cut at, at or before `at`, that splits no character and no mrkdwn token. */
function safeCut(text: string, at: number, mrkdwn: boolean): number {
  let cut = Math.max(0, Math.min(at, text.length));
  const code = text.charCodeAt(cut);
  if (code >= 0xdc00 && code <= 0xdfff && cut > 0) cut -= 1;
  if (mrkdwn) {
    const open = text.lastIndexOf('<', cut - 1);
    if (open > text.lastIndexOf('>', cut - 1) && open > 0) cut = open;
    const amp = text.lastIndexOf('&', cut - 1);
    if (amp > text.lastIndexOf(';', cut - 1) && cut - amp < 6 && amp > 0) cut = amp;
  }
  return cut;
}
