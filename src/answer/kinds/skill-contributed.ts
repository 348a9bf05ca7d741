/**
 * "ever contributed to kubernetes?": a contribution to the project, not the use of it. Listing
 * Kubernetes as a skill is no evidence of commits to Kubernetes.
 */
import { escapeRegExp } from '../../knowledge/escape-regexp.ts';
import type { Tech } from '../knowledge-index.ts';
import { bullets, evidenceLines } from '../pipeline/reply.ts';
import type { Knowledge, Question } from '../pipeline/types.ts';

const ASKS_CONTRIBUTION =
  /\b(?:contribut\w*|commit(?:s|ted)?|patch(?:es)?|pull requests?|prs?)\s+(?:to|into|on|for)\b|\bmaintain(?:s|ed|er of|ing)\b/i;
const CONTRIBUTION_SAID =
  /\b(?:contribut\w*|commits?|committed|maintainer|maintains|maintained|patch(?:es)?|pull requests?|upstream(?:ed)?)\b/i;

/** The lead for a contribution to a technology asked: the lines that say so, or that none does. */
export function contributionLead(k: Knowledge, q: Question, tech: Tech): string | undefined {
  if (!ASKS_CONTRIBUTION.test(q.text)) return undefined;
  const names = [tech.name, ...tech.aliases].filter((n) => n.length >= 2).map(escapeRegExp);
  const named = new RegExp(`(?<![\\p{L}\\d])(?:${names.join('|')})(?![\\p{L}\\d])`, 'iu');
  const said = k.index.snippets.filter((s) => {
    const text = `${s.source} ${s.text}`;
    return CONTRIBUTION_SAID.test(text) && named.test(text);
  });
  if (said.length > 0)
    return `**Yes** — ${k.firstName}'s profile tells of contributions to **${tech.name}**:\n${bullets(evidenceLines(said.slice(0, 3), 3))}`;
  const held = tech.listed ? `${k.firstName} lists **${tech.name}** as a skill, but ` : '';
  return `**Not that the profile says** — ${held}no contribution to **${tech.name}** is mentioned in ${k.possessive} profile.`;
}
