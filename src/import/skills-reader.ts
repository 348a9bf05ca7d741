import type { Skill, SkillCategory } from '../knowledge/schema.ts';
import { isSpokenLanguage } from '../knowledge/spoken-languages.ts';
import { splitList, splitQualifier } from './entry-text.ts';
import { iconIdsOf } from './html-blocks.ts';
import { plural } from './import-result.ts';
import { slug, tidyName } from './line-text.ts';
import { flatten, type Line, linesOf } from './markdown-lines.ts';
import { type Draft, entriesOf, type RawSection } from './markdown-sections.ts';
import { labelledCertificates } from './prose-records.ts';
import { sectionKind } from './section-kinds.ts';
import {
  bracketAside,
  LEADING_QUALIFIER,
  readSkillItem,
  TRAILING_QUALIFIER,
} from './skill-item.ts';
import { levelled } from './skill-levels.ts';
import {
  listedToolNames,
  type TechnologyMention,
  technologiesInProse,
} from './technology-mentions.ts';
import { toolWithNote } from './tool-notes.ts';

/** What a skills section gathers while its lines are read. */
interface SkillsState {
  draft: Draft;
  defaultName: string;
  phrasesAreExpertise: boolean;
  categories: SkillCategory[];
  phrases: string[];
  /** Lines that are sentences, not lists: what they name is read once the lists are known. */
  prose: string[];
  listed: boolean;
  /** Lines that name no skill, kept as text: "Driving licence: B". */
  kept: string[];
}

const CERTIFICATES_LABEL = /^(?:certs?|certifications?|certificates?|certified)\b/i;

