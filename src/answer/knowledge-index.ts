import type { Profile, Project, Role, Skill, SkillCategory } from '../knowledge/schema.ts';
import type { Topic } from './answer.ts';
import { IMPLICATIONS } from './meaning/implications.ts';
import { alternativesOf } from './meaning/related.ts';
import { contentStems, normalize, STOPWORDS, tokenize } from './text.ts';
import {
  allTechnologies,
  CATEGORY_WORDS,
  TAG_LABELS,
  type Technology,
} from './vocabulary/index.ts';

/** One line of knowledge that can be quoted as evidence or found by full-text search. */
export interface Snippet {
  id: number;
  /** Where it comes from, as a reader would say it: "Expertise", "Project: Electric Avenue Portal". */
  source: string;
  /** Where in the knowledge it sits: "skills.Backend", "roles[0].highlights". */
  where: string;
  topic: Topic;
  text: string;
  stems: string[];
  projectId?: string;
  /** Set on lines about a role: the role they belong to. */
  role?: Role;
}

/** A technology the engine can recognise, listed in the profile or not. */
export interface Tech {
  key: string;
  /** As the profile spells it when listed, else the vocabulary's name. */
  name: string;
  /** The vocabulary's own name ("PostgreSQL" for a profile's "Postgres"), when it has one. */
  vocabularyName?: string;
  /** Every name the engine knows it by. */
  aliases: string[];
  tags: ReadonlySet<string>;
  everydayWord: boolean;
  /** From linguist's long tail ("Move", "Clean"): typos are never corrected towards it. */
  obscure: boolean;
  /** Set when the profile lists it as a skill. */
  listed?: { skill: Skill; category: SkillCategory };
  /** Knowledge lines that mention it (by name or alias). */
  evidence: Snippet[];
  /** Projects that name it among their technologies or text. */
  projects: Project[];
}

/** Skill groups a question can name: a profile category, or a tag of the vocabulary. */
export interface CategoryRef {
  key: string;
  /** A profile category id, when the words name one. */
  categoryId?: string;
  /** Vocabulary tags the words stand for ("nosql", "orm"). */
  tag?: string;
  label: string;
}

type Target =
  | { kind: 'tech'; tech: Tech }
  | { kind: 'category'; category: CategoryRef }
  | { kind: 'project'; project: Project }
  | { kind: 'role'; role: Role };

interface Phrase {
  tokens: string[];
  target: Target;
}

export interface SearchHit {
  snippet: Snippet;
  score: number;
  /** 0..1: the share of the question's weighted words the line holds (or means). */
  coverage: number;
}

export interface PhraseMatch {
  start: number;
  end: number;
  target: Target;
}

/** Everything about a profile that answering needs, computed once per knowledge load. */
export interface KnowledgeIndex {
  profile: Profile;
  firstName: string;
  techs: Tech[];
  snippets: Snippet[];
  /** Greedy longest-phrase matching of technologies, categories and project names. */
  matchPhrases(tokens: readonly string[]): PhraseMatch[];
  /** Listed skills belonging to a category reference, in profile order. */
  skillsIn(ref: CategoryRef): { skill: Skill; category: SkillCategory; tech: Tech }[];
  /** Every word the index knows: typo correction leaves these alone. */
  knownWords: ReadonlySet<string>;
  /** Words typo correction may correct to (technology and project words). */
  correctionTargets: string[];
  /**
   * Full-text search over snippets (BM25 on stems). A question word also finds lines holding a
   * word of the same meaning (see `RELATED_WORDS`), for a little less.
   */
  search(stems: readonly string[], filter?: (s: Snippet) => boolean): SearchHit[];
  projectTechs(project: Project): Tech[];
}

