import Fuse from 'fuse.js';
import { LRUCache } from 'lru-cache';
import type { Profile, Project, Role } from '../knowledge/schema.ts';
import { SPOKEN_LANGUAGES } from '../knowledge/spoken-languages.ts';
import {
  type Answer,
  type AnswerField,
  type AnswerLink,
  type DirectCommand,
  MAX_QUESTION_LENGTH,
  type Topic,
} from './answer.ts';
import { INTENT_WEIGHT, type IntentTopic } from './intents.ts';
import {
  buildKnowledgeIndex,
  type CategoryRef,
  type KnowledgeIndex,
  phraseTokens,
  type Snippet,
  type Tech,
} from './knowledge-index.ts';
import { contentStems, normalize, tokenize } from './text.ts';
import { createUnderstanding, type Interpretation } from './understand.ts';
import { CERTIFICATIONS } from './vocabulary/certifications.ts';

/** Tuning numbers of the answer engine, merged with the options given to {@link createAssistant}. */
export const ENGINE_DEFAULTS = Object.freeze({
  /** Longer questions get a polite refusal. */
  maxQuestionLength: MAX_QUESTION_LENGTH,
  /** Follow-up context expires after this long without a question. */
  conversationTtlMs: 30 * 60_000,
  /** Conversations remembered at once; the least recently active are forgotten first. */
  maxConversations: 10_000,
  /** fuse.js threshold for typo correction (0 exact … 1 anything). */
  fuzzyThreshold: 0.34,
  /** Full-text answers need at least this share of the question's weighted words. */
  searchMinCoverage: 0.5,
  /** Knowledge lines quoted as evidence at most. */
  maxEvidence: 4,
  /** Suggested follow-up questions per answer. */
  suggestions: 3,
});

export type EngineOptions = Partial<typeof ENGINE_DEFAULTS>;

/** The question-answering core built from one profile. */
export interface Assistant {
  readonly profile: Profile;
  ask(question: string, conversationId?: string): Answer;
  command(command: DirectCommand): Answer;
  complete(partial: string, limit?: number): string[];
}

interface ConversationState {
  techs: Tech[];
  category?: CategoryRef;
  project?: Project;
  role?: Role;
  /** The line a search answer was about. */
  subject?: Snippet;
  topic: Topic;
}

