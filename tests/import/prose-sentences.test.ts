import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

/** An about page whose every fact is in a sentence, hard-wrapped as an editor leaves it. */
const ABOUT = `# About

Hi, I'm Ilona Varga. I'm a lead acoustics engineer in the noise and vibration team at
Tarnoc Rail Systems, where we design the bogies for regional trains. I live in Győr and work
from the plant two days a week.

I've been doing vibration analysis for ten years. After my MSc in Mechanical Engineering at
the Budapest University of Technology I joined Sopron Motors as a test engineer in 2015.
That is where I learned MATLAB and Simulink properly.

I keep a small open-source library, modalfit, that fits modal parameters to measured
frequency response data. I became a Chartered Engineer (CEng, MIMechE) with the IMechE in 2021.

I'm looking for a role in rail or wind, ideally here in Győr. My notice period is two
months, so I could start in April 2027.

Write to me at ilona.varga@example.org. I'm on GitHub as ivarga-nv and on LinkedIn at
linkedin.com/in/ilona-varga-nv.
`;

describe('facts stated only in sentences', () => {
  const { profile } = importMarkdownProfile(ABOUT);

  it('reads the current job from "I\'m a … in the … team at …"', () => {
    expect(profile.roles[0]).toMatchObject({
      company: 'Tarnoc Rail Systems',
      title: 'Lead acoustics engineer',
      end: 'present',
    });
  });

  it('ends a place, a school and a name with their sentence or clause', () => {
    expect(profile.identity.location).toBe('Győr');
    expect(profile.education[0]).toMatchObject({
      institution: 'Budapest University of Technology',
      degree: 'MSc',
    });
  });

  it('keeps both what the owner looks for and when they could start', () => {
    expect(profile.identity.availability).toMatch(/looking for a role in rail or wind/i);
    expect(profile.identity.availability).toContain('I could start in April 2027');
  });

  it('reads a chartered title as held, with its body and year', () => {
    expect(profile.certifications).toEqual([
      { name: 'Chartered Engineer (CEng, MIMechE)', issuer: 'IMechE', year: '2021' },
    ]);
  });

  it('reads the accounts named in a sentence', () => {
    expect(profile.contact).toMatchObject({
      email: 'ilona.varga@example.org',
      github: 'https://github.com/ivarga-nv',
      linkedin: 'https://linkedin.com/in/ilona-varga-nv',
    });
  });

  it('reads a project named after what it is, and a tool named beside a known one', () => {
    expect(profile.projects.map((p) => p.name)).toContain('modalfit');
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['MATLAB', 'Simulink']));
  });
});

describe('a career told as a story', () => {
  const { profile } = importMarkdownProfile(`# About

Hi, I'm Lise Arsenault. I'm a lighting technical director in Montreal, Quebec, and for the
past twelve years I've worked on the software behind animated films. Since March 2021 I've
been at Northlight Animation, where I lead the lighting tools team.

I did my DEC in computer animation at the Cégep de Jonquière and went on to a B.Sc. in
computer science at the Université de Sherbrooke. My first job was as a junior compositor at
Studio Kestrel, writing Nuke gizmos in Python; later I maintained our Houdini and Maya tools.

I also hold the Red Hat Certified System Administrator (RHCSA) certificate.

French is my first language and I work in English every day.
`);

  it('reads the place, the years and the current job from the sentences that say them', () => {
    expect(profile.identity).toMatchObject({
      location: 'Montreal, Quebec',
      yearsOfExperience: 12,
    });
    expect(profile.roles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ company: 'Northlight Animation', start: '2021-03' }),
        expect.objectContaining({ company: 'Studio Kestrel', title: 'Junior compositor' }),
      ]),
    );
  });

  it('reads each study, in lower case or with its school in French', () => {
    expect(profile.education.map((e) => [e.degree, e.field, e.institution])).toEqual([
      ['DEC', 'computer animation', 'Cégep de Jonquière'],
      ['B.Sc.', 'computer science', 'Université de Sherbrooke'],
    ]);
  });

  it('reads the certificate "also" held and the first language', () => {
    expect(profile.certifications.map((c) => c.name)).toEqual([
      'Red Hat Certified System Administrator (RHCSA)',
    ]);
    expect(profile.languages[0]).toEqual({ name: 'French', proficiency: 'native' });
  });

  it('knows the tools of visual effects named in passing', () => {
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['Nuke', 'Houdini', 'Maya', 'Python']));
  });
});

describe('a job joined in a year the sentence opens with', () => {
  it('takes that year as the start', () => {
    const { profile } = importMarkdownProfile(`# About

I'm Tova Lind, a pipeline developer. In 2019 I joined Fjellheim Animation in Oslo as a pipeline
developer on their feature side.
`);
    expect(profile.roles.find((r) => r.company === 'Fjellheim Animation')?.start).toBe('2019');
  });
});