/** Matching works on singular word forms so "databases" meets "database". */
export function singular(token: string): string {
  if (STOPWORDS.has(token)) return token;
  if (token.length > 4 && token.endsWith('ies')) return `${token.slice(0, -3)}y`;
  if (token.length > 3 && token.endsWith('s') && !token.endsWith('ss') && !/[#+.]/.test(token))
    return token.slice(0, -1);
  return token;
}

// The vocabulary's names and aliases are the same on every knowledge load: split each once.
const phraseCache = new Map<string, string[]>();

export function phraseTokens(text: string): string[] {
  let tokens = phraseCache.get(text);
  if (!tokens) {
    tokens = tokenize(normalize(text)).map(singular);
    if (phraseCache.size > 50_000) phraseCache.clear();
    phraseCache.set(text, tokens);
  }
  return tokens;
}

/** The parts of a skill written as several: "Coroutines & Flow", "Hilt/Dagger DI". */
function compoundParts(name: string): string[] {
  const parts = name.split(/\s*(?:&|\/|,|\+|\band\b)\s*/).filter((p) => p.trim().length > 1);
  return parts.length > 1 ? parts : [];
}

function list(tech: Tech, skill: Skill, category: SkillCategory) {
  tech.listed = { skill, category };
  (tech.tags as Set<string>).add(category.id);
  for (const word of phraseTokens(category.name)) (tech.tags as Set<string>).add(word);
}

export function buildKnowledgeIndex(profile: Profile): KnowledgeIndex {
  const firstName =
    profile.identity.shortName ?? profile.identity.name.split(/\s+/)[0] ?? profile.identity.name;
  const snippets = collectSnippets(profile);

  // Technologies: the vocabulary, merged with the profile's own skills by name or alias.
  const techs: Tech[] = [];
  const techByWord = new Map<string, Tech>();
  const addTech = (
    tech: Technology | { name: string; tags: string[]; aliases: string[]; everydayWord: boolean },
  ) => {
    const entry: Tech = {
      key: `tech:${techs.length}`,
      name: tech.name,
      aliases: [],
      tags: new Set(tech.tags),
      everydayWord: tech.everydayWord,
      obscure: 'source' in tech && tech.source === 'linguist',
      evidence: [],
      projects: [],
    };
    techs.push(entry);
    return entry;
  };
  const techWords = new Map<Tech, string[]>();
  const vocabulary = allTechnologies();
  for (const tech of vocabulary) {
    const entry = addTech(tech);
    entry.vocabularyName = tech.name;
    const words = [tech.name, ...tech.aliases];
    techWords.set(entry, words);
    for (const w of words) {
      const key = phraseTokens(w).join(' ');
      if (key && !techByWord.has(key)) techByWord.set(key, entry);
    }
  }
  // Skills the vocabulary lacks but a listed technology implies ("payments" through Stripe).
  for (const implied of IMPLICATIONS) {
    const known = techByWord.get(phraseTokens(implied.name).join(' '));
    const entry =
      known ?? addTech({ name: implied.name, tags: ['concept'], aliases: [], everydayWord: false });
    if (!known) {
      entry.vocabularyName = implied.name;
      techWords.set(entry, [implied.name]);
    }
    for (const w of implied.aliases) {
      const key = phraseTokens(w).join(' ');
      if (techByWord.has(key)) continue;
      techByWord.set(key, entry);
      techWords.get(entry)?.push(w);
    }
    if (!known) techByWord.set(phraseTokens(implied.name).join(' '), entry);
  }
  for (const category of profile.skills) {
    for (const skill of category.skills) {
      const words = [skill.name, ...skill.aliases];
      let entry = words
        .map((w) => techByWord.get(phraseTokens(w).join(' ')))
        .find((t) => t !== undefined);
      if (!entry || entry.listed) {
        entry = addTech({
          name: skill.name,
          tags: [],
          aliases: skill.aliases,
          everydayWord: false,
        });
        techWords.set(entry, []);
      }
      const compound = entry.vocabularyName === undefined;
      // The profile's spelling wins, and a listed skill is never an "everyday word".
      entry.name = skill.name;
      list(entry, skill, category);
      techWords.get(entry)?.push(...words);
      for (const w of words) techByWord.set(phraseTokens(w).join(' '), entry);
      // "Coroutines & Flow", "Hilt/Dagger DI": each known part is listed too, and a part of
      // two words or more names the whole skill.
      if (!compound) continue;
      for (const part of compoundParts(skill.name)) {
        const key = phraseTokens(part).join(' ');
        const known = techByWord.get(key);
        if (known && !known.listed) list(known, skill, category);
        else if (!known && key.includes(' ')) {
          techByWord.set(key, entry);
          techWords.get(entry)?.push(part);
        }
      }
    }
  }

  // Categories: generic words for vocabulary tags, then the profile's own (which win on a tie).
  const categoryPhrases: Phrase[] = [];
  for (const [tag, words] of Object.entries(CATEGORY_WORDS)) {
    const ref: CategoryRef = { key: `tag:${tag}`, tag, label: TAG_LABELS[tag] ?? words[0] ?? tag };
    for (const w of words)
      categoryPhrases.push({
        tokens: phraseTokens(w),
        target: { kind: 'category', category: ref },
      });
  }
  for (const category of profile.skills) {
    const ref: CategoryRef = {
      key: `category:${category.id}`,
      categoryId: category.id,
      label: category.name,
    };
    const words = new Set([category.name, category.id.replace(/-/g, ' '), ...category.aliases]);
    for (const w of words)
      categoryPhrases.push({
        tokens: phraseTokens(w),
        target: { kind: 'category', category: ref },
      });
  }

  const projectPhrases: Phrase[] = profile.projects.flatMap((project) =>
    [project.name, ...project.aliases].map((w) => ({
      tokens: phraseTokens(w),
      target: { kind: 'project', project } as Target,
    })),
  );

  // Employers by name: "her job at Sóng Pay".
  const rolePhrases: Phrase[] = profile.roles.map((role) => ({
    tokens: phraseTokens(role.company),
    target: { kind: 'role', role } as Target,
  }));

  const techPhrases: Phrase[] = [];
  for (const [tech, words] of techWords) {
    for (const w of new Set(words))
      techPhrases.push({ tokens: phraseTokens(w), target: { kind: 'tech', tech } });
  }

  // Later phrase lists win on equal length: a profile's category beats a generic tag, and a
  // project name beats both.
  const byFirst = new Map<string, Phrase[]>();
  for (const phrase of [...techPhrases, ...categoryPhrases, ...rolePhrases, ...projectPhrases]) {
    const first = phrase.tokens[0];
    if (!first) continue;
    const list = byFirst.get(first) ?? [];
    list.push(phrase);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values())
    list.reverse().sort((a, b) => b.tokens.length - a.tokens.length);

  for (const [tech, words] of techWords) tech.aliases = [...new Set(words)];

  const matchPhrases = (tokens: readonly string[]): PhraseMatch[] => {
    const out: PhraseMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      const candidates = byFirst.get(tokens[i] ?? '');
      const hit = candidates?.find((p) => p.tokens.every((t, k) => tokens[i + k] === t));
      if (hit) {
        out.push({ start: i, end: i + hit.tokens.length, target: hit.target });
        i += hit.tokens.length;
      } else i++;
    }
    return out;
  };

  // Evidence: which knowledge lines mention which technology.
  for (const snippet of snippets) {
    const tokens = phraseTokens(snippet.text);
    for (const match of matchPhrases(tokens)) {
      if (match.target.kind !== 'tech') continue;
      const tech = match.target.tech;
      if (!tech.evidence.includes(snippet)) tech.evidence.push(snippet);
    }
  }
  for (const project of profile.projects) {
    const words = [project.name, project.summary, ...project.details, ...project.technologies].join(
      ' . ',
    );
    for (const match of matchPhrases(phraseTokens(words))) {
      if (match.target.kind === 'tech' && !match.target.tech.projects.includes(project))
        match.target.tech.projects.push(project);
    }
  }

  const listed = techs.filter(
    (t): t is Tech & { listed: NonNullable<Tech['listed']> } => t.listed !== undefined,
  );
  const skillsIn = (ref: CategoryRef) =>
    listed
      .filter((t) =>
        ref.categoryId
          ? t.listed.category.id === ref.categoryId
          : ref.tag
            ? t.tags.has(ref.tag)
            : false,
      )
      .map((tech) => ({ skill: tech.listed.skill, category: tech.listed.category, tech }))
      // A skill listed through its parts ("Coroutines & Flow") appears once.
      .filter((s, i, all) => all.findIndex((o) => o.skill === s.skill) === i);

  const knownWords = new Set<string>(STOPWORDS);
  const correction = new Set<string>();
  for (const list of byFirst.values()) {
    for (const phrase of list) {
      const obscure =
        phrase.target.kind === 'tech' && phrase.target.tech.obscure && !phrase.target.tech.listed;
      for (const t of phrase.tokens) {
        knownWords.add(t);
        if (!obscure && t.length >= 4 && /^[a-z]+$/.test(t)) correction.add(t);
      }
    }
  }
  for (const snippet of snippets) for (const t of phraseTokens(snippet.text)) knownWords.add(t);
  for (const t of phraseTokens(profile.identity.name)) knownWords.add(t);

  // BM25 statistics.
  const df = new Map<string, number>();
  for (const s of snippets) for (const st of new Set(s.stems)) df.set(st, (df.get(st) ?? 0) + 1);
  const avgLength = snippets.reduce((n, s) => n + s.stems.length, 0) / Math.max(1, snippets.length);
  const idf = (st: string) =>
    Math.log(1 + (snippets.length - (df.get(st) ?? 0) + 0.5) / ((df.get(st) ?? 0) + 0.5));

  // Inverted index: each stem to the snippets holding it and how often, so a search touches only
  // the snippets that share a word with the question.
  const postings = new Map<string, { snippet: Snippet; tf: number }[]>();
  for (const snippet of snippets) {
    const counts = new Map<string, number>();
    for (const st of snippet.stems) counts.set(st, (counts.get(st) ?? 0) + 1);
    for (const [st, tf] of counts) {
      const list = postings.get(st) ?? [];
      list.push({ snippet, tf });
      postings.set(st, list);
    }
  }

  const search: KnowledgeIndex['search'] = (queryStems, filter) => {
    const unique = [...new Set(queryStems)];
    const totalWeight = unique.reduce((n, st) => n + idf(st), 0) || 1;
    const found = new Map<Snippet, SearchHit & { terms: Set<string> }>();
    for (const term of unique) {
      const share = idf(term) / totalWeight;
      for (const [alternative, factor] of alternativesOf(term)) {
        const w = idf(alternative) * factor;
        for (const { snippet, tf } of postings.get(alternative) ?? []) {
          if (filter && !filter(snippet)) continue;
          let hit = found.get(snippet);
          if (!hit) {
            hit = { snippet, score: 0, coverage: 0, terms: new Set() };
            found.set(snippet, hit);
          }
          hit.score +=
            (w * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * snippet.stems.length) / avgLength));
          if (hit.terms.has(term)) continue;
          hit.terms.add(term);
          hit.coverage += share * factor;
        }
      }
    }
    return [...found.values()]
      .map(({ snippet, score, coverage }) => ({ snippet, score, coverage }))
      .sort((a, b) => b.score - a.score || a.snippet.id - b.snippet.id);
  };

  const techsByProject = new Map<Project, Tech[]>(profile.projects.map((p) => [p, []]));
  for (const tech of techs) for (const p of tech.projects) techsByProject.get(p)?.push(tech);
  const projectTechs = (project: Project) => techsByProject.get(project) ?? [];

  return {
    profile,
    firstName,
    techs,
    snippets,
    matchPhrases,
    skillsIn,
    knownWords,
    correctionTargets: [...correction],
    search,
    projectTechs,
  };
}

