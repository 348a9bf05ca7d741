import type { Profile, Role } from '../../knowledge/schema.ts';
import type { Topic } from '../answer.ts';
import { contentStems } from '../text.ts';
import type { Snippet } from './model.ts';
import { sentences } from './sentences.ts';

/** Every line of the knowledge, with where it sits and what search compares. */
export function collectSnippets(profile: Profile): Snippet[] {
  const out: Snippet[] = [];
  const add = (
    line: { source: string; where: string; topic: Topic; text: string },
    extra: { projectId?: string; searchable?: string; role?: Role; list?: true } = {},
  ) => {
    out.push({
      id: out.length,
      ...line,
      stems: stemsOf(extra.searchable ?? line.text),
      ...(extra.projectId ? { projectId: extra.projectId } : {}),
      ...(extra.role ? { role: extra.role } : {}),
      ...(extra.list ? { list: true as const } : {}),
    });
  };
  const each = (source: string, where: string, topic: Topic, items: readonly string[]) =>
    items.forEach((text, i) => {
      addSentences(add, { source, where: `${where}[${i}]`, topic, text });
    });
  addIdentity(profile, add);
  each('About', 'summary', 'identity', profile.summary);
  each('Expertise', 'expertise', 'expertise', profile.expertise);
  each('Impact', 'impact', 'impact', profile.impact);
  each('Industries', 'industries', 'industries', profile.industries);
  addProjects(profile, add);
  addRoles(profile, add);
  // Skill groups as lines too, so a technology named only in a group's name ("NLP & LLMs") or a
  // group word ("MLOps") is found.
  for (const c of profile.skills) {
    const text = `${c.name}: ${c.skills.map((k) => k.name).join(', ')}`;
    add({ source: 'Skills', where: `skills.${c.name}`, topic: 'skills', text }, { list: true });
    // A skill's note is the owner's words too: "eBPF tooling (bcc/bpftrace)" names bpftrace. It
    // is a line of its own, so one skill's "(5 years)" never reads as its neighbour's.
    for (const k of c.skills.filter((skill) => skill.note)) {
      const noted = `${k.name} (${k.note})`;
      add({ source: 'Skills', where: `skills.${c.name}`, topic: 'skills', text: noted });
    }
  }
  addEducation(profile, add);
  addLater(profile, add);
  return out;
}

/**
 * A change stated in numbers ("went from 22 ms to 11 ms", "down 38%", "11x") is an outcome:
 * such a line also answers "what improvements…?" and "what results…?" in other words.
 */
const QUANTIFIED =
  /\bfrom\s+[~$€£]?\d[\d.,]*\s*\S{0,6}\s+to\s+[~$€£]?\d|\d(?:[\d.,]*\d)?\s?%|\b\d+(?:\.\d+)?x\b|\bby (?:a |one )?(?:half|third|quarter)\b/i;
const OUTCOME_STEMS = contentStems('improvement result');

function stemsOf(text: string): string[] {
  const stems = contentStems(text);
  return QUANTIFIED.test(text) ? [...stems, ...OUTCOME_STEMS] : stems;
}

type Line = { source: string; where: string; topic: Topic; text: string };
type AddLine = (
  line: Line,
  extra?: { projectId?: string; searchable?: string; role?: Role; list?: true },
) => void;

/**
 * A paragraph as one line per sentence, all at the same place, so evidence quotes the sentence
 * that matched rather than the whole paragraph.
 */
function addSentences(add: AddLine, line: Line, extra?: { projectId?: string; role?: Role }) {
  for (const text of sentences(line.text)) add({ ...line, text }, extra);
}

function addIdentity(profile: Profile, add: AddLine) {
  const { identity } = profile;
  add({ source: 'Title', where: 'identity.title', topic: 'title', text: identity.title });
  if (identity.headline)
    add({
      source: 'Headline',
      where: 'identity.headline',
      topic: 'identity',
      text: identity.headline,
    });
  if (identity.location)
    add(
      {
        source: 'Location',
        where: 'identity.location',
        topic: 'location',
        text: identity.location,
      },
      { searchable: `based located in ${identity.location}` },
    );
  if (identity.availability)
    add(
      {
        source: 'Availability',
        where: 'identity.availability',
        topic: 'contact',
        text: identity.availability,
      },
      { searchable: `availability available ${identity.availability}` },
    );
}

function addProjects(profile: Profile, add: AddLine) {
  profile.projects.forEach((p, i) => {
    const source = `Project: ${p.name}`;
    add(
      { source, where: `projects[${i}].summary`, topic: 'project', text: p.summary },
      { projectId: p.id, searchable: `${p.name}: ${p.summary}` },
    );
    p.details.forEach((d, k) => {
      addSentences(
        add,
        { source, where: `projects[${i}].details[${k}]`, topic: 'project', text: d },
        { projectId: p.id },
      );
    });
    // "Stack: Flutter, Riverpod, Supabase": a tool no vocabulary knows is still said here.
    if (p.technologies.length > 0) {
      const text = `Technologies: ${p.technologies.join(', ')}`;
      add(
        { source, where: `projects[${i}].technologies`, topic: 'project', text },
        { projectId: p.id, list: true },
      );
    }
  });
}