// Personal details and self-assessment grids a CV sets among its skills (Europass): no skills.
const NOT_SKILLS =
  /^(?:driving licen[cs]es?|driver'?s licen[cs]es?|nationality|date of birth|self-assessment|information processing)$|\b(?:proficient|independent|basic) user\b/i;

export function readSkills(
  section: RawSection,
  draft: Draft,
  phrasesAreExpertise: boolean,
): { note: string; leftover: string[] } {
  const state: SkillsState = {
    draft,
    defaultName: section.title || 'Skills',
    phrasesAreExpertise,
    categories: [],
    phrases: [],
    prose: [],
    listed: false,
    kept: [],
  };
  const learning = draft.exploring.length;
  for (const entry of entriesOf(section.body)) {
    readSkillLines(state, linesOf(entry.body), entry.heading?.text ?? state.defaultName);
  }
  const fromProse = readSkillProse(state);
  const { categories, phrases } = state;
  // "GitHub Actions" read from the icon "githubactions": the id is how the page wrote it.
  const iconIds = iconIdsOf(section.body);
  for (const skill of categories.flatMap((c) => c.skills)) {
    const id = iconIds.get(skill.name.toLowerCase());
    if (id && !skill.aliases.includes(id)) skill.aliases.push(id);
  }
  draft.skills.push(...categories.filter((c) => !draft.skills.includes(c)));
  // "Contact-rich manipulation · sim-to-real transfer · tactile sensing": one topic each.
  const topics = phrases.flatMap((phrase) =>
    phrase.split(/\s+[·•|]\s+/).length >= 3 ? phrase.split(/\s+[·•|]\s+/) : [phrase],
  );
  draft.expertise.push(...topics);
  const skills = categories.reduce((n, c) => n + c.skills.length, 0);
  const parts: string[] = [];
  if (categories.length > 0 && state.listed) {
    parts.push(
      `${categories.length} categor${categories.length === 1 ? 'y' : 'ies'}, ${skills} skill${plural(skills)}`,
    );
  }
  if (fromProse.categories.size > 0) {
    parts.push(
      `${fromProse.count} skill${plural(fromProse.count)} named in prose, in ${fromProse.categories.size} categor${fromProse.categories.size === 1 ? 'y' : 'ies'}: ${[...fromProse.categories].map((c) => c.name).join(', ')}`,
    );
  }
  if (topics.length > 0) parts.push(`expertise (${topics.length} item${plural(topics.length)})`);
  const learnt = draft.exploring.length - learning;
  if (learnt > 0) parts.push(`learning now (${learnt}), not skills`);
  return { note: parts.join('; ') || 'nothing', leftover: state.kept };
}

function addItems(state: SkillsState, label: string, items: string[]) {
  const skills = items.flatMap(readSkillItem);
  if (skills.length > 0) state.listed = true;
  return addSkills(state, label, skills);
}

const LEARNING_LABEL =
  /^(?:currently\s+|now\s+)?(?:learning|exploring|studying)\b|^(?:next up|up next|to learn|want to learn|on my radar|learning next)$/i;

/** Adds the skills to the group the label names; returns the group. */
function addSkills(state: SkillsState, label: string, skills: Skill[]): SkillCategory | undefined {
  const { categories, draft } = state;
  const qualified = splitQualifier(tidyName(label));
  // A label made only of emoji names nothing: the items join the section's own group.
  const { name, note } = qualified.name ? qualified : splitQualifier(state.defaultName);
  if (skills.length === 0) return undefined;
  // "Currently learning: Rust": what the owner is learning is not a skill held.
  if (LEARNING_LABEL.test(name)) {
    for (const skill of skills) {
      const text = skill.note ? `${skill.name} (${skill.note})` : skill.name;
      if (!draft.exploring.includes(text)) draft.exploring.push(text);
    }
    return undefined;
  }
  const id = slug(name) || `skills-${categories.length + 1}`;
  let category = categories.find((c) => c.id === id) ?? draft.skills.find((c) => c.id === id);
  if (!category) {
    category = { id, name, aliases: [], skills: [] };
    if (note) category.note = note;
    categories.push(category);
  }
  for (const skill of skills) {
    if (!category.skills.some((s) => s.name.toLowerCase() === skill.name.toLowerCase())) {
      category.skills.push(skill);
    }
  }
  return category;
}

/** A short bold lead without a colon before a list of two or more: the list's group name. */
function boldGroupLead(line: Line): boolean {
  const lead = line.lead ?? '';
  return (
    !line.label &&
    lead !== '' &&
    lead.split(/\s+/).length <= 4 &&
    !/[\d.:;!?]$/.test(lead) &&
    splitList(line.rest ?? '').length >= 2
  );
}

function readSkillLines(state: SkillsState, lines: Line[], entryName: string): void {
  let groupName = entryName;
  for (const line of lines) {
    if (NOT_SKILLS.test(line.label?.trim() ?? '') || NOT_SKILLS.test(line.text)) {
      state.kept.push(line.text);
    } else if (CERTIFICATES_LABEL.test(line.label ?? '')) {
      // "Certs, since people ask: Unity Certified Professional (2019).": certificates, not skills.
      const certificates = labelledCertificates(line.text);
      if (certificates.length > 0) state.draft.certifications.push(...certificates);
      else state.kept.push(line.text);
    } else if (isGroupLabel(line)) {
      // "**Languages**" alone on its line names the badges or list under it.
      groupName = line.text;
    } else if (line.label && line.rest && isToolAside(line.label, line.rest)) {
      // "AWS (ECS, SQS, S3): working knowledge from test environments": the label is the skill.
      const [skill, ...inner] = readSkillItem(line.label);
      if (skill) addSkills(state, groupName, [{ ...skill, note: line.rest }, ...inner]);
    } else if (line.label && line.rest && toldInFirstPerson(line.rest)) {
      // "Outside the list: I run everything through Nix, I test with proptest …": sentences.
      state.prose.push(line.rest);
    } else if (line.label && line.rest) {
      for (const [label, rest] of labelledGroups(line.label, line.rest)) {
        if (!addSpokenLanguages(state, label, rest)) addItems(state, label, splitList(rest));
      }
      if (line.children.length > 0)
        addItems(
          state,
          line.label,
          line.children.map((c) => c.text),
        );
    } else if (toolWithNote(line)) {
      // "**GCP** — at Corvane, plus some side projects": a tool and how it is used.
      addSkills(state, groupName, toolWithNote(line) ?? []);
    } else if (boldGroupLead(line)) {
      // "**Languages** Swift, Kotlin, Objective-C": a bold group name, then its list.
      addItems(state, line.lead ?? groupName, splitList(line.rest ?? ''));
    } else if (line.from === 'item' && line.children.length > 0) {
      addItems(
        state,
        line.text,
        flatten(line.children).flatMap((c) => splitList(c.text)),
      );
    } else if (line.images.length > 0 && line.linkOnly) {
      addItems(state, groupName, line.images);
    } else if (line.text) {
      // "Orekit · ■■■■■ Expert": the bar out, the word the skill's level; a line of only a
      // bar or a level is the level of the skill before it.
      const read = levelled(line.text);
      if (read.levelOnly !== undefined) {
        noteLastSkill(state, groupName, read.levelOnly);
        continue;
      }
      const items = splitList(read.text.replace(/\s*\/\s*$/, ''));
      // "Jetpack Compose (advanced, 3 years)": the bracket is a note, the name is short.
      // "Jetpack Compose (advanced, 3 years)", "Unreal Engine 4/5 (C++, Blueprints)": the
      // bracket is a note or the names inside it; the name is short.
      const isShort = (item: string) =>
        item
          .replace(/\s*\(([^()]*)\)/g, (all, inner: string) => (bracketAside(inner) ? '' : all))
          .split(' ')
          .filter((word) => !/^[/&|+]$/.test(word)).length <= 4 && !/[.!?]$/.test(item);
      // "Unity (C#), Unreal Engine, Godot, a bit of GameMaker back in the day": a list whose
      // last item the owner qualifies is still a list.
      const last = items[items.length - 1] ?? '';
      const short =
        items.every(isShort) ||
        (items.length >= 3 &&
          items.slice(0, -1).every(isShort) &&
          LEADING_QUALIFIER.test(last) &&
          isShort(last.replace(LEADING_QUALIFIER, '').replace(TRAILING_QUALIFIER, '')));
      if (listSentences(state, groupName, read.text)) continue;
      if (short && !(state.phrasesAreExpertise && items.length === 1))
        addItems(state, groupName, items);
      else if (state.phrasesAreExpertise) state.phrases.push(line.text);
      else state.prose.push(line.text);
    }
  }
}

/**
 * "Python (NumPy, SciPy), Julia, Fortran 90, C, MPI. Languages: English (native), German
 * (professional working proficiency).": a paragraph whose every sentence is a list, one of them
 * labelled. Each list is read as one; spoken languages go where they belong.
 */
function listSentences(state: SkillsState, group: string, text: string): boolean {
  const sentences = text
    .split(/(?<=\.)\s+(?=\p{Lu}[\p{L} ]{1,30}:\s)|(?<=[a-z0-9)])\.\s+(?=\p{Lu})/u)
    .map((sentence) => sentence.trim().replace(/\.$/, ''))
    .filter(Boolean);
  if (sentences.length < 2) return false;
  const read = sentences.map((sentence) => {
    const labelled = /^(\p{Lu}[\p{L} ]{1,30}):\s+(.+)$/u.exec(sentence);
    const items = splitList(labelled?.[2] ?? sentence);
    const names = items.map((item) => item.replace(/\s*\([^()]*\)/g, ''));
    const list = items.length >= 2 && names.every((n) => n.split(/\s+/).length <= 4);
    return { label: labelled?.[1], rest: labelled?.[2], items, list };
  });
  if (!read.every((r) => r.list)) return false;
  for (const { label, rest, items } of read) {
    if (label && rest && addSpokenLanguages(state, label, rest)) continue;
    addItems(state, label ?? group, items);
  }
  return true;
}

