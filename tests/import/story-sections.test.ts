import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

// An about page: the job held now on a labelled line, the earlier ones told under a heading of
// their own, a certificate told with the reason it was taken.
const page = `# Hi, I'm Carys Pryce

Frontend engineer.

**Currently:** Design Systems Lead at Harbourline, moving our checkout onto Next.js.

## How I got here

Straight out of uni I joined Inkwell, a tiny agency in Cardiff, as a web developer. Four
years of marketing sites taught me CSS the hard way.

In 2019 I moved to Larkspur Travel in Bristol. I spent three years at Larkspur as a senior
frontend engineer, first on the booking funnel and later on the build pipeline.

I also hold the AWS Certified Developer – Associate cert (passed in 2021), mostly because
Larkspur paid for the exam and I was too stubborn to fail it.
`;

const { profile } = importMarkdownProfile(page);

describe('an about page whose jobs are a story', () => {
  it('takes the job held now without the label that says it is current', () => {
    expect(profile.identity.title).toBe('Design Systems Lead');
    expect(profile.roles[0]).toMatchObject({
      title: 'Design Systems Lead',
      company: 'Harbourline',
    });
  });

  it('reads the earlier jobs told under a heading of their own', () => {
    const companies = profile.roles.map((r) => r.company);
    expect(companies).toEqual(expect.arrayContaining(['Inkwell', 'Larkspur']));
  });

  it('reads the certificate and not the reason given for it', () => {
    expect(profile.certifications.map((c) => c.name)).toEqual([
      'AWS Certified Developer – Associate',
    ]);
  });
});
