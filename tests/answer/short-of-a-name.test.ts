import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { createFit } from '../../src/fit/fit.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/**
 * A profile that names "ReDI School", a school, and payment work in the singular: a word
 * written as a name of its own is not a technology whose name it falls one "s" short of.
 */
const profile = ProfileSchema.parse({
  identity: {
    name: 'Lena Vogt',
    pronouns: { subject: 'she', object: 'her', possessive: 'her' },
    title: 'Frontend Engineer',
  },
  skills: [{ id: 'web', name: 'Web', skills: [{ name: 'React' }, { name: 'PostgreSQL' }] }],
  sections: [
    {
      id: 'outside-work',
      title: 'Outside work',
      items: ['Volunteer coach at ReDI School in Berlin.'],
    },
  ],
  roles: [
    {
      company: 'Kasse',
      title: 'Frontend Engineer',
      highlights: ['Built the payment form used by 40 shops.'],
    },
  ],
});
const assistant = createAssistant(profile);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('a name written short of a technology’s "s"', () => {
  it('"ReDI School" is no Redis: the answer is a clear no', () => {
    expect(ask('does she know redis?')).toMatch(/^No — Redis isn't in Lena's profile/);
  });

  it('nor does a job description’s Redis find it', () => {
    const report = createFit(profile).fit('## Requirements\n- Redis');
    expect(report.requirements[0]?.status).toBe('missing');
  });

  it('an ordinary word in the singular still finds the plural name', () => {
    expect(ask('any payments work?')).toContain('payment form');
  });
});

describe('the words asked beside a technology', () => {
  const mobile = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Achieng Otieno',
        pronouns: { subject: 'she', object: 'her', possessive: 'her' },
        title: 'Mobile Engineer',
      },
      summary: [
        'Nairobi-based, I build Flutter apps for savings groups.',
        'I like event-driven designs and a quiet platform team.',
      ],
      skills: [{ id: 'mobile', name: 'Mobile', skills: [{ name: 'Flutter' }] }],
      roles: [
        {
          company: 'Chama Tech',
          title: 'Mobile Engineer',
          highlights: ['Integrated M-Pesa through the Daraja API.'],
        },
      ],
    }),
  );
  const say = (q: string) => answerToPlainText(mobile.ask(q));

  it('"mpesa payments?" finds M-Pesa in a role line: never a "no" to payments', () => {
    const text = say('has she integrated mpesa payments before?');
    expect(text).not.toMatch(/^No/);
    expect(text).toContain('M-Pesa');
  });

  it('the asker’s context words do not stop a clear no', () => {
    // "event" and "platform" are in the profile; Kafka is not.
    expect(say('Has she worked with Kafka? Our event bus and platform team run on Kafka')).toMatch(
      /^No — Kafka isn't in Achieng's profile/,
    );
  });

  it('a place written "Nairobi-based" is no missing location', () => {
    const text = say("Where's she based?");
    expect(text).not.toMatch(/doesn't mention a location/);
    expect(text).toContain('Nairobi');
  });
});
