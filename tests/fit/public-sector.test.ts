import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';

const texts = (jd: string) => readRequirements(jd).map((r) => `${r.kind}: ${r.text}`);

const advert = [
  'Data Platform Engineer',
  '',
  'Contract type',
  'Fixed term',
  '',
  'Type of role',
  'Analytics',
  'Security',
  'Working pattern',
  'Compressed hours, Job share',
  '',
  'Essential criteria',
  '',
  'You will need to show:',
  '',
  '- experience building data pipelines in Python',
  '- experience with PostgreSQL',
  '',
  'Desirable criteria',
  '',
  '- experience with Apache Spark',
  '',
  'Things you need to know',
  '',
  'Selection process details',
  '',
  'This campaign assesses your Strengths and Experience. At sift we read a 250-word statement.',
  '',
  'Security',
  '',
  'Appointees must undergo a basic disclosure check.',
  '',
  'This role requires active Developed Vetting (DV) clearance.',
  '',
  'Working for the Council',
  '',
  'The Code of Conduct sets out the standards expected of council staff.',
].join('\n');

describe('a public-sector advert', () => {
  it('reads essential and desirable criteria and the clearance the post requires', () => {
    expect(texts(advert)).toEqual([
      'must: experience building data pipelines in Python',
      'must: experience with PostgreSQL',
      'nice: experience with Apache Spark',
      'must: This role requires active Developed Vetting (DV) clearance.',
    ]);
  });

  it('reads neither the field list, the selection process, the checks nor the code of conduct', () => {
    expect(texts(advert).join('\n')).not.toMatch(
      /job share|sift|disclosure check|code of conduct/i,
    );
  });
});