export function createAssistant(profile: Profile, options: EngineOptions = {}): Assistant {
  const config = { ...ENGINE_DEFAULTS, ...options };
  const index = buildKnowledgeIndex(profile);
  const understand = createUnderstanding(index, config.fuzzyThreshold);
  const conversations = new LRUCache<string, ConversationState>({
    max: config.maxConversations,
    ttl: config.conversationTtlMs,
  });
  const words = wording(index);
  const suggest = createSuggestions(index, config.suggestions);
  let completer: Fuse<string> | undefined;

  const finish = (
    answer: Omit<Answer, 'suggestions'> & { suggestions?: string[] },
    exclude: string[] = [],
  ): Answer => ({
    ...answer,
    // An answer may lead with its own follow-ups; the topic's usual ones fill the rest.
    suggestions: [
      ...new Set([...(answer.suggestions ?? []), ...suggest(answer.topic, exclude)]),
    ].slice(0, config.suggestions),
  });

  const respond = (
    q: Interpretation,
    state: ConversationState | undefined,
  ): { answer: Answer; state?: ConversationState } => {
    if (
      q.smalltalk &&
      q.techs.length + q.projects.length + q.categories.length === 0 &&
      !q.intent
    ) {
      return { answer: finish(q.smalltalk === 'greeting' ? words.greeting() : words.thanks()) };
    }
    if (q.intent === 'help' && q.techs.length + q.projects.length === 0)
      return { answer: finish(words.help()) };

    const project = q.projects[0];
    if (project) {
      return {
        answer: finish(words.project(project, q.restStems), [project.name]),
        state: { techs: [], project, topic: 'project' },
      };
    }
    const role = q.roles[0];
    if (role && q.techs.length === 0) {
      return {
        answer: finish(words.role(role, q.restStems)),
        state: { techs: [], role, topic: 'roles' },
      };
    }
    // "what languages does he speak?" is about spoken languages, not programming ones.
    if (q.intent === 'languages') {
      const spoken = words.topic('languages', q.restStems, q.tokens);
      if (spoken) return { answer: finish(spoken), state: { techs: [], topic: 'languages' } };
    }
    const category = q.categories[0];
    const narrowsByLanguage =
      category?.tag !== 'language' &&
      q.techs.length > 0 &&
      q.techs.every((t) => t.tags.has('language'));
    if (category && (q.techs.length === 0 || narrowsByLanguage)) {
      const languages = q.techs.filter((t) => t.tags.has('language'));
      return {
        answer: finish(words.category(category, languages, q.restStems)),
        state: { techs: [], category, topic: 'skills' },
      };
    }
    if (q.techs.length > 0) {
      return {
        answer: finish(words.skills(q.techs, q.intent === 'experience', q.corrected, q.restStems)),
        state: { techs: q.techs, topic: 'skill' },
      };
    }
    const faq = bestFaq(q.stems);
    if (faq) return { answer: finish(faq) };
    if (q.unknownSkill) return { answer: finish(words.notInProfile(q.unknownSkill)) };

    // "does it handle time zones?" after a project: look first in what the conversation is about.
    const continues = state !== undefined && (q.backReference || q.followUp) && q.stems.length > 0;
    // After a project or a role, a question naming nothing new is probably about it; without a
    // "it"/"and" the match must be stronger.
    if (state && q.stems.length > 0 && (continues || state.project || state.role)) {
      // The words no intent explained first ("impact … on paging" is about paging), then all.
      const minCoverage = continues ? 0.3 : 0.5;
      const followed =
        (q.restStems.length > 0 ? words.followUp(state, q.restStems, minCoverage) : undefined) ??
        words.followUp(state, q.stems, minCoverage);
      if (followed) return { answer: finish(followed), state };
    }
    // "streaming experience": a broad intent word next to a specific one is about the specific one.
    const specific = q.restStems.filter((st) => !GENERIC_STEMS.has(st));
    if (q.intent && BROAD_INTENTS.has(q.intent) && specific.length > 0) {
      const found = words.search(specific);
      if (found) return fromSearch(found);
      // "who is the president of France": the question is about someone or something else.
      const aboutSomethingElse =
        (q.intent === 'identity' || q.intent === 'title') && specific.length >= 2;
      if (aboutSomethingElse) return { answer: finish(words.unknown()) };
    }
    if (q.intent && q.intent !== 'faq') {
      const topical = words.topic(q.intent, q.restStems, q.tokens);
      // A section the profile lacks may still be answered by its text ("healthcare" in the about).
      const anyWords = q.stems.filter((st) => !GENERIC_STEMS.has(st));
      const instead =
        topical?.answered === false && q.intent !== 'availability' && anyWords.length > 0
          ? words.search(anyWords)
          : undefined;
      if (instead) return fromSearch(instead);
      if (topical) return { answer: finish(topical), state: { techs: [], topic: topical.topic } };
    }
    // A follow-up nothing above answered ("and before that?", "what was it about?"): what the
    // profile says of the conversation's subject, or more of the same list.
    if (state && (q.followUp || q.backReference)) {
      const bare = q.stems.length === 0;
      const again = state.project
        ? words.projectSilent(state.project)
        : state.subject
          ? words.subjectSilent(state.subject)
          : bare && state.role
            ? words.topic('roles')
            : bare && isIntentTopic(state.topic)
              ? words.topic(state.topic)
              : undefined;
      if (again) return { answer: finish(again), state };
    }
    const found = words.search(q.stems);
    if (found) return fromSearch(found);
    return { answer: finish(words.unknown()) };
  };

  // A line found by search becomes the subject: "what kind of vuln was it?" is about it.
  const fromSearch = (found: { answer: Omit<Answer, 'suggestions'>; subject: Snippet }) => ({
    answer: finish(found.answer),
    state: { techs: [], subject: found.subject, topic: found.answer.topic },
  });

  const bestFaq = (stems: string[]): Omit<Answer, 'suggestions'> | undefined => {
    if (profile.faq.length === 0 || stems.length === 0) return undefined;
    const hit = index.search(stems, (s) => s.topic === 'faq')[0];
    if (!hit || hit.coverage < 0.75) return undefined;
    const entry = profile.faq.find((f) => hit.snippet.text.startsWith(f.questions.join(' ')));
    return entry ? words.faq(entry.questions[0] ?? '', entry.answer, hit.coverage) : undefined;
  };

  return {
    profile,
    ask(question, conversationId) {
      const text = typeof question === 'string' ? question : '';
      if (text.length > config.maxQuestionLength)
        return finish(words.tooLong(config.maxQuestionLength));
      const q = understand(text);
      if (q.tokens.length === 0) return finish(words.empty());
      const state = conversationId ? conversations.get(conversationId) : undefined;
      const { answer, state: next } = respond(q, state);
      if (conversationId && next) conversations.set(conversationId, next);
      return answer;
    },
    command(command) {
      switch (command.kind) {
        case 'about':
          return finish(words.topic('identity') ?? words.unknown());
        case 'contact':
          return finish(words.topic('contact') ?? words.unknown());
        case 'skills': {
          if (!command.category) return finish(words.topic('skills') ?? words.unknown());
          const wanted = normalize(command.category);
          const category = profile.skills.find(
            (c) => c.id === wanted || normalize(c.name) === wanted,
          );
          const ref = category
            ? { key: `category:${category.id}`, categoryId: category.id, label: category.name }
            : understand(command.category).categories[0];
          return finish(ref ? words.category(ref, [], []) : words.unknown());
        }
        case 'projects': {
          if (!command.name) return finish(words.topic('projects') ?? words.unknown());
          const wanted = normalize(command.name);
          const project =
            profile.projects.find((p) => p.id === wanted || normalize(p.name) === wanted) ??
            understand(command.name).projects[0];
          return finish(project ? words.project(project, []) : words.unknown());
        }
      }
    },
    complete(partial, limit = 10) {
      const pool = suggest.pool();
      const text = typeof partial === 'string' ? normalize(partial).slice(0, 100) : '';
      if (!text) return pool.slice(0, limit);
      completer ??= new Fuse(pool, { threshold: 0.45, ignoreLocation: true });
      return completer.search(text, { limit }).map((r) => r.item);
    },
  };
}

