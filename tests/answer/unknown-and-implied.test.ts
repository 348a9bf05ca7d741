import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** A profile with tools named only in its text and skills, as imports of new fields leave them. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Wren Adeyemi',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Test automation engineer',
    },
    summary: ['I teach a test design course every Spring 2024 and Fall 2025 term.'],
    skills: [
      { id: 'testing', name: 'Testing', skills: [{ name: 'RSpec' }, { name: 'Cucumber' }] },
      { id: 'performance', name: 'Performance', skills: [{ name: 'JMeter' }] },
      { id: 'data', name: 'Data', skills: [{ name: 'Redis' }, { name: 'Slurm' }] },
    ],
    roles: [
      {
        company: 'Orbit Labs',
        title: 'QA Engineer',
        highlights: ['Ran simulations in MuJoCo for the grasping team.'],
      },
    ],
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('skills a listed tool implies', () => {
  it.each([
    ['any bdd experience', /^Yes — through Cucumber/],
    ['caching experience?', /^Yes — through Redis/],
    ['does she have hpc experience', /^Yes — through Slurm/],
  ])('%s', (question, expected) => {
    expect(ask(question)).toMatch(expected);
  });

  it('answers a question about testing with the testing tools, never a no', () => {
    const out = ask('does she write tests?');
    expect(out).not.toMatch(/^No/);
    expect(out).toContain('RSpec');
  });

  it('finds a tool named only in a role line for what it implies', () => {
    expect(ask('physics simulation experience?')).not.toMatch(/^No/);
  });
});

describe('names nothing in the profile knows', () => {
  it('answers a bare unknown name with a clear no', () => {
    expect(ask('hanami?')).toMatch(/^No — Hanami isn't in Wren's profile/);
  });

  it('says no to an unknown tool asked with a group, and names what the group holds', () => {
    expect(ask('does she know gatling for perf tests')).toMatch(
      /^No — Gatling isn't in Wren's profile\. For performance it lists JMeter/,
    );
  });

  it('does not take a season with its year for the Spring framework', () => {
    expect(ask('does she know java')).toMatch(/^No — Java isn't in Wren's profile/);
  });

  it('does not turn an English word into a tool the profile lacks', () => {
    expect(ask('any VR experience (quest etc)?')).not.toMatch(/qTest/);
    expect(ask('has she shipped on consoles?')).not.toMatch(/ShellSession/);
  });

  it('declines keyboard mash instead of denying it', () => {
    expect(ask('lkjhg')).toMatch(/^I don't know/);
  });
});

describe('a framework built on another', () => {
  const assistant = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Sol Ferreira',
        pronouns: { subject: 'they', object: 'them', possessive: 'their' },
        title: 'Storefront developer',
      },
      skills: [{ id: 'web', name: 'Web', skills: [{ name: 'Hydrogen' }, { name: 'Liquid' }] }],
    }),
  );

  it('answers "can they work in react?" through Hydrogen', () => {
    expect(
      answerToPlainText(assistant.ask('can they work in react? our team is all react')),
    ).toMatch(/^Yes — through Hydrogen/);
  });
});

describe('console platforms named only in role lines', () => {
  const assistant = createAssistant(
    ProfileSchema.parse({
      identity: { name: 'Ilmari Koski', title: 'Gameplay Programmer' },
      skills: [{ id: 'engines', name: 'Engines', skills: [{ name: 'Unreal Engine' }] }],
      roles: [
        {
          company: 'Lumivaara Games',
          title: 'Gameplay Programmer',
          highlights: ['Shipped Frostbound on PS5 and Xbox Series X|S in 2024.'],
        },
      ],
    }),
  );

  it('answers "has he shipped on consoles?" with the platforms, never a no', () => {
    const text = answerToPlainText(assistant.ask('has he shipped on consoles?'));
    expect(text).toContain('PS5');
    expect(text).not.toMatch(/^No/);
  });
});

