// One item of a skills list, read into skills: "CI/CD (GitHub Actions)" → CI/CD and GitHub
// Actions, "React (basic)" → React with its note, "Java (8–21)" → Java, versions 8–21.
import type { Skill } from '../knowledge/schema.ts';
import { isQualifier, splitQualifier } from './entry-text.ts';
import { tidyName } from './line-text.ts';
import { technologiesInProse } from './technology-mentions.ts';

// "a little Rust", "some Go": the owner's qualifier before the name.
export const LEADING_QUALIFIER =
  /^(?:a little|a bit of|a bit|some|basic|light|working knowledge of|familiar with|learning)\s+(?=\S)/i;

/** A bracket of a note ("advanced, 3 years") or of names ("C++, Blueprints"), not a phrase. */
export function bracketAside(inner: string): boolean {
  return (
    isQualifier(inner) ||
    // "Apache Kafka (inkl. Kafka Streams)", "Java (8–21)": what it includes, which versions.
    /^(?:inkl\.|incl\.|including|e\.g\.|z\.\s?b\.|v?\d+(?:\.[\dx]+)*(?:\s*[–-]\s*\d+(?:\.[\dx]+)*)?\+?$)/i.test(
      inner,
    ) ||
    inner.split(/,\s*/).every((part) => part.split(' ').length <= 3 && /^[\p{Lu}\d.#+]/u.test(part))
  );
}

export const TRAILING_QUALIFIER =
  /\s+(?:back in the day|these days|nowadays|lately|recently|in the past|years ago|a long time ago|at university|at uni)$/i;

/**
 * "CI/CD (GitHub Actions)" → CI/CD and GitHub Actions; "React (basic)" → React, note basic;
 * "CSS/Sass" and "Coroutines & Flow" → two skills; "edge caching on Cloudflare" → that
 * phrase and Cloudflare, the tool it names.
 */
export function readSkillItem(item: string): Skill[] {
  // "inkl. Kafka Streams" in a bracket: what the skill includes is a skill of its own.
  let text = tidyName(item).replace(/^(?:inkl\.|incl\.|including|e\.g\.|z\.\s?b\.)\s*/i, '');
  const lead = LEADING_QUALIFIER.exec(text)?.[0];
  if (lead) text = text.slice(lead.length);
  // "GameMaker back in the day": when the owner used it, not its name.
  const when = TRAILING_QUALIFIER.exec(text)?.[0];
  if (when) text = text.slice(0, text.length - when.length);
  // "policy-as-code with OPA / Rego": the practice and the tools it names, each a skill.
  const means = /^(\p{Ll}[^()]*?)\s+(?:with|using|via)\s+(\p{Lu}[^()]*)$/u.exec(text);
  if (means?.[1] && means[2])
    return [means[1], ...means[2].split(/\s+(?:and|&)\s+/)].flatMap(readSkillItem);
  // "Debian and Ubuntu servers": two names sharing the noun after them, each a skill.
  const shared = SHARED_NOUN.exec(text);
  if (shared?.[1] && shared[2])
    return [{ name: text, aliases: [] }, ...[shared[1], shared[2]].flatMap(readSkillItem)];
  const { name, note, inner } = asideAsNote(splitQualifier(text));
  if (!name) return [];
  // "Product Lifecycle Management (PLM)": the bracket is the name's initials, one skill.
  const initials = inner?.length === 1 ? inner[0] : undefined;
  if (initials && spelledOutBy(name, initials)) {
    return [{ name, aliases: [initials], ...(note ? { note } : {}) }];
  }
  const pair = splitPair(name);
  const skills: Skill[] = pair.map((part) => ({ name: part, aliases: [] }));
  const qualifier = note ?? lead?.trim().toLowerCase();
  if (qualifier) for (const skill of skills) skill.note = qualifier;
  const named = pair.flatMap((part) => toolsNamedIn(part, pair.length > 1));
  const leads: Skill[] = pair.flatMap((part) => {
    const tool = namedLead(part);
    return tool && !named.some((skill) => skill.name === tool) ? [{ name: tool, aliases: [] }] : [];
  });
  return [...skills, ...(inner ?? []).flatMap(readSkillItem), ...named, ...leads];
}

/**
 * "Java (reading/reviewing)", "Rust (embedded, no_std)": lower-case words in the bracket that
 * name no technology are how the owner uses the skill, its note; "Python (pandas, numpy)" keeps
 * its libraries as skills.
 */
function asideAsNote(read: ReturnType<typeof splitQualifier>): ReturnType<typeof splitQualifier> {
  const { inner } = read;
  // "Lauterbach TRACE32 (at Bosch)": where or what for, not another tool.
  if (
    inner?.length === 1 &&
    /^(?:at|for|in|on|with|via|from|during|since|mostly|mainly)\s/i.test(inner[0] ?? '')
  )
    return { name: read.name, note: [read.note, inner[0]].filter(Boolean).join(', ') };
  // "Java (8–21)", "Python (3.x)": the versions used, a note, not a skill.
  if (inner?.length && inner.every((item) => VERSIONS.test(item)))
    return { name: read.name, note: [read.note, ...inner].filter(Boolean).join(', ') };
  if (!inner?.length || inner.some((item) => /[\p{Lu}\d]/u.test(item))) return read;
  if (inner.some((item) => technologiesInProse(item, true).length > 0)) return read;
  const note = [read.note, ...inner].filter(Boolean).join(', ');
  return { name: read.name, note };
}

const VERSIONS = /^v?\d+(?:\.[\dx]+)*(?:\s*[–-]\s*\d+(?:\.[\dx]+)*)?\+?$/i;

/** "Continuous Integration" and "CI": the capitals of the words are the initials. */
function spelledOutBy(name: string, initials: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(initials)) return false;
  const capitals = name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('');
  return capitals === initials;
}

const SHARED_NOUN = /^(\p{Lu}[\p{L}\d.+#-]*) and (\p{Lu}[\p{L}\d.+#-]*) \p{Ll}[\p{Ll} -]*$/u;

/**
 * The known tools a phrase names ("edge caching on Cloudflare" → Cloudflare), not a product's
 * own name ("Azure Data Factory"). One of a pair ("Hilt/Dagger DI") may be two words, its
 * qualifier shared with the other: then only a tool counts, never a practice.
 */
function toolsNamedIn(part: string, paired: boolean): Skill[] {
  const count = part.split(' ').length;
  const phrase = !paired && count >= 3 && /(?:^|\s)\p{Ll}/u.test(part);
  if (!phrase && !(paired && count === 2)) return [];
  return technologiesInProse(part, true)
    .filter((m) => m.name.toLowerCase() !== part.toLowerCase() && (phrase || m.tool))
    .map((m): Skill => ({ name: m.name, aliases: [] }));
}

/** "ARIA patterns", "NVDA testing": the named tool before the description. */
function namedLead(item: string): string | undefined {
  const words = item.split(' ');
  const proper = words.findIndex((word) => !/^[\p{Lu}\d][\p{L}\d.+#-]*$/u.test(word));
  if (proper <= 0 || words.slice(proper).some((word) => !/^[\p{Ll}\d]/u.test(word)))
    return undefined;
  // "ARIA", "NVDA", "GraphQL" are names; a capital that only starts a phrase ("Design tokens")
  // is not.
  const lead = words.slice(0, proper);
  // "API penetration testing", "UI testing": a generic word in capitals names no tool.
  if (lead.length === 1 && GENERIC_CAPITALS.test(lead[0] ?? '')) return undefined;
  return lead.some((word) => /\p{Lu}.*\p{Lu}/u.test(word)) ? lead.join(' ') : undefined;
}

const GENERIC_CAPITALS = /^(?:APIs?|UI|UX|SDKs?|CLI|DB|OS|IT|QA|IoT|SaaS|B2B|B2C)$/;

/** "CSS/Sass", "VoiceOver / NVDA", "Coroutines & Flow": two tools written as one item. */
function splitPair(name: string): string[] {
  // "Weights & Biases" is one known tool, not two.
  if (technologiesInProse(name, true).some((m) => m.name.toLowerCase() === name.toLowerCase()))
    return [name];
  const spaced = name.split(/\s+(?:\/|&|\+)\s+/);
  // "DB2 for z/OS", "PL/I": a slash beside a one-letter word is part of a name.
  // "EtherNet/IP", "Modbus/TCP": a protocol's family after the slash keeps the name whole.
  const oneLetterSide =
    /(?<![\p{L}\d])[\p{L}\d]\/|\/[\p{L}\d](?![\p{L}\d])/u.test(name) ||
    /\/(?:IP|TCP|UDP|RT)$/.test(name);
  const parts = spaced.length > 1 ? spaced : oneLetterSide ? [name] : name.split('/');
  // "CI/CD", "UI/UX", "TCP/IP" are one thing: only words with lower-case letters are split.
  const words =
    parts.every((part) => part.trim().length >= 2 && part.split(' ').length <= 3) &&
    (spaced.length > 1 || parts.some((part) => /\p{Ll}/u.test(part)));
  return parts.length > 1 && words ? parts.map((part) => part.trim()) : [name];
}
