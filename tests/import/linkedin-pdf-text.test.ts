import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// The text of a LinkedIn profile saved as PDF, as a copy from a PDF viewer gives it: no
// headings, the sidebar first and wrapped at its width, page footers between the lines.
const text = [
  '   ',
  'Contact',
  'marisol.quintero@example.com',
  'www.linkedin.com/in/marisol-quintero',
  '(LinkedIn)',
  'Top Skills',
  'Kotlin',
  'Jetpack Compose',
  'Languages',
  'Spanish (Native or Bilingual)',
  'English (Full Professional)',
  'Certifications',
  'AWS Certified Solutions Architect -',
  'Associate',
  'Google Cloud Certified - Professional',
  'Cloud Developer',
  'Scrum Fundamentals Certified',
  'Honors-Awards',
  'Best Fintech App 2021 – Gold Medal',
  'Women in Tech Scholarship',
  'Marisol Quintero',
  'Lead Android Engineer at Pagamento | Kotlin · Compose · KMP |',
  'Payments on mobile',
  'Medellín, Antioquia, Colombia',
  'Summary',
  'I build Android apps that move money, and I have done so for nine years.',
  'Experience',
  'Pagamento S.A.S.',
  '4 years 2 months',
  'Lead Android Engineer',
  'January 2023 - Present (1 year 11 months)',
  'Medellín, Antioquia, Colombia',
  'Lead for the wallet app (team of 6).',
  '                                                   Page 1 of 2',
  '   ',
  'Android Engineer',
  'October 2020 - December 2022 (2 years 3 months)',
  'Medellín, Antioquia, Colombia',
  'Moved the checkout to Jetpack Compose.',
  'Rappi',
  'Android Developer',
  'March 2016 - September 2020 (4 years 7 months)',
  'Bogotá, Colombia',
  'Built the courier app.',
  'Education',
  'Universidad de Antioquia',
  'Bachelor of Engineering - BE, Systems Engineering · (2010 - 2015)',
  '                                                   Page 2 of 2',
].join('\n');

describe('a LinkedIn profile saved as PDF, read as plain text', () => {
  const { profile } = imported(text);

  it('reads the name, the headline’s title and the place below it', () => {
    expect(profile.identity.name).toBe('Marisol Quintero');
    expect(profile.identity.title).toBe('Lead Android Engineer');
    expect(profile.identity.location).toBe('Medellín, Antioquia, Colombia');
  });

  it('reads each position under its company, past the page footer', () => {
    expect(profile.roles.map((r) => [r.company, r.title])).toEqual([
      ['Pagamento S.A.S.', 'Lead Android Engineer'],
      ['Pagamento S.A.S.', 'Android Engineer'],
      ['Rappi', 'Android Developer'],
    ]);
  });

  it('joins a certificate wrapped at the sidebar’s width, and keeps the next one apart', () => {
    expect(profile.certifications.map((c) => c.name)).toEqual([
      'AWS Certified Solutions Architect - Associate',
      'Google Cloud Certified - Professional Cloud Developer',
      'Scrum Fundamentals Certified',
    ]);
  });

  it('reads the sidebar’s languages, skills, awards and contact', () => {
    expect(profile.languages.map((l) => l.name)).toEqual(['Spanish', 'English']);
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['Kotlin', 'Jetpack Compose']));
    expect(profile.awards.map((a) => a.title).join(' | ')).toMatch(
      /Best Fintech App 2021.*\|.*Women in Tech Scholarship/,
    );
    expect(profile.contact.email).toBe('marisol.quintero@example.com');
    expect(profile.contact.linkedin).toMatch(/linkedin\.com\/in\/marisol-quintero/);
  });

  it('reads the school, its degree with the short form LinkedIn adds, and the field', () => {
    expect(profile.education[0]).toMatchObject({
      institution: 'Universidad de Antioquia',
      degree: 'Bachelor of Engineering (BE)',
      field: 'Systems Engineering',
      start: '2010',
      end: '2015',
    });
  });
});

// The same export where the descriptions are written as "- " bullets, one of them wrapped.
const bulleted = [
  'Contact',
  'ines.baptista@example.com',
  'www.linkedin.com/in/ines-baptista (LinkedIn)',
  'Top Skills',
  'Apache Spark',
  'Ines Baptista',
  'Senior Data Engineer',
  'Porto, Portugal',
  'Experience',
  'Corvina Pay',
  'Senior Data Engineer',
  'March 2022 - Present (2 years 9 months)',
  'Porto, Portugal',
  '- Led the ledger pipeline: Kafka -> Spark Structured Streaming ->',
  'Delta Lake. Lag went from hours to minutes.',
  'Skills: Apache Spark · Apache Kafka',
  'Atlantic Analytics',
  '5 years 2 months',
  'Data Engineer II',
  'January 2019 - February 2022 (3 years 2 months)',
  'Page 1 of 2',
  'Braga, Portugal',
  '- Built a churn feature store on AWS EMR.',
  'Data Engineer',
  'January 2017 - December 2018 (2 years)',
  'Braga, Portugal',
  'ETL in Python and Scala.',
  'Education',
  'Universidade do Minho',
  'Master of Science - MSc, Data Science · (2015 - 2017)',
  'Page 2 of 2',
].join('\n');

describe('a LinkedIn PDF text whose descriptions are bullets', () => {
  const { profile } = imported(bulleted);

  it("reads every position, not the later ones as lines of the first one's last bullet", () => {
    expect(profile.roles.map((r) => [r.company, r.title, r.start])).toEqual([
      ['Corvina Pay', 'Senior Data Engineer', '2022-03'],
      ['Atlantic Analytics', 'Data Engineer II', '2019-01'],
      ['Atlantic Analytics', 'Data Engineer', '2017-01'],
    ]);
  });
});