/** The level a line of its own gives the skill read just before it, in the current group. */
function noteLastSkill(state: SkillsState, group: string, level: string): void {
  const id = slug(splitQualifier(tidyName(group)).name);
  const last = state.categories.find((c) => c.id === id)?.skills.at(-1);
  if (last && level && !last.note) last.note = level.toLowerCase();
}

/** A known tool as the label, then a plain-word phrase about it rather than a list of names. */
function isToolAside(label: string, rest: string): boolean {
  const name = label.replace(/\s*\([^()]*\)\s*$/, '');
  return (
    /^\p{Ll}/u.test(rest) &&
    rest.split(/\s+/).length >= 3 &&
    !/\p{Lu}/u.test(rest) &&
    technologiesInProse(name, true).some(
      (m) => m.tool && m.name.toLowerCase() === name.toLowerCase(),
    )
  );
}

/**
 * "Languages: Python, CUDA; Frameworks: PyTorch, JAX; Tools: Docker": one line, several
 * labelled groups, each a category of its own.
 */
function labelledGroups(label: string, rest: string): [string, string][] {
  const parts = rest.split(/;\s*(?=\p{Lu}[\p{L} /&-]{1,30}:\s)/u);
  return parts.map((part, index) => {
    if (index === 0) return [label, part];
    const colon = part.indexOf(':');
    return [part.slice(0, colon).trim(), part.slice(colon + 1).trim()];
  });
}