function collectSnippets(profile: Profile): Snippet[] {
  const out: Snippet[] = [];
  const add = (
    line: { source: string; where: string; topic: Topic; text: string },
    extra: { projectId?: string; searchable?: string; role?: Role } = {},
  ) => {
    out.push({
      id: out.length,
      ...line,
      stems: contentStems(extra.searchable ?? line.text),
      ...(extra.projectId ? { projectId: extra.projectId } : {}),
      ...(extra.role ? { role: extra.role } : {}),
    });
  };
  const each = (source: string, where: string, topic: Topic, items: readonly string[]) =>
    items.forEach((text, i) => add({ source, where: `${where}[${i}]`, topic, text }));
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
    add({ source: 'Skills', where: `skills.${c.name}`, topic: 'skills', text });
  }
  addEducation(profile, add);
  addLater(profile, add);
  return out;
}

type AddLine = (
  line: { source: string; where: string; topic: Topic; text: string },
  extra?: { projectId?: string; searchable?: string; role?: Role },
) => void;

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
    p.details.forEach((d, k) =>
      add(
        { source, where: `projects[${i}].details[${k}]`, topic: 'project', text: d },
        { projectId: p.id },
      ),
    );
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
    r.highlights.forEach((h, k) =>
      add({ source, where: `roles[${i}].highlights[${k}]`, topic: 'roles', text: h }, { role: r }),
    );
    if (r.technologies.length > 0) {
      const tech = `Technologies: ${r.technologies.join(', ')}`;
      add({ source, where: `roles[${i}].technologies`, topic: 'roles', text: tech }, { role: r });
    }
  });
}