function addRoles(profile: Profile, add: AddLine) {
  profile.roles.forEach((r, i) => {
    const where = `${r.title} at ${r.company}`;
    const source = `Role: ${where}`;
    const text = [where, r.summary].filter(Boolean).join(': ');
    const place = r.location ? ` located in ${r.location}` : '';
    add(
      { source, where: `roles[${i}]`, topic: 'roles', text },
      { role: r, searchable: text + place },
    );
    r.highlights.forEach((h, k) => {
      addSentences(
        add,
        { source, where: `roles[${i}].highlights[${k}]`, topic: 'roles', text: h },
        { role: r },
      );
    });
    if (r.technologies.length > 0) {
      const tech = `Technologies: ${r.technologies.join(', ')}`;
      add(
        { source, where: `roles[${i}].technologies`, topic: 'roles', text: tech },
        { role: r, list: true },
      );
    }
  });
}

function addEducation(profile: Profile, add: AddLine) {
  profile.education.forEach((e, i) => {
    const text = [e.degree, e.field, e.institution].filter(Boolean).join(', ');
    add({ source: 'Education', where: `education[${i}]`, topic: 'education', text });
    e.details.forEach((d, k) => {
      add({
        source: 'Education',
        where: `education[${i}].details[${k}]`,
        topic: 'education',
        text: d,
      });
    });
  });
  profile.certifications.forEach((c, i) => {
    const text = [c.name, c.issuer].filter(Boolean).join(', ');
    add(
      { source: 'Certification', where: `certifications[${i}]`, topic: 'certifications', text },
      { searchable: `certification certified ${text}` },
    );
  });
  profile.languages.forEach((l, i) => {
    const text = l.proficiency ? `${l.name} (${l.proficiency})` : l.name;
    add(
      { source: 'Languages', where: `languages[${i}]`, topic: 'languages', text },
      { searchable: `language ${text}` },
    );
  });
}

/** Publications, awards, volunteering and interests. */
function addLater(profile: Profile, add: AddLine) {
  profile.publications.forEach((p, i) => {
    const text = [p.title, p.venue, p.date, p.summary].filter(Boolean).join(' — ');
    const kind = p.kind === 'talk' ? 'talk speaking' : `${p.kind} writing`;
    add(
      { source: 'Talks & writing', where: `publications[${i}]`, topic: 'section', text },
      { searchable: `${kind} ${text}` },
    );
  });
  profile.awards.forEach((a, i) => {
    const text = [a.title, a.awarder, a.date, a.summary].filter(Boolean).join(' — ');
    add(
      { source: 'Awards', where: `awards[${i}]`, topic: 'impact', text },
      { searchable: `award ${text}` },
    );
  });
  profile.volunteer.forEach((v, i) => {
    const head = [v.position, v.organization].filter(Boolean).join(', ');
    const text = [head, v.summary].filter(Boolean).join(': ');
    add(
      { source: 'Volunteering', where: `volunteer[${i}]`, topic: 'section', text },
      { searchable: `volunteer ${text}` },
    );
    v.highlights.forEach((h, k) => {
      addSentences(add, {
        source: 'Volunteering',
        where: `volunteer[${i}].highlights[${k}]`,
        topic: 'section',
        text: h,
      });
    });
  });
  profile.interests.forEach((t, i) => {
    const text = [t.name, ...t.keywords].join(', ');
    add(
      { source: 'Interests', where: `interests[${i}]`, topic: 'section', text },
      { searchable: `interest hobby ${text}` },
    );
  });
  addOwnWords(profile, add);
}

/** A "now" section (what the owner is doing these days) answers "what is she up to?". */
export const NOW_PAGE =
  /^\W*(?:now|right now|currently|these days|what i['’]?m (?:doing|up to|working on))\b/i;

/** Principles, exploring, FAQ and the sections the importer did not place. */
function addOwnWords(profile: Profile, add: AddLine) {
  const each = (source: string, where: string, topic: Topic, items: readonly string[]) =>
    items.forEach((text, i) => {
      addSentences(add, { source, where: `${where}[${i}]`, topic, text });
    });
  each('Principle', 'principles', 'principles', profile.principles);
  each('Exploring', 'exploring', 'exploring', profile.exploring);
  profile.faq.forEach((f, i) => {
    add({
      source: 'FAQ',
      where: `faq[${i}]`,
      topic: 'faq',
      text: `${f.questions.join(' ')} ${f.answer}`,
    });
  });
  profile.sections.forEach((section, i) => {
    // The title counts for search: "talks?" finds the items of "Talks & Writing".
    section.items.forEach((item, k) => {
      add(
        {
          source: section.title,
          where: `sections[${i}].items[${k}]`,
          topic: 'section',
          text: item,
        },
        {
          searchable: `${section.title}${NOW_PAGE.test(section.title) ? ' nowadays' : ''}: ${item}`,
        },
      );
    });
  });
}
