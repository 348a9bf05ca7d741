import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';

const texts = (jd: string) => readRequirements(jd).map((r) => `${r.kind}: ${r.text}`);

describe('a hiring post written as a tweet', () => {
  const post = [
    '📣 We are growing @ Parcelo 📦 (route planning for couriers, 25 ppl)',
    '',
    'Backend #rust person wanted:',
    '🔹 4+ yrs building APIs',
    '🔹 #terraform on #aws',
    '⭐ #clickhouse = bonus',
    '📍 remote within UTC±3',
    '💶 £70-85k + share options',
    '',
    'Agencies please skip 🙏 reply here',
    '#jobs #startup #logistics',
  ].join('\n');

  it('reads icon-led lines as list items and hashtags as the things they name', () => {
    expect(texts(post)).toEqual([
      'must: Backend rust person wanted',
      'must: 4+ yrs building APIs',
      'must: terraform on aws',
      'nice: clickhouse = bonus',
      'must: remote within UTC±3',
    ]);
  });

  it('reports neither the pay line, the sign-off nor the topic tags', () => {
    const read = texts(post).join('\n');
    expect(read).not.toMatch(/£70|share options|agencies|jobs|startup|logistics/i);
  });

  it('keeps the mark of C# and a lone callout icon as they were', () => {
    const jd = '## Requirements\n- 3+ years of C# and .NET\n\n⚠️ **Note:** you live in Canada.\n';
    expect(texts(jd)).toEqual(['must: 3+ years of C# and .NET', 'must: Note: you live in Canada.']);
  });
});
