import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.ts';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { type ProfileInput, ProfileSchema } from '../../src/knowledge/schema.ts';

const shipped = createAssistant(loadKnowledge('knowledge/profile.yaml'));
const text = (answer: Answer) => answerToPlainText(answer);
const ask = (question: string, conversation?: string) => shipped.ask(question, conversation);

describe('skills', () => {
  it('answers "k8s?" with Kubernetes and where it shows', () => {
    const answer = ask('k8s?');
    expect(answer.answered).toBe(true);
    expect(answer.topic).toBe('skill');
    expect(text(answer)).toMatch(/^Yes — .*Kubernetes.*DevOps/);
    expect(text(answer)).toContain('Docker & Kubernetes deployments');
  });

  it('says a clear no to a skill that is not listed, naming it and the closest listed skills', () => {
    const answer = ask('Does he know Rust?');
    expect(answer.answered).toBe(true);
    expect(text(answer)).toMatch(/^No — Rust isn't in Fahad's profile/);
    expect(text(answer)).toContain('Go');
  });

  it('answers several skills at once, yes for one and no for the other', () => {
    const out = text(ask('Go and Rust?'));
    expect(out).toMatch(/Go\*?\*?: yes/i);
    expect(out).toMatch(/Rust\*?\*?: no/i);
  });

  it('corrects typos against the vocabulary', () => {
    expect(text(ask('does he know kubernetis'))).toContain('Kubernetes');
    expect(text(ask('postgress?'))).toContain('PostgreSQL');
    expect(text(ask('any data visualisaton skills?'))).toMatch(/^No\b.*data visualisation/);
  });

  it('takes a real word for itself, not for a typo of another: no "No" about charting', () => {
    const out = text(ask('any ev charging stuff'));
    expect(out).not.toMatch(/^No\b|visualisation/);
    expect(out).toContain('EV infrastructure');
  });

  it('understands aliases from the knowledge and the built-in table', () => {
    expect(text(ask('golang'))).toMatch(/\bGo\b/);
    expect(text(ask('otel'))).toContain('OpenTelemetry');
    expect(text(ask('amazon web services'))).toContain('AWS');
  });

  it('lists a category, from the profile or from what the technologies are', () => {
    expect(text(ask('which databases?'))).toMatch(/PostgreSQL.*MySQL.*MongoDB.*Redis/s);
    const nosql = text(ask('NoSQL?'));
    expect(nosql).toContain('MongoDB');
    expect(nosql).not.toContain('PostgreSQL');
  });

  it('ignores case, accents, emoji, punctuation and extra spaces', () => {
    expect(text(ask('🚀  DOES he KNOW   dócker ??!'))).toMatch(/^Yes — .*Docker/);
  });

  it('says no to a technology outside the vocabulary too, naming it as typed', () => {
    expect(text(ask('has he used Bazooka?'))).toMatch(/^No — Bazooka isn't in Fahad's profile/);
    expect(ask('does he know how to cook').answered).toBe(false);
    expect(ask('does he know my friend John?').answered).toBe(false);
  });

  it('does not read an everyday word as a technology', () => {
    expect(ask('I want to go to the store').answered).toBe(false);
  });
});

describe('profile topics', () => {
  it.each([
    ['Where is he based?', 'Lahore'],
    ['how many yrs of experience', '6+ years'],
    ['email?', 'fk.fahad96@gmail.com'],
    ['what is he exploring?', 'High-availability service design'],
    ['engineering principles', 'Clean Architecture & SOLID'],
    ['biggest achievements', 'Migrated a legacy C-based controller'],
    ['Tell me about Electric Avenue', 'role-based access control'],
  ])('answers %j from the knowledge', (question, fact) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(text(answer)).toContain(fact);
  });

  it('names the degree asked about even when the profile lists no education', () => {
    const answer = ask('Does he have a PhD?');
    expect(answer.answered).toBe(false);
    expect(text(answer)).toMatch(/doesn't mention a PhD/);
  });

  it('points to the owner when the profile does not say', () => {
    const answer = ask('Is he available for freelance work?');
    expect(answer.answered).toBe(false);
    expect(text(answer)).toContain('fk.fahad96@gmail.com');
  });
});