/** Everything the engine says, worded from the knowledge alone. */
function wording(index: KnowledgeIndex) {
  const { profile, firstName } = index;
  const { identity, contact } = profile;
  const his = identity.pronouns.possessive;
  const name = identity.name;
  const answer = (
    topic: Topic,
    title: string,
    text: string,
    extra: Partial<Answer> = {},
  ): Omit<Answer, 'suggestions'> => ({
    answered: true,
    confidence: 0.9,
    topic,
    title,
    text,
    fields: [],
    links: [],
    ...extra,
  });
  const bullets = (items: readonly string[]) => items.map((i) => `- ${i}`).join('\n');
  const years =
    identity.yearsOfExperienceNote ??
    (identity.yearsOfExperience !== undefined ? String(identity.yearsOfExperience) : undefined);
  const contactLinks = (): AnswerLink[] => {
    const links: AnswerLink[] = [];
    if (contact.email) links.push({ label: 'Email', url: `mailto:${contact.email}` });
    if (contact.linkedin) links.push({ label: 'LinkedIn', url: contact.linkedin });
    if (contact.github) links.push({ label: 'GitHub', url: contact.github });
    if (contact.website) links.push({ label: 'Website', url: contact.website });
    for (const other of contact.other) links.push(other);
    return links;
  };
  const contactLines = (): string[] => {
    const lines: string[] = [];
    if (contact.email) lines.push(`Email: [${contact.email}](mailto:${contact.email})`);
    if (contact.linkedin)
      lines.push(`LinkedIn: [${display(contact.linkedin)}](${contact.linkedin})`);
    if (contact.github) lines.push(`GitHub: [${display(contact.github)}](${contact.github})`);
    if (contact.website) lines.push(`Website: [${display(contact.website)}](${contact.website})`);
    for (const other of contact.other)
      lines.push(`${other.label}: [${display(other.url)}](${other.url})`);
    return lines;
  };
  const evidenceLines = (snippets: readonly Snippet[], max: number) =>
    snippets.slice(0, max).map((s) => `${s.source}: ${s.text}`);
  const listedTechs = index.techs.filter((t) => t.listed);
  // Technologies the profile mentions without listing them, by vocabulary tag.
  const mentionedByTag = new Map<string, Tech[]>();
  for (const tech of index.techs) {
    if (tech.listed || tech.evidence.length === 0) continue;
    for (const tag of tech.tags)
      mentionedByTag.set(tag, [...(mentionedByTag.get(tag) ?? []), tech]);
  }

  // Closest listed skills: those sharing the most tags, the first tag (what it is) counting double.
  const closest = (tech: Tech): Tech[] => {
    const [kind] = tech.tags;
    const scored = listedTechs
      .map((t) => {
        let shared = 0;
        for (const tag of tech.tags) if (t.tags.has(tag)) shared += tag === kind ? 2 : 1;
        return { t, score: shared };
      })
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score);
    const best = scored[0]?.score ?? 0;
    return scored
      .filter((x) => x.score >= best / 2 + 0.5 || x.score === best)
      .slice(0, 3)
      .map((x) => x.t);
  };

  const describeKnown = (tech: Tech): string => {
    if (tech.listed) {
      const { category, skill } = tech.listed;
      const note = skill.note ?? category.note;
      return `**Yes** — ${firstName} lists **${tech.name}** among ${his} ${category.name} skills${note ? ` (${note})` : ''}.`;
    }
    return `**${tech.name}** comes up in ${firstName}'s profile:`;
  };

  const self = {
    greeting: () =>
      answer(
        'greeting',
        `Hi! I'm ${firstName}'s profile assistant`,
        `Hello! I answer questions about ${name}'s professional profile: skills, experience, projects and how to get in touch. What would you like to know?`,
      ),
    thanks: () =>
      answer(
        'thanks',
        "You're welcome",
        `You're welcome! Anything else you'd like to know about ${firstName}?`,
      ),
    help: () => {
      const examples = [
        `Does ${firstName} know ${listedTechs[0]?.name ?? 'Docker'}?`,
        profile.skills[0]
          ? `Which ${profile.skills[0].name.toLowerCase()} skills does ${firstName} have?`
          : undefined,
        profile.projects[0] ? `Tell me about ${profile.projects[0].name}` : undefined,
        `How many years of experience does ${firstName} have?`,
        `How can I contact ${firstName}?`,
      ].filter((x): x is string => Boolean(x));
      return answer(
        'help',
        'What you can ask',
        `I answer questions about ${name}'s professional profile: skills and technologies, experience, projects, impact, principles, what ${identity.pronouns.subject} is exploring, and contact details. For example:\n${bullets(examples)}`,
      );
    },
    empty: () => ({
      ...answer(
        'unknown',
        'Ask me something',
        `Ask me anything about ${name}'s professional profile: skills, experience, projects or contact details.`,
      ),
      answered: false,
      confidence: 0,
    }),
    tooLong: (max: number) => ({
      ...answer(
        'limit',
        'That question is too long',
        `Questions are limited to ${max} characters. Could you ask it in fewer words?`,
      ),
      answered: false,
      confidence: 1,
    }),
    unknown: () => ({
      ...answer(
        'unknown',
        "I don't know",
        `I don't know — I only know about ${name}'s professional profile, and it doesn't cover that. You could ask about ${his} skills, experience, projects or contact details.`,
      ),
      answered: false,
      confidence: 0,
    }),
    faq: (question: string, text: string, coverage: number) =>
      answer('faq', question, text, { confidence: Math.min(0.95, coverage) }),

    skills(
      techs: Tech[],
      askedYears: boolean,
      corrected: boolean,
      restStems: string[],
    ): Omit<Answer, 'suggestions'> {
      const known = techs.filter((t) => t.listed || t.evidence.length > 0 || t.projects.length > 0);
      const unknown = techs.filter((t) => !known.includes(t));
      const fields: AnswerField[] = [];
      const parts: string[] = [];
      if (techs.length === 1 && known[0]) {
        const tech = known[0];
        parts.push(describeKnown(tech));
        // "Go concurrency": lines about the rest of the question come first.
        const specific = restStems.filter((st) => !GENERIC_STEMS.has(st));
        const focused =
          specific.length > 0
            ? index
                .search(specific)
                .filter((h) => h.coverage >= 0.75)
                .map((h) => h.snippet)
            : [];
        const evidence = evidenceLines(
          [
            ...focused.slice(0, 2),
            ...tech.evidence.filter(
              (s) => s.topic !== 'title' && !(tech.listed && s.topic === 'skills'),
            ),
          ].filter(unique),
          4,
        );
        if (evidence.length > 0)
          parts.push(`${tech.listed ? 'Where it shows:\n' : ''}${bullets(evidence)}`);
        if (tech.listed)
          fields.push({ name: 'Category', value: tech.listed.category.name, inline: true });
        const projects = tech.projects.map((p) => p.name);
        if (projects.length > 0)
          fields.push({ name: 'Projects', value: projects.join(', '), inline: true });
      } else if (techs.length === 1 && unknown[0]) {
        parts.push(negative(unknown[0]));
      } else {
        // One line each; no fields, which would only repeat the lines.
        const lines = techs.map((tech) => {
          if (known.includes(tech)) {
            const where = tech.listed
              ? `listed under ${tech.listed.category.name}`
              : `mentioned in ${tech.evidence[0]?.source.toLowerCase() ?? 'the profile'}`;
            return `- **${tech.name}**: yes — ${where}`;
          }
          const near = closest(tech).map((t) => t.name);
          return `- **${tech.name}**: no — not in ${his} profile${near.length ? `; closest: ${near.join(', ')}` : ''}`;
        });
        parts.push(lines.join('\n'));
        parts.unshift(
          unknown.length === 0
            ? `**Yes** to all ${techs.length}:`
            : known.length === 0
              ? `**No** — none of these are in ${firstName}'s profile:`
              : `${firstName} knows ${known.length} of the ${techs.length}:`,
        );
      }
      if (askedYears && years && known.length > 0) {
        parts.push(
          `The profile doesn't give years per skill; overall ${firstName} has ${years} years of experience.`,
        );
      }
      const allKnown = unknown.length === 0;
      // Follow-ups that fit: the listed skill's group and a project using it, or for a skill
      // that is not there, the closest one that is.
      const lead: string[] = [];
      for (const tech of techs) {
        if (tech.listed)
          lead.push(
            `Which ${tech.listed.category.name.toLowerCase()} skills does ${firstName} have?`,
          );
        if (tech.projects[0]) lead.push(`Tell me about ${tech.projects[0].name}`);
        const near = unknown.includes(tech) ? closest(tech)[0] : undefined;
        if (near) lead.push(`Does ${firstName} know ${near.name}?`);
      }
      return answer('skill', techs.map((t) => t.name).join(', '), parts.join('\n\n'), {
        fields,
        suggestions: [...new Set(lead)].slice(0, 2),
        confidence: (corrected ? 0.75 : 0.95) * (allKnown || known.length === 0 ? 1 : 0.95),
      });
    },

    category(
      ref: CategoryRef,
      languages: Tech[],
      restStems: string[],
    ): Omit<Answer, 'suggestions'> {
      let skills = index.skillsIn(ref);
      const language = languages[0];
      if (language) {
        const tag = normalize(language.name);
        const narrowed = skills.filter((s) => s.tech.tags.has(tag));
        if (narrowed.length > 0) skills = narrowed;
      }
      const label = ref.label;
      // Technologies of this kind that the profile mentions without listing them as skills
      // ("React Native" in a role for "mobile apps?").
      const mentioned = ref.tag ? (mentionedByTag.get(ref.tag) ?? []).slice(0, 3) : [];
      const mentionLines = mentioned.map(
        (t) => `**${t.name}** — ${evidenceLines(t.evidence, 1)[0] ?? ''}`,
      );
      if (skills.length === 0 && mentioned.length > 0) {
        return answer(
          'skills',
          `${capitalise(label)} in ${firstName}'s work`,
          `${firstName}'s profile lists no ${label} skills, but mentions:\n${bullets(mentionLines)}`,
          { confidence: 0.7 },
        );
      }
      if (skills.length === 0) {
        const examples = listedTechs.slice(0, 4).map((t) => t.name);
        return {
          ...answer(
            'skills',
            `No ${label} listed`,
            `**No** — ${firstName}'s profile doesn't list any ${label} skills. ${his[0]?.toUpperCase()}${his.slice(1)} skills include ${examples.join(', ')}.`,
          ),
          confidence: 0.8,
        };
      }
      const byCategory = new Map<string, string[]>();
      for (const s of skills) {
        const list = byCategory.get(s.category.name) ?? [];
        list.push(s.skill.note ? `${s.skill.name} (${s.skill.note})` : s.skill.name);
        byCategory.set(s.category.name, list);
      }
      const names = skills.map((s) => s.skill.name);
      const heading = `${firstName}'s ${label}${language ? ` (${language.name})` : ''} skills: **${names.join('**, **')}**.`;
      const parts = [heading];
      const related =
        restStems.length > 0
          ? index.search([...restStems, ...names.flatMap((n) => contentStems(n))]).slice(0, 2)
          : [];
      // The skill list itself is the heading; "in his work" quotes everything else.
      const mentions = (
        related.length > 0 ? related.map((r) => r.snippet) : skills.flatMap((s) => s.tech.evidence)
      )
        .filter((s) => s.topic !== 'skills')
        .filter(unique)
        .slice(0, 2);
      if (mentions.length > 0)
        parts.push(`In ${his} work:\n${bullets(evidenceLines(mentions, 3))}`);
      if (mentionLines.length > 0) parts.push(`Also mentioned:\n${bullets(mentionLines)}`);
      const fields = [...byCategory].map(([name, list]) => ({
        name,
        value: list.join(', '),
        inline: true,
      }));
      return answer('skills', `${capitalise(label)} skills`, parts.join('\n\n'), {
        fields,
        confidence: 0.9,
      });
    },

    project(project: Project, restStems: string[]): Omit<Answer, 'suggestions'> {
      const parts = [`**${project.name}** — ${project.summary}`];
      if (project.details.length > 0) parts.push(bullets(project.details));
      const fields: AnswerField[] = [];
      const techs =
        project.technologies.length > 0
          ? project.technologies
          : index.projectTechs(project).map((t) => t.name);
      if (techs.length > 0)
        fields.push({ name: 'Technologies', value: techs.join(', '), inline: true });
      const related = index.projectTechs(project);
      if (restStems.length > 0) {
        const hits = index.search(
          restStems,
          (s) => s.projectId !== project.id && related.some((t) => t.evidence.includes(s)),
        );
        const top = hits.filter((h) => h.coverage >= 0.5).slice(0, 2);
        if (top.length > 0)
          parts.push(
            `Related, from ${his} profile:\n${bullets(
              evidenceLines(
                top.map((h) => h.snippet),
                2,
              ),
            )}`,
          );
      }
      return answer('project', project.name, parts.join('\n\n'), { fields, links: project.links });
    },

    /** One role: title, employer, dates, what the owner did there. */
    role(role: Role, restStems: string[]): Omit<Answer, 'suggestions'> {
      const parts = [
        `**${role.title}** at **${role.company}**${dates(role.start, role.end)}${role.location ? `, ${role.location}` : ''}.${role.summary ? ` ${role.summary}` : ''}`,
      ];
      const lines = index.snippets.filter(
        (s) => s.role === role && role.highlights.includes(s.text),
      );
      // "what impact did she have on paging?": the matching highlights first.
      const hits =
        restStems.length > 0
          ? index.search(restStems, (s) => lines.includes(s)).map((h) => h.snippet)
          : [];
      const ordered = [...hits, ...lines].filter(unique).map((s) => s.text);
      if (ordered.length > 0) parts.push(bullets(ordered));
      const fields: AnswerField[] = role.technologies.length
        ? [{ name: 'Technologies', value: role.technologies.join(', '), inline: true }]
        : [];
      return answer('roles', `${role.title}, ${role.company}`, parts.join('\n\n'), { fields });
    },

    /** A skill outside the vocabulary that the profile does not mention either. */
    notInProfile(name: string): Omit<Answer, 'suggestions'> {
      const examples = listedTechs.slice(0, 5).map((t) => t.name);
      return {
        ...answer(
          'skill',
          name,
          `**No** — ${name} isn't in ${firstName}'s profile.${examples.length ? ` Skills it lists include ${examples.join(', ')}.` : ''}`,
        ),
        confidence: 0.6,
      };
    },

    /** A follow-up about a line the profile says nothing more on: the line again. */
    subjectSilent(subject: Snippet): Omit<Answer, 'suggestions'> {
      return {
        ...answer(
          subject.topic,
          subject.source,
          `The profile doesn't go into more detail. What it says (${subject.source}): ${subject.text}`,
        ),
        confidence: 0.4,
      };
    },

    /** A follow-up about a project that the profile says nothing more on. */
    projectSilent(project: Project): Omit<Answer, 'suggestions'> {
      return {
        ...answer(
          'project',
          project.name,
          `The profile doesn't go into that for **${project.name}**. What it says: ${project.summary}`,
        ),
        confidence: 0.4,
      };
    },

    followUp(
      state: ConversationState,
      restStems: string[],
      minCoverage: number,
    ): Omit<Answer, 'suggestions'> | undefined {
      const { project, role, subject: line } = state;
      const techs = project ? index.projectTechs(project) : state.techs;
      const inScope = (s: Snippet) =>
        (project !== undefined && s.projectId === project.id) ||
        (role !== undefined && s.role === role) ||
        s === line ||
        techs.some((t) => t.evidence.includes(s));
      const hits = index.search(restStems, inScope).filter((h) => h.coverage >= minCoverage);
      const subject =
        project?.name ??
        (role
          ? `${role.title} at ${role.company}`
          : (line?.source ?? techs.map((t) => t.name).join(', ')));
      if (hits.length === 0) return undefined;
      return answer(
        project ? 'project' : 'skill',
        subject,
        `On **${subject}**, ${his} profile says:\n${bullets(
          evidenceLines(
            hits.slice(0, 3).map((h) => h.snippet),
            3,
          ),
        )}`,
        {
          confidence: 0.7,
        },
      );
    },

    search(stems: string[]): { answer: Omit<Answer, 'suggestions'>; subject: Snippet } | undefined {
      if (stems.length === 0) return undefined;
      const hits = index
        .search(stems)
        .filter((h) => h.coverage >= ENGINE_DEFAULTS.searchMinCoverage);
      const top = hits[0];
      if (!top) return undefined;
      const shown = hits.filter((h) => h.score >= top.score * 0.5).slice(0, 3);
      const found = answer(
        top.snippet.topic,
        `From ${firstName}'s profile`,
        `Here's what ${firstName}'s profile says:\n${bullets(
          evidenceLines(
            shown.map((h) => h.snippet),
            3,
          ),
        )}`,
        {
          confidence: Math.min(0.85, 0.4 + top.coverage * 0.4),
        },
      );
      return { answer: found, subject: top.snippet };
    },

    topic(
      topic: IntentTopic,
      restStems: string[] = [],
      tokens: readonly string[] = [],
    ): Omit<Answer, 'suggestions'> | undefined {
      switch (topic) {
        case 'identity': {
          const lines = [
            `**${name}** — ${identity.headline ?? identity.title}${identity.location ? `, based in ${identity.location}` : ''}.`,
          ];
          lines.push(...profile.summary.slice(0, 2));
          const fields: AnswerField[] = [{ name: 'Title', value: identity.title, inline: true }];
          if (identity.location)
            fields.push({ name: 'Location', value: identity.location, inline: true });
          if (years) fields.push({ name: 'Experience', value: `${years} years`, inline: true });
          return answer('identity', name, lines.join('\n\n'), { fields, links: contactLinks() });
        }
        case 'title': {
          // "what's his current job?": the employer too, when a role is current.
          const current = profile.roles.find((r) => !r.end || /present|now|current/i.test(r.end));
          const at = current ? ` at **${current.company}**` : '';
          const headline =
            identity.headline && identity.headline !== identity.title
              ? ` (${identity.headline})`
              : '';
          return answer(
            'title',
            identity.title,
            `${firstName} is a **${identity.title}**${at}${headline}.${profile.summary[0] ? `\n\n${profile.summary[0]}` : ''}`,
          );
        }
        case 'location':
          return identity.location
            ? answer(
                'location',
                identity.location,
                `${firstName} is based in **${identity.location}**.`,
              )
            : missing('location', 'a location');
        case 'experience': {
          if (!years) return missing('experience', 'years of experience');
          const source = profile.summary.find((s) => /\byears?\b/i.test(s));
          return answer(
            'experience',
            `${years} years of experience`,
            `${firstName} has **${years} years** of professional experience as a ${identity.title}.${source ? `\n\n> ${source}` : ''}`,
            {
              fields:
                profile.roles.length > 0
                  ? [{ name: 'Roles', value: String(profile.roles.length), inline: true }]
                  : [],
            },
          );
        }
        case 'contact': {
          // Lines of a contact section the importer could not place (a PGP fingerprint) count too.
          const kept = profile.sections
            .filter((section) => /contact|connect|reach|say hi|get in touch/i.test(section.title))
            .flatMap((section) => section.items);
          const lines = [...contactLines(), ...kept];
          if (lines.length === 0) return missing('contact', 'contact details');
          return answer(
            'contact',
            `Contact ${firstName}`,
            `You can reach ${firstName} here:\n${bullets(lines)}`,
            { links: contactLinks() },
          );
        }
        case 'availability': {
          const lines = contactLines();
          return {
            ...answer(
              'contact',
              'Best asked directly',
              `${firstName}'s profile doesn't say. That's best asked directly${lines.length ? `:\n${bullets(lines)}` : '.'}`,
              { links: contactLinks() },
            ),
            answered: false,
            confidence: 0.3,
          };
        }
        case 'skills': {
          if (profile.skills.length === 0) return missing('skills', 'skills');
          const fields = profile.skills.map((c) => ({
            name: c.note ? `${c.name} (${c.note})` : c.name,
            value: c.skills.map((s) => s.name).join(', '),
            inline: true,
          }));
          const text = `${firstName}'s skills:\n${bullets(fields.map((f) => `**${f.name}:** ${f.value}`))}`;
          return answer('skills', `${firstName}'s skills`, text, { fields });
        }
        case 'projects': {
          if (profile.projects.length === 0) return missing('projects', 'projects');
          return answer(
            'projects',
            `${firstName}'s projects`,
            `${profile.projects.length} projects:\n${bullets(profile.projects.map((p) => `**${p.name}** — ${p.summary}`))}`,
            {
              links: profile.projects.flatMap((p) => p.links),
            },
          );
        }
        case 'roles': {
          if (profile.roles.length === 0) {
            return missing(
              'roles',
              'employers or roles',
              profile.industries.length
                ? `It does say ${his} work spans ${profile.industries.join(', ').toLowerCase()}.`
                : undefined,
            );
          }
          const lines = profile.roles.map(
            (r) =>
              `**${r.title}**, ${r.company}${dates(r.start, r.end)}${r.summary ? ` — ${r.summary}` : ''}`,
          );
          return answer('roles', `Where ${firstName} has worked`, bullets(lines));
        }
        case 'education': {
          const asked = DEGREE_LEVELS.find((l) => l.words.some((w) => tokens.includes(w)));
          if (profile.education.length === 0) {
            return missing('education', asked ? `a ${asked.name}, or any education` : 'education');
          }
          const lines = profile.education.map(
            (e) =>
              `${[e.degree, e.field].filter(Boolean).join(' in ') || 'Studied'} — **${e.institution}**${dates(e.start, e.end)}`,
          );
          // "does she have a PhD?": a degree level the profile does not hold gets a clear no.
          const level = DEGREE_LEVELS.find((l) => l.words.some((w) => tokens.includes(w)));
          const levelWords: readonly string[] = level?.words ?? [];
          const held = (e: (typeof profile.education)[number]) =>
            tokenize(normalize(`${e.degree ?? ''} ${e.field ?? ''}`)).some((w) =>
              levelWords.includes(w),
            );
          if (level && !profile.education.some(held)) {
            return answer(
              'education',
              'Education',
              `**No** — ${firstName}'s profile lists no ${level.name}. Education:\n${bullets(lines)}`,
            );
          }
          return answer('education', 'Education', bullets(lines));
        }
        case 'certifications': {
          // "does she have the CEH?": the one asked about, yes or no.
          const joined = ` ${tokens.join(' ')} `;
          const asked = CERTIFICATIONS.find((c) => c.words.some((w) => joined.includes(` ${w} `)));
          if (profile.certifications.length === 0) {
            return missing(
              'certifications',
              asked ? `a ${asked.name}, or any certification` : 'certifications',
            );
          }
          const lines = profile.certifications.map(
            (c) =>
              `${c.url ? `[${c.name}](${c.url})` : `**${c.name}**`}${c.issuer ? `, ${c.issuer}` : ''}${c.year ? ` (${c.year})` : ''}`,
          );
          const holds = (words: readonly string[]) =>
            profile.certifications.some((c) => {
              const name = ` ${tokenize(normalize(`${c.name} ${c.issuer ?? ''}`)).join(' ')} `;
              return words.some((w) => name.includes(` ${w} `));
            });
          if (asked && !holds(asked.words)) {
            return answer(
              'certifications',
              'Certifications',
              `**No** — ${asked.name} isn't among ${firstName}'s certifications:\n${bullets(lines)}`,
            );
          }
          return answer('certifications', 'Certifications', bullets(lines));
        }
        case 'languages': {
          if (profile.languages.length === 0) return missing('languages', 'spoken languages');
          const spoken = (l: { name: string; proficiency?: string | undefined }) =>
            l.proficiency ? `**${l.name}** (${l.proficiency})` : `**${l.name}**`;
          const all = `${firstName} speaks ${profile.languages.map(spoken).join(', ')}.`;
          // "can she speak German?": answer about the language asked, yes or no.
          const asked = SPOKEN_LANGUAGES.filter((name) => tokens.includes(name.toLowerCase()));
          if (asked.length === 0) return answer('languages', 'Spoken languages', all);
          const lines = asked.map((name) => {
            const held = profile.languages.find((l) =>
              normalize(l.name).includes(name.toLowerCase()),
            );
            return held
              ? `**Yes** — ${spoken(held)}.`
              : `**No** — ${name} isn't among the languages ${firstName} lists.`;
          });
          return answer('languages', 'Spoken languages', `${lines.join('\n')}\n\n${all}`);
        }
        case 'industries': {
          if (profile.industries.length === 0) return missing('industries', 'industries');
          // "has he worked in healthcare?": say so when the domain asked about is not there.
          const specific = restStems.filter((st) => !GENERIC_STEMS.has(st));
          const hit =
            specific.length > 0 &&
            index
              .search(specific, (s) => s.topic === 'industries' || s.topic === 'identity')
              .some((h) => h.coverage >= 0.5);
          const lead =
            specific.length === 0 || hit
              ? `${firstName}'s work spans:`
              : `**No** — that domain isn't in ${firstName}'s profile. ${capitalise(his)} work spans:`;
          return answer('industries', 'Industries', `${lead}\n${bullets(profile.industries)}`);
        }
        case 'impact':
          return list(
            'impact',
            profile.impact,
            'Engineering impact',
            `Highlights of ${firstName}'s impact:`,
            'achievements',
          );
        case 'expertise':
          return list(
            'expertise',
            profile.expertise,
            'Core expertise',
            `${firstName}'s core expertise:`,
          );
        case 'principles':
          return list(
            'principles',
            profile.principles,
            'Engineering principles',
            `${firstName}'s engineering principles:`,
            'principles',
          );
        case 'exploring':
          return list(
            'exploring',
            profile.exploring,
            'Currently exploring',
            `${firstName} is currently exploring:`,
            'current learning or exploration',
          );
        case 'help':
          return self.help();
        case 'faq':
          return undefined;
      }
    },
  };

  function negative(tech: Tech): string {
    const near = closest(tech).map((t) => t.name);
    return `**No** — **${tech.name}** isn't in ${firstName}'s profile.${near.length ? ` Closest skills ${identity.pronouns.subject} has: ${near.join(', ')}.` : ''}`;
  }

  /** A section that is a plain list: its items as bullets, or what the profile lacks. */
  function list(
    topic: Topic,
    items: readonly string[],
    title: string,
    lead: string,
    missingWhat?: string,
  ): Omit<Answer, 'suggestions'> | undefined {
    if (items.length > 0) return answer(topic, title, `${lead}\n${bullets(items)}`);
    return missingWhat ? missing(topic, missingWhat) : undefined;
  }

  function missing(topic: Topic, what: string, extra?: string): Omit<Answer, 'suggestions'> {
    const lines = contactLines();
    return {
      ...answer(
        topic,
        'Not in the profile',
        `${firstName}'s profile doesn't mention ${what}.${extra ? ` ${extra}` : ''}${lines.length ? ` You could ask ${identity.pronouns.object} directly:\n${bullets(lines)}` : ''}`,
        { links: contactLinks() },
      ),
      answered: false,
      confidence: 0.5,
    };
  }

  return self;
}

