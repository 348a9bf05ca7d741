import type { Pronouns } from '../knowledge/schema.ts';

const KNOWN: Record<string, { pronouns: Pronouns; forms: readonly string[] }> = {
  he: { pronouns: { subject: 'he', object: 'him', possessive: 'his' }, forms: ['him', 'his'] },
  she: { pronouns: { subject: 'she', object: 'her', possessive: 'her' }, forms: ['her', 'hers'] },
  they: {
    pronouns: { subject: 'they', object: 'them', possessive: 'their' },
    forms: ['them', 'their', 'theirs'],
  },
};

/**
 * Reads `he/him`, `She/Her/Hers`, `they/them` or any three forms such as `xe/xem/xyr`.
 * A mix such as `she/they` names no single set and gives `undefined`.
 */
export function readPronouns(text: string): Pronouns | undefined {
  const forms = text
    .toLowerCase()
    .split('/')
    .map((form) => form.trim())
    .filter(Boolean);
  const [subject, object, possessive] = forms;
  if (!subject || forms.length > 3) return undefined;
  const known = KNOWN[subject];
  if (known) {
    // "hers" and "theirs" stand alone; answers need "her" and "their" before a noun.
    return forms.slice(1).every((form) => known.forms.includes(form))
      ? { ...known.pronouns }
      : undefined;
  }
  if (object && possessive && forms.every((form) => /^[\p{L}'-]+$/u.test(form)))
    return { subject, object, possessive };
  return undefined;
}

/**
 * "9 years of backend work, she/her": a set of pronouns written as a list item of its own in
 * the owner's lines. Only the common sets count; a bracket mid-sentence may be someone else's.
 */
/** "ella / she / her": the English set among the owner's own language's words. */
function englishSet(text: string): string {
  const words = text.split(/\s*\/\s*/);
  const at = words.findIndex((w, i) => KNOWN[w.toLowerCase()] && i + 1 < words.length);
  return words.length > 2 && at >= 0 ? `${words[at]}/${words[at + 1]}` : text;
}

const LABELLED = /\bpronouns?\s*[:：]\s*(\p{L}+\s*\/\s*\p{L}+(?:\s*\/\s*\p{L}+)?)/iu;

export function standalonePronouns(lines: readonly string[]): Pronouns | undefined {
  for (const line of lines) {
    // "Staff Data Engineer in Rotterdam. Pronouns: she/her": a label inside a line.
    const labelled = LABELLED.exec(line)?.[1];
    const read = labelled ? readPronouns(labelled) : undefined;
    if (read && KNOWN[read.subject]) return read;
    // "Based in Maribor (CET). He/him. ~7 years …": a sentence of its own says them too.
    for (const item of line.split(/[,;·|•]|(?<=[.!])\s+/)) {
      const text = englishSet(
        item
          .trim()
          .replace(/[.!]$/, '')
          .replace(/^\((.*)\)$/, '$1'),
      );
      if (!/^\p{L}+\s*\/\s*\p{L}+(?:\s*\/\s*\p{L}+)?$/u.test(text)) continue;
      const pronouns = readPronouns(text);
      if (pronouns && KNOWN[pronouns.subject]) return pronouns;
    }
  }
  return undefined;
}