function addEducation(profile: Profile, add: AddLine) {
  profile.education.forEach((e, i) => {
    const text = [e.degree, e.field, e.institution].filter(Boolean).join(', ');
    add({ source: 'Education', where: `education[${i}]`, topic: 'education', text });
    e.details.forEach((d, k) =>
      add({
        source: 'Education',
        where: `education[${i}].details[${k}]`,
        topic: 'education',
        text: d,
      }),
    );
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

/** Publications, awards, volunteering, interests, principles, FAQ and unplaced sections. */
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
    v.highlights.forEach((h, k) =>
      add({
        source: 'Volunteering',
        where: `volunteer[${i}].highlights[${k}]`,
        topic: 'section',
        text: h,
      }),
    );
  });
  profile.interests.forEach((t, i) => {
    const text = [t.name, ...t.keywords].join(', ');
    add(
      { source: 'Interests', where: `interests[${i}]`, topic: 'section', text },
      { searchable: `interest hobby ${text}` },
    );
  });
  const each = (source: string, where: string, topic: Topic, items: readonly string[]) =>
    items.forEach((text, i) => add({ source, where: `${where}[${i}]`, topic, text }));
  each('Principle', 'principles', 'principles', profile.principles);
  each('Exploring', 'exploring', 'exploring', profile.exploring);
  profile.faq.forEach((f, i) =>
    add({
      source: 'FAQ',
      where: `faq[${i}]`,
      topic: 'faq',
      text: `${f.questions.join(' ')} ${f.answer}`,
    }),
  );
  profile.sections.forEach((section, i) => {
    // The title counts for search: "talks?" finds the items of "Talks & Writing".
    section.items.forEach((item, k) =>
      add(
        {
          source: section.title,
          where: `sections[${i}].items[${k}]`,
          topic: 'section',
          text: item,
        },
        { searchable: `${section.title}: ${item}` },
      ),
    );
  });
}