describe('conversations', () => {
  it('keeps follow-up context per conversation', () => {
    ask('Tell me about the scheduling engine', 'a');
    expect(text(ask('does it handle time zones?', 'a'))).toContain('timezone awareness');
    ask('Which clouds does he use?', 'b');
    expect(text(ask('and databases?', 'b'))).toContain('MongoDB');
  });

  // "it" means the scheduling engine only where it was just asked about.
  const followUp = 'does it handle time zones?';

  it('never shares context between conversations', () => {
    ask('Tell me about the scheduling engine', 'alice');
    const alice = text(ask(followUp, 'alice'));
    const bob = text(ask(followUp, 'bob'));
    expect(alice).toContain('timezone awareness');
    expect(bob).toBe(text(ask(followUp)));
    expect(bob).not.toBe(alice);
  });

  it('forgets a conversation after its expiry', async () => {
    const shortLived = createAssistant(loadKnowledge('knowledge/profile.yaml'), {
      conversationTtlMs: 20,
    });
    shortLived.ask('Tell me about the scheduling engine', 'c');
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(text(shortLived.ask(followUp, 'c'))).toBe(text(shortLived.ask(followUp)));
    expect(text(shortLived.ask(followUp, 'c'))).not.toContain('timezone awareness');
  });
});

describe('a question asked again', () => {
  it('gets the same answer, and a context change still changes it', () => {
    const first = text(ask('does it handle time zones?', 'again'));
    expect(text(ask('does it handle time zones?', 'again'))).toBe(first);
    ask('Tell me about the scheduling engine', 'again');
    expect(text(ask('does it handle time zones?', 'again'))).toContain('timezone awareness');
    // The context stays for the next follow-up, however often the same one is asked.
    expect(text(ask('does it handle time zones?', 'again'))).toContain('timezone awareness');
  });

  it('is not changed for the next asker by what one receiver does with its answer', () => {
    const answer = ask('What are his skills?');
    const before = JSON.stringify(answer);
    expect(() => answer.suggestions.push('a suggestion of my own')).toThrow(TypeError);
    expect(() => {
      (answer as { text: string }).text = 'changed';
    }).toThrow(TypeError);
    expect(JSON.stringify(ask('What are his skills?'))).toBe(before);
  });
});

describe('outside the profile', () => {
  it.each([
    'What is the capital of France?',
    'write me a poem',
    'lkjhg poiuy',
    'who won the world cup',
    // The profile names Pakistan; a fact about the country is still no fact about him.
    "what's the capital of Pakistan?",
    'what is the population of Pakistan',
  ])('declines %j with suggestions, never a confident wrong answer', (question) => {
    const answer = ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.confidence).toBe(0);
    expect(text(answer)).toContain("I only know about Fahad Khan's professional profile");
    expect(answer.suggestions.length).toBeGreaterThanOrEqual(2);
  });

  it('greets, thanks and helps', () => {
    expect(ask('hello there').topic).toBe('greeting');
    expect(ask('thank you!').topic).toBe('thanks');
    const help = ask('what can I ask you?');
    expect(help.topic).toBe('help');
    expect(text(help)).toContain('Does Fahad know');
  });
});

describe('suggestions and completion', () => {
  it('only suggests questions the knowledge answers', () => {
    const seen = new Set<string>();
    for (const q of [
      'k8s?',
      'projects',
      'nonsense words',
      'hello',
      'Tell me about Tactical RMM',
      'databases',
    ]) {
      for (const s of ask(q).suggestions) seen.add(s);
    }
    expect(seen.size).toBeGreaterThan(4);
    for (const suggestion of seen) expect(ask(suggestion).answered, suggestion).toBe(true);
  });

  it('offers only answerable questions for completion', () => {
    const pool = shipped.complete('', 1000);
    expect(pool.length).toBeGreaterThan(20);
    for (const question of pool) expect(ask(question).answered, question).toBe(true);
  });

  it('completes what the user typed, best match first', () => {
    const choices = shipped.complete('kube', 5);
    expect(choices[0]).toBe('Does Fahad know Kubernetes?');
    expect(shipped.complete('', 3)).toHaveLength(3);
    for (const choice of shipped.complete('contact')) expect(ask(choice).answered).toBe(true);
  });
});

describe('bad input', () => {
  it.each([
    ['empty', ''],
    ['whitespace', '   \n\t '],
    ['control characters', '\u0000\u0007\u001b[31m'],
    ['only emoji', '🙂🚀🔥'],
    ['only punctuation', '?!?!...'],
  ])('answers %s politely without throwing', (_label, question) => {
    const answer = ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.text.length).toBeGreaterThan(0);
  });

  it('refuses questions over 500 characters politely and fast', () => {
    const answer = ask('docker '.repeat(100_000 / 7));
    expect(answer.topic).toBe('limit');
    expect(answer.text).toContain('500 characters');
  });

  it('sees through zero-width characters and direction overrides', () => {
    expect(text(ask('Does he know Ku\u200Bber\u200Dnetes?'))).toContain('Kubernetes');
    expect(text(ask('\u202Edoes he know docker\u202C'))).toContain('Docker');
  });

  it('never echoes HTML or SQL back', () => {
    for (const q of ['<script>alert(1)</script> docker?', "docker'; DROP TABLE users; --"]) {
      const out = text(ask(q));
      expect(out).not.toContain('<script>');
      expect(out).not.toContain('DROP TABLE');
    }
  });
});