/** Follow-up questions the knowledge can answer, chosen to fit what was just asked. */
function createSuggestions(index: KnowledgeIndex, count: number) {
  const { profile, firstName: who } = index;
  const byTopic: [Topic, string][] = [];
  const add = (topic: Topic, q: string, when: unknown = true) => {
    if (when) byTopic.push([topic, q]);
  };
  add('skills', `What are ${who}'s main skills?`, profile.skills.length);
  add('projects', `Tell me about ${who}'s projects`, profile.projects.length);
  add(
    'experience',
    `How many years of experience does ${who} have?`,
    profile.identity.yearsOfExperience !== undefined,
  );
  add(
    'contact',
    `How can I contact ${who}?`,
    Object.values(profile.contact).some((v) => (Array.isArray(v) ? v.length : v)),
  );
  add('impact', `What has ${who} achieved?`, profile.impact.length);
  add('roles', `Where has ${who} worked?`, profile.roles.length);
  add('location', `Where is ${who} based?`, profile.identity.location);
  add('education', `What did ${who} study?`, profile.education.length);
  add('principles', `What are ${who}'s engineering principles?`, profile.principles.length);
  add('exploring', `What is ${who} exploring now?`, profile.exploring.length);
  add('industries', `Which industries has ${who} worked in?`, profile.industries.length);
  add('certifications', `Which certifications does ${who} have?`, profile.certifications.length);
  add('languages', `Which languages does ${who} speak?`, profile.languages.length);
  const projectQuestions = profile.projects.map((p) => `Tell me about ${p.name}`);
  const categoryQuestions = profile.skills.map(
    (c) => `Which ${c.name.toLowerCase()} skills does ${who} have?`,
  );
  const skillQuestions = index.techs
    .filter((t) => t.listed)
    .map((t) => `Does ${who} know ${t.name}?`);
  const faqQuestions = profile.faq.map((f) => f.questions[0] ?? '').filter(Boolean);

  const related: Partial<Record<Topic, Topic[]>> = {
    skill: ['projects', 'skills', 'experience'],
    skills: ['projects', 'experience', 'contact'],
    project: ['projects', 'impact', 'skills'],
    projects: ['impact', 'skills', 'contact'],
    identity: ['skills', 'projects', 'contact'],
    contact: ['skills', 'projects', 'experience'],
    unknown: ['skills', 'projects', 'contact'],
    help: ['skills', 'projects', 'contact'],
    greeting: ['skills', 'projects', 'contact'],
  };
  const fallback: Topic[] = ['skills', 'projects', 'contact', 'experience', 'impact'];

  // The same few topic/exclusion pairs come back all the time: compute each list once.
  const picked = new Map<string, string[]>();
  const pick = (topic: Topic, exclude: string[]) => {
    const key = `${topic}\u0000${exclude.join('\u0000')}`;
    let cached = picked.get(key);
    if (!cached) {
      cached = choose(topic, exclude);
      if (picked.size > 1000) picked.clear();
      picked.set(key, cached);
    }
    return [...cached];
  };
  const choose = (topic: Topic, exclude: string[]) => {
    const wanted = [...(related[topic] ?? fallback), ...fallback];
    const out: string[] = [];
    if (topic === 'project')
      out.push(...projectQuestions.filter((q) => !exclude.some((e) => q.endsWith(e))).slice(0, 1));
    if (topic === 'skills' || topic === 'skill') out.push(...categoryQuestions.slice(0, 1));
    for (const t of wanted) {
      if (t === topic) continue;
      const q = byTopic.find(([k]) => k === t)?.[1];
      if (q && !out.includes(q)) out.push(q);
      if (out.length >= count) break;
    }
    return out.slice(0, count);
  };
  pick.pool = () => [
    ...new Set([
      ...byTopic.map(([, q]) => q),
      ...categoryQuestions,
      ...projectQuestions,
      ...skillQuestions,
      ...faqQuestions,
    ]),
  ];
  return pick;
}