describe('unknown tools in more question shapes', () => {
  const assistant = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Ines Varga',
        pronouns: { subject: 'she', object: 'her', possessive: 'her' },
        title: 'Gameplay programmer',
      },
      skills: [{ id: 'engines', name: 'Engines', skills: [{ name: 'Unreal Engine' }] }],
      sections: [{ id: 'other', title: 'Other', items: ['Driving licence: B'] }],
    }),
  );
  const ask = (q: string) => answerToPlainText(assistant.ask(q));

  it('reads the name before "experience" with an aside after it', () => {
    expect(ask('any VR experience (quest etc)?')).toMatch(/^No — VR isn't in Ines's profile/);
  });

  it('reads the tool closing a question about modelling', () => {
    expect(ask('can she do 3d modelling in blender')).toMatch(/^No — Blender isn't/);
  });

  it('finds a British spelling for an American question', () => {
    expect(ask('does she have a drivers license')).toContain('Driving licence: B');
  });
});

describe('a product named with a technology the profile lists', () => {
  const assistant = createAssistant(
    ProfileSchema.parse({
      identity: { name: 'Nino Beridze', title: 'Network Engineer' },
      skills: [
        { id: 'systems', name: 'Systems', skills: [{ name: 'Linux' }, { name: 'Bash' }] },
        { id: 'testing', name: 'Test automation', skills: [{ name: 'Java' }, { name: 'JUnit' }] },
      ],
    }),
  );
  const says = (q: string) => answerToPlainText(assistant.ask(q));

  it('says no to "cumulus linux", not yes through Linux', () => {
    expect(says('has she used cumulus linux')).toMatch(/^No — Cumulus Linux isn't/);
  });

  it('still says yes to Linux itself, and to a qualified one', () => {
    expect(says('does she know linux')).toMatch(/^Yes/);
    expect(says('strong bash?')).toMatch(/^Yes/);
  });

  it('does not list a group under a language it does not hold', () => {
    const text = says('rust for test automation?');
    expect(text).toMatch(/^No — Rust isn't/);
    expect(text).not.toMatch(/\(Rust\) skills/);
  });

  it('reads "any scripting?" as the scripting languages listed', () => {
    expect(says('any scripting?')).toContain('Bash');
  });
});

describe('a short technology name with a word that makes it something else', () => {
  it('does not answer "node pools" with Node.js', () => {
    const assistant = createAssistant(
      ProfileSchema.parse({
        identity: { name: 'Ama Owusu', title: 'Backend Engineer' },
        skills: [{ id: 'be', name: 'Backend', skills: [{ name: 'Node.js' }] }],
      }),
    );
    expect(answerToPlainText(assistant.ask('has she managed node pools?'))).not.toMatch(/Node\.js/);
  });
});

describe('a field named by a word the profile never writes', () => {
  it('answers "defi exp?" from the lending and staking lines, never a no', () => {
    const assistant = createAssistant(
      ProfileSchema.parse({
        identity: { name: 'Rok Zupan', title: 'Smart Contract Engineer' },
        skills: [{ id: 'chain', name: 'Chain', skills: [{ name: 'Solidity' }] }],
        summary: ['Four years writing Solidity for lending and staking protocols.'],
      }),
    );
    const text = answerToPlainText(assistant.ask('defi exp?'));
    expect(text).toContain('lending and staking');
    expect(text).not.toMatch(/^No/);
  });
});

describe('a practice named with a word nothing knows', () => {
  const assistant = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Ada Quill',
        pronouns: { subject: 'she', object: 'her', possessive: 'her' },
        title: 'Penetration tester',
      },
      skills: [
        { id: 'tooling', name: 'Tooling', skills: [{ name: 'Ghidra' }, { name: 'x64dbg' }] },
      ],
    }),
  );
  const ask = (q: string) => answerToPlainText(assistant.ask(q));

  it('names the whole practice in the no: "prompt engineering", not "Prompt"', () => {
    expect(ask('any prompt engineering experience?')).toMatch(
      /^No — Prompt Engineering isn't in Ada's profile/,
    );
  });

  it('finds reverse engineering through the tools that do it', () => {
    const text = ask('any reverse engineering experience?');
    expect(text).not.toMatch(/^No/);
    expect(text).toMatch(/Ghidra/);
  });
});