describe('any profile', () => {
  const ada: ProfileInput = {
    identity: {
      name: 'Ada Quinn',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Staff Data Engineer',
      location: 'Porto, Portugal',
      yearsOfExperience: 9,
    },
    skills: [
      {
        id: 'data',
        name: 'Data',
        skills: [{ name: 'Apache Airflow' }, { name: 'dbt' }, { name: 'Snowflake' }],
      },
      { id: 'languages', name: 'Languages', skills: [{ name: 'Python' }, { name: 'Scala' }] },
    ],
    roles: [
      {
        company: 'Harbor Freight Data',
        title: 'Staff Data Engineer',
        start: '2023',
        end: 'present',
      },
      {
        company: 'Northwind Analytics',
        title: 'Senior Data Engineer',
        start: '2019',
        end: '2023',
        highlights: [
          'Led a team of four data engineers.',
          'Cut nightly load time from 6 hours to 40 minutes.',
        ],
      },
    ],
    education: [{ institution: 'University of Porto', degree: 'MSc', field: 'Computer Science' }],
    languages: [
      { name: 'Portuguese', proficiency: 'native' },
      { name: 'English', proficiency: 'fluent' },
    ],
    sections: [
      { id: 'talks', title: 'Talks', items: ['"Small data, big wins" at PyData Lisbon 2023'] },
    ],
    faq: [
      {
        id: 'availability',
        questions: ['Is she available for new roles?'],
        answer: 'Ada is open to staff roles from March.',
      },
    ],
    contact: { email: 'ada@example.com' },
  };
  const assistant = createAssistant(ProfileSchema.parse(ada));

  it('speaks of the owner by name and pronouns from the knowledge', () => {
    const answer = assistant.ask('Does she know Airflow?');
    expect(text(answer)).toMatch(/^Yes — Ada lists Apache Airflow among her Data skills/);
    expect(JSON.stringify(assistant.ask('hello'))).not.toMatch(/Fahad|\bhis\b/);
  });

  it('answers roles, education and FAQ entries', () => {
    expect(text(assistant.ask('where has she worked?'))).toContain('Northwind Analytics');
    expect(text(assistant.ask('what did she study'))).toContain('University of Porto');
    expect(text(assistant.ask('is she available for new roles?'))).toContain(
      'open to staff roles from March',
    );
  });

  it('answers about one employer, and a follow-up about that job', () => {
    expect(text(assistant.ask('what did she do at Northwind?', 'n'))).toContain(
      'Led a team of four',
    );
    expect(text(assistant.ask('how long did the nightly load take?', 'n'))).toContain(
      '6 hours to 40 minutes',
    );
  });

  it('says which certifications she has, and which she has not', () => {
    const certified = createAssistant(
      ProfileSchema.parse({ ...ada, certifications: [{ name: 'OSCP', year: '2019' }] }),
    );
    expect(text(certified.ask('does she have the CEH?'))).toMatch(
      /^No — no CEH \(Certified Ethical Hacker\) certification is in Ada's profile/,
    );
    expect(text(certified.ask('is she OSCP certified?'))).not.toMatch(/^No/);
  });

  it('names the current employer with the title, and goes back in time on "and before that?"', () => {
    expect(text(assistant.ask("what's her current job?", 'j'))).toContain('Harbor Freight Data');
    assistant.ask('what did she do at Harbor Freight?', 'j');
    expect(text(assistant.ask('and before that?', 'j'))).toContain('Northwind Analytics');
  });

  it('says which degrees and languages she has, and which she has not', () => {
    expect(text(assistant.ask('does she have a PhD?'))).toMatch(/^No — Ada's profile lists no PhD/);
    expect(text(assistant.ask('does she have a masters degree?'))).not.toMatch(/^No/);
    expect(text(assistant.ask('can she speak German?'))).toMatch(/^No — German isn't among/);
    expect(text(assistant.ask('how good is her portuguese?'))).toMatch(
      /^Yes — Portuguese \(native\)/,
    );
  });

  it('keeps a line found by search as the subject of the next question', () => {
    assistant.ask('tell me about PyData Lisbon', 't');
    expect(text(assistant.ask('what was it about?', 't'))).toContain('Small data, big wins');
  });

  it('finds talks when asked about conferences, and takes thanks as thanks', () => {
    expect(text(assistant.ask('has she spoken at conferences?'))).toContain('PyData Lisbon');
    expect(assistant.ask('thanks, that was really helpful').topic).toBe('thanks');
  });

  it('says no to what this profile lacks', () => {
    expect(text(assistant.ask('Does she know Kubernetes?'))).toMatch(
      /^No — Kubernetes isn't in Ada's profile/,
    );
  });
});