function isIntentTopic(topic: Topic | IntentTopic): topic is IntentTopic {
  return topic in INTENT_WEIGHT;
}

/** Degree levels by the words people and résumés use for them. */
const DEGREE_LEVELS = [
  { name: 'PhD', words: ['phd', 'ph.d', 'doctorate', 'doctoral', 'dphil'] },
  {
    name: "master's degree",
    words: ['master', 'masters', 'msc', 'm.sc', 'ms', 'ma', 'mba', 'meng', 'mphil'],
  },
  {
    name: "bachelor's degree",
    words: ['bachelor', 'bachelors', 'bsc', 'b.sc', 'bs', 'ba', 'beng', 'b.eng', 'btech'],
  },
] as const satisfies readonly { name: string; words: readonly string[] }[];

/** Intents broad enough that a more specific word in the question should win. */
const BROAD_INTENTS = new Set<IntentTopic>([
  'experience',
  'skills',
  'expertise',
  'identity',
  'title',
  'projects',
]);

/** Words too general to focus an answer on ("idempotent design" is about idempotency). */
const GENERIC_STEMS = new Set([
  'design',
  'experi',
  'experienc',
  'work',
  'skill',
  'use',
  'system',
  'develop',
  'knowledg',
  'background',
  'level',
  'good',
  'strong',
  'engin',
  'programm',
  'softwar',
  'career',
  'job',
  'role',
  'profession',
  'profess',
  'year',
  'long',
]);

function display(url: string): string {
  // Fediverse profiles read as handles: https://hachyderm.io/@thuha → @thuha@hachyderm.io.
  const fediverse = /^https:\/\/([^/]+)\/@([\w.-]+)\/?$/.exec(url);
  if (fediverse) return `@${fediverse[2]}@${fediverse[1]}`;
  return url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
}

function dates(start?: string, end?: string): string {
  if (!start && !end) return '';
  return ` (${start ?? '?'} – ${end ?? 'present'})`;
}

function capitalise(s: string): string {
  return s ? `${s[0]?.toUpperCase()}${s.slice(1)}` : s;
}

function unique<T>(value: T, i: number, all: T[]): boolean {
  return all.indexOf(value) === i;
}
