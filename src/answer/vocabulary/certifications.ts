/**
 * Levels that many vendors' certificates share ("AWS Certified … – Specialty", "Azure …
 * Associate"): alone, none of them names a certificate.
 */
export const CERTIFICATE_LEVELS: readonly string[] = [
  'specialty',
  'speciality',
  'associate',
  'professional',
  'foundation',
  'foundational',
  'fundamentals',
  'practitioner',
  'expert',
  'advanced',
  'intermediate',
  'beginner',
];

/**
 * Certifications people ask about by their short names, so "does she have the CEH?" is understood
 * and gets a clear no when the profile lists others.
 */
export const CERTIFICATIONS: readonly {
  name: string;
  words: readonly string[];
  /** Skills it certifies, by their names in lower case: "agile certs?" finds a ScrumMaster. */
  about?: readonly string[];
}[] = [
  { name: 'CEH', words: ['ceh', 'certified ethical hacker'] },
  { name: 'OSCP', words: ['oscp'] },
  { name: 'OSWE', words: ['oswe'] },
  { name: 'OSEP', words: ['osep'] },
  { name: 'CISSP', words: ['cissp'] },
  { name: 'CISM', words: ['cism'] },
  { name: 'CISA', words: ['cisa'] },
  { name: 'CompTIA Security+', words: ['security+', 'comptia security'] },
  { name: 'CCNA', words: ['ccna'] },
  { name: 'CCNP', words: ['ccnp'] },
  { name: 'CCIE', words: ['ccie'] },
  { name: 'JNCIA', words: ['jncia'] },
  { name: 'JNCIP', words: ['jncip'] },
  { name: 'JNCIE', words: ['jncie'] },
  { name: 'PCNSE', words: ['pcnse'] },
  {
    name: 'RHCSA',
    words: ['rhcsa', 'red hat certified system administrator'],
    about: ['red hat enterprise linux'],
  },
  {
    name: 'RHCE',
    words: ['rhce', 'red hat certified engineer'],
    about: ['red hat enterprise linux'],
  },
  { name: 'LPIC', words: ['lpic', 'lpic-1', 'lpic-2'] },
  { name: 'CompTIA Network+', words: ['network+', 'comptia network'] },
  { name: 'CKA', words: ['cka', 'certified kubernetes administrator'], about: ['kubernetes'] },
  {
    name: 'CKAD',
    words: ['ckad', 'certified kubernetes application developer'],
    about: ['kubernetes'],
  },
  {
    name: 'CKS',
    words: ['cks', 'certified kubernetes security specialist'],
    about: ['kubernetes'],
  },
  { name: 'SnowPro', words: ['snowpro', 'snowpro core', 'snowpro advanced'], about: ['snowflake'] },
  {
    name: 'Terraform Associate',
    words: ['terraform associate', 'hashicorp certified'],
    about: ['terraform'],
  },
  { name: 'ISTQB', words: ['istqb', 'ctfl', 'ctal'], about: ['testing'] },
  { name: 'OSCE', words: ['osce'] },
  { name: 'GIAC', words: ['giac', 'gpen', 'gcih', 'gwapt', 'gcld'] },
  { name: 'Salesforce certification', words: ['salesforce certified'], about: ['salesforce'] },
  { name: 'PMP', words: ['pmp'], about: ['project management'] },
  {
    name: 'Scrum Master',
    words: ['csm', 'psm', 'scrum master', 'scrummaster', 'certified scrummaster'],
    about: ['agile', 'scrum'],
  },
  { name: 'ITIL', words: ['itil'] },
  {
    name: 'Trusted Tester',
    words: ['trusted tester', 'dhs trusted tester'],
    about: ['accessibility'],
  },
  { name: 'CPACC', words: ['cpacc'], about: ['accessibility'] },
  { name: 'WAS', words: ['web accessibility specialist'], about: ['accessibility'] },
  {
    name: 'Oracle Java certification',
    words: ['oracle java', 'ocp', 'ocajp', 'ocpjp', 'oracle certified professional java'],
    about: ['java'],
  },
  { name: 'TOGAF', words: ['togaf'] },
  { name: 'AWS certification', words: ['aws certified', 'aws certification'] },
  {
    name: 'Google Cloud certification',
    words: ['gcp certified', 'google cloud certified', 'google cloud certification'],
  },
  {
    name: 'Azure certification',
    words: ['azure certified', 'azure certification', 'az-900', 'az-104'],
  },
];
