/**
 * Certifications people ask about by their short names, so "does she have the CEH?" is understood
 * and gets a clear no when the profile lists others.
 */
export const CERTIFICATIONS: readonly { name: string; words: readonly string[] }[] = [
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
  { name: 'CKA', words: ['cka', 'certified kubernetes administrator'] },
  { name: 'CKAD', words: ['ckad'] },
  { name: 'CKS', words: ['cks'] },
  { name: 'PMP', words: ['pmp'] },
  { name: 'Scrum Master', words: ['csm', 'psm', 'scrum master'] },
  { name: 'ITIL', words: ['itil'] },
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
