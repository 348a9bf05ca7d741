import { describe, expect, it } from 'vitest';
import { fitFor } from './profile-fit.ts';

const POST = `Kitewing | Frontend Engineer | Remote (EU)

We build a route planner for cargo bikes. You know TypeScript well and have shipped React apps. Bonus: a background in logistics, Kafka/Flink, anything iOS, Android or Flutter, or having written about engineering in public.`;

const reported = (key: string, text: string) => {
  const report = fitFor(key).fit(text);
  return [
    ...report.requirements.map((r) => ({ text: r.requirement, status: r.status, kind: r.kind })),
    ...report.unclassified.map((t) => ({ text: t, status: 'unclassified', kind: undefined })),
  ];
};
const find = (key: string, text: string, part: string) =>
  reported(key, text).filter((r) => r.text.includes(part));

describe('a bonus line listing separate asks', () => {
  it('reports each item of the list on its own, as a nice-to-have', () => {
    const lines = reported('tomas-arvelo', POST).filter((r) => r.kind === 'nice');
    expect(lines.map((r) => r.text)).toEqual([
      'Bonus: a background in logistics',
      'Kafka/Flink',
      'anything iOS, Android or Flutter',
      'having written about engineering in public',
    ]);
  });

  it('does not let the first item held meet the items the profile lacks', () => {
    // Tomas lists design systems and Figma work, none of the streaming or mobile items.
    expect(find('tomas-arvelo', POST, 'Kafka/Flink')[0]?.status).toBe('missing');
    expect(find('tomas-arvelo', POST, 'written about')[0]?.status).toBe('missing');
  });

  it('keeps a list of bare alternatives as one requirement under a must', () => {
    const text = '## Requirements\n- Production work in Go, Rust, or Zig';
    expect(reported('shipped', text).map((r) => r.text)).toEqual([
      'Production work in Go, Rust, or Zig',
    ]);
  });
});

describe('asks for a public voice', () => {
  const text = '## Nice to have\n- Having written about web performance in public';
  it('is met by articles the profile lists, and missing without any', () => {
    expect(find('amara-okafor', text, 'written')[0]?.status).toBe('met');
    expect(find('tomas-arvelo', text, 'written')[0]?.status).toBe('missing');
  });

  it('reads clear writing asked for a remote team through the writing listed, not the place', () => {
    const writing =
      "## Requirements\n- You communicate clearly in writing: we're remote-first and our decisions live in docs";
    expect(find('dan-okafor', writing, 'writing')[0]?.status).toBe('met');
    expect(find('shipped', writing, 'writing')[0]?.status).not.toBe('met');
  });

  it('does not take blog posts for a published paper', () => {
    const paper = '## Nice to have\n- A published paper in a peer-reviewed venue';
    expect(find('dan-okafor', paper, 'paper')[0]?.status).toBe('missing');
  });

  it('reads talks and publications asked in Spanish', () => {
    const spanish = '## Valorable\n- Charlas en conferencias o publicaciones';
    expect(find('ingrid-vasquez-holm', spanish, 'Charlas')[0]?.status).toBe('met');
    expect(find('shipped', spanish, 'Charlas')[0]?.status).toBe('missing');
  });
});

describe('fields named in other shapes', () => {
  it('looks up the field of "a … background"', () => {
    const text = '## Nice to have\n- A design-system background';
    expect(find('tomas-arvelo', text, 'design-system')[0]?.status).toBe('met');
    expect(find('shipped', text, 'design-system')[0]?.status).toBe('missing');
  });

  it('reads a Spanish "Titulación en …" as a degree asked for', () => {
    const text = '## Requisitos\n- Titulación en Física, Estadística o similar';
    expect(find('nadia-okonkwo', text, 'Titulación')[0]?.status).toBe('met');
    expect(find('shipped', text, 'Titulación')[0]?.status).toBe('missing');
  });

  it('judges years after a comma on their own, in the kind of work named in the plural', () => {
    const text = '## Requirements\n- Elixir + Phoenix, 4+ yrs building frontends';
    const report = fitFor('shipped').fit(text);
    const [line] = report.requirements;
    expect(report.requirements).toHaveLength(1);
    // Six years of backend work are close to frontend years, not the same.
    expect(line?.parts).toEqual([
      { text: 'Elixir + Phoenix', status: 'missing' },
      { text: '4+ yrs building frontends', status: 'partial' },
    ]);
    expect(line?.status).toBe('partial');
  });
});

describe('two bonuses in one sentence of a recruiter mail', () => {
  it('reads "a bonus if …, and another bonus if …" as two nice-to-haves', () => {
    const report = fitFor('shipped').fit(
      "It's a bonus if you've worked in payments or fintech before, and another bonus if you hold an AWS certification (Solutions Architect or similar) as the client is an AWS partner.",
    );
    const asks = report.requirements.map((r) => [r.requirement.slice(0, 30), r.kind]);
    expect(asks).toEqual([
      ["It's a bonus if you've worked ", 'nice'],
      ['another bonus if you hold an A', 'nice'],
    ]);
    expect(report.requirements[1]?.status).not.toBe('met');
  });
});
