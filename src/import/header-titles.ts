import { looksLikeJobNoun, looksLikeJobTitle } from './entry-text.ts';

const STATED_TITLE =
  /\bmy (?:current |official )?(?:job |role )?title is\s+(?:an?\s+)?\**([^*,.;]+?)\**(?=[,.;]|\s+(?:which|and|but|at)\b|$)/i;

export function titleFromSummary(text: string): string | undefined {
  // "These days my job title is Staff Platform Engineer, which mostly means …": said outright.
  const stated = STATED_TITLE.exec(text)?.[1]?.trim();
  if (stated && looksLikeJobTitle(stated) && stated.split(/\s+/).length <= 6) return stated;
  // "I'm a backend engineer …", "Hi, I'm Nadia Haddad, a Staff Engineering Manager based in …",
  // "Hi, I'm Rin Takahashi (they/them) — a Senior SRE based in …".
  const match =
    /\b[Ii](?:['’]m| am)\s+(?:\**\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\**(?:\s*\([^()]*\))?(?:,|\s+[—–-])\s+)?[Aa]n?\s+([^,.;]+?)(?=\s+(?:with|at|on|for|based|living|located|who|from|in|and|specia\p{L}+|focused|building|working)\b|[,.;]|$)/u.exec(
      text,
    );
  // "an engineering manager (and a recovering staff engineer)": the aside is no part of it.
  const title = match?.[1]?.replace(/\s*\([^()]*\)\s*$/, '').trim();
  if (!title || title.split(' ').length > 6) return undefined;
  // "I'm Oskari, a cartographer on …": after a name, a short agent noun names the job too.
  const named = match?.[0] && /(?:,|\s[—–-])\s+an?\s/i.test(match[0]);
  const capitalised = title.charAt(0).toUpperCase() + title.slice(1);
  if (!looksLikeJobTitle(title) && !(named && looksLikeJobNoun(capitalised))) return undefined;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** "Android & iOS engineer building offline-first apps" → "Android & iOS engineer". */
export function titleFromHeadline(text: string | undefined): string | undefined {
  // "后端 / 分布式系统工程师 · Backend & Distributed Systems Engineer": a headline in two scripts
  // says the title in each; the part in Latin letters is read.
  const parts = text?.split(/\s+[·|•]\s+/) ?? [];
  if (parts.length > 1 && !/\p{Script=Latin}/u.test(parts[0] ?? ''))
    return parts.slice(1).map(titleFromHeadline).find(Boolean);
  const lead = text
    ?.split(
      /\s+(?:from|based|at|in|with|who|building|working|focused|specia\w+|and|\||@)\s+|[,.;:!|·•—–]/i,
    )[0]
    ?.replace(/^(?:an?|the)\s+/i, '')
    // "A passionate backend developer": the enthusiasm is no part of the title.
    .replace(
      /^(?:(?:very|highly|truly)\s+)?(?:passionate|enthusiastic|dedicated|motivated|driven)\s+/i,
      '',
    )
    .trim();
  // "Mobile engineer (Android + iOS + Flutter)": the bracket qualifies, it adds no length.
  const length =
    lead
      ?.replace(/\([^()]*\)/g, '')
      .trim()
      .split(/\s+/).length ?? 0;
  if (!lead || !looksLikeJobTitle(lead) || length > 5) return undefined;
  return lead.charAt(0).toUpperCase() + lead.slice(1);
}