/** "Spoken languages: Dutch (native), English (fluent)" under Skills names spoken languages. */
function addSpokenLanguages(state: SkillsState, label: string, rest: string): boolean {
  if (sectionKind(label) !== 'languages' || /\bprogramming\b/i.test(label)) return false;
  const items = splitList(rest).map((item) => splitQualifier(item));
  if (items.length === 0 || !items.every((item) => isSpokenLanguage(item.name))) return false;
  for (const { name, note } of items) {
    state.draft.languages.push(note ? { name, proficiency: note } : { name });
  }
  return true;
}

/**
 * A skills section written as sentences ("Day to day I write TypeScript and Python, …") names
 * its skills in them; beside lists, a sentence is an aside and stays expertise.
 */
function readSkillProse(state: SkillsState): { categories: Set<SkillCategory>; count: number } {
  const categories = new Set<SkillCategory>();
  let count = 0;
  for (const text of state.prose) {
    // Beside lists, a sentence stays an aside as written; the tools it says the owner uses
    // ("Day to day it's Swift with SwiftUI and Combine …") are skills too, the ones to learn not.
    const aside = state.listed;
    const used = aside
      ? text
          // "…, and I'm slowly learning Zig": a clause of its own, left out alone.
          .split(/(?<=[.!?])\s+(?=\p{Lu})|,\s+(?=(?:and\s+)?I(?:['’](?:m|ve|d))?\s)/u)
          .filter((sentence) => !NOT_USED.test(sentence))
          .join(' ')
      : text;
    const mentions = used ? technologiesInProse(used) : [];
    if (aside || mentions.length === 0) state.phrases.push(text);
    if (mentions.length === 0) continue;
    const named: TechnologyMention[] = [
      ...mentions,
      ...listedToolNames(used, mentions).map((name) => ({ name, tool: true })),
    ];
    for (const mention of named) {
      const skill: Skill = { name: mention.name, aliases: [] };
      if (mention.canonical) skill.aliases.push(mention.canonical);
      const category = addSkills(state, mention.category ?? state.defaultName, [skill]);
      if (!category) continue;
      categories.add(category);
      // The same skill already listed by another section is not added twice.
      if (category.skills.includes(skill)) count++;
    }
  }
  return { categories, count };
}

/** "I run everything through Nix, I test with proptest": the owner telling, not a list. */
function toldInFirstPerson(rest: string): boolean {
  return splitList(rest).some((item) => /^(?:and\s+)?(?:I|I['’](?:m|ve|d))\s/.test(item));
}

/** A sentence about tools the owner wants, plans, is learning or only dabbles in. */
// "not on the list on purpose: Java. … please don't make me write it": a tool left out on
// purpose is no skill.
const NOT_USED =
  /\b(?:learn\w*|dabbl\w*|tinker\w*|toy(?:ing)? with|play(?:ing|ed)? (?:with|around)|want(?:s|ed)? to|would like|wish|curious|explor\w*|plan(?:s|ning)? to|next up|someday|hope to|not yet|never used|avoid\w*|not on (?:the|this|my) list|on purpose|deliberately|left (?:it )?off|don['’]t make me|can['’]t stand|no longer|won['’]t touch)\b/i;

function isGroupLabel(line: Line): boolean {
  return (
    line.from === 'paragraph' &&
    line.emphasised &&
    line.children.length === 0 &&
    // "**框架 & 中间件 Frameworks / Middleware**": the joining signs are no words.
    line.text.split(' ').filter((word) => !/^[&/|+·-]$/.test(word)).length <= 5 &&
    !/[.!?]$/.test(line.text)
  );
}
