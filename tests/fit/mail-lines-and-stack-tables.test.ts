import { describe, expect, it } from 'vitest';
import { fitFor, statusIn } from './profile-fit.ts';

const statusOf = (key: string, line: string, heading = 'Requirements') =>
  fitFor(key).fit(`## ${heading}\n- ${line}`).requirements[0]?.status;

describe("a recruiter's wishes in prose", () => {
  it('"would love" is a wish, and no mention of the LÖVE game framework', () => {
    // The design-engineer fixture built a design system; the shipped profile did not.
    const report = fitFor('tomas-arvelo').fit(
      '## About the role\n- My client would also love someone who has worked on a design system, since their product teams are merging their UI kits.',
    );
    expect(report.requirements[0]?.kind).toBe('nice');
    expect(report.requirements[0]?.status).not.toBe('missing');
    expect(report.requirements[0]?.evidence.join(' ')).not.toContain('LÖVE');
  });

  it('reads "they need people within CET ±2 hours" as where the work happens', () => {
    const line =
      'Remote is fine, but the client needs people within CET ±2 hours for pairing, so anywhere from Ireland to Poland is okay.';
    expect(statusOf('tomas-arvelo', line)).toBe('met'); // Lisbon, UTC+0
    expect(statusOf('shipped', line)).toBe('missing'); // Lahore, UTC+5
  });

  it('reads days at a named hub as on-site work in that city', () => {
    const line = 'You can join us at our Lisbon Design Hub two days per week';
    expect(statusOf('tomas-arvelo', line)).toBe('met');
    expect(statusOf('shipped', line)).toBe('missing');
  });

  it('reads the EU named in French as the EU', () => {
    const line = "Vous résidez en Espagne ou dans un autre pays de l'Union européenne";
    expect(statusOf('tomas-arvelo', line, 'Profil recherché')).toBe('met');
    expect(statusOf('shipped', line, 'Profil recherché')).toBe('missing');
  });

  it('finds a field asked as "worked in X or another regulated space" in the work', () => {
    const line =
      "Ideally you'd have worked in healthcare or another regulated space before (audits, that kind of thing)";
    expect(statusOf('tomas-arvelo', line, 'Nice to have')).toBe('met');
  });

  it('meets fields offered as alternatives when the work shows one of them', () => {
    // The shipped profile led an EV infrastructure platform; nothing of gaming or biotech.
    expect(statusOf('shipped', "You've worked on EV chargers, solar or grid products")).toBe('met');
    expect(statusOf('shipped', "You've worked on gaming, aerospace or biotech products")).toBe(
      'missing',
    );
  });

  it('takes no referral bonus for a requirement', () => {
    const jd =
      "## Requirements\n- 5+ years of Go\n\nIf it's not for you but a friend might fit, there's a $500 referral bonus when they're hired.";
    const lines = fitFor('shipped')
      .fit(jd)
      .requirements.map((r) => r.requirement);
    expect(lines.some((l) => /referral/i.test(l))).toBe(false);
  });
});

describe('a stack table with what each tool is for', () => {
  const jd = `## Our stack

| Tool | What we use it for | Do you need it? |
| --- | --- | --- |
| PostgreSQL | app DB + CDC feed into the lakehouse | ✅ Must |
| Snowflake | warehouse | ➕ Nice (BigQuery counts too) |
| Prefect | scheduling | 🎓 We'll teach you |
`;

  it('judges the tool, not what the team uses it for', () => {
    expect(statusIn('shipped', jd, 'PostgreSQL')).toBe('met');
  });

  it('keeps what else counts beside the kind, and leaves out what is taught on the job', () => {
    const report = fitFor('shipped').fit(jd);
    const snowflake = report.requirements.find((r) => r.requirement.startsWith('Snowflake'));
    expect(snowflake?.requirement).toBe('Snowflake (BigQuery counts too)');
    expect(snowflake?.kind).toBe('nice');
    expect(report.requirements.some((r) => r.requirement.includes('Prefect'))).toBe(false);
  });
});

describe('a chat post listing its asks between middle dots', () => {
  const jd = `we're hiring a platform eng 👋 fully remote
✅ must: 4+ yoe in SRE/platform · k8s in prod · Pulumi · Go or Python for tooling
⭐ nice: Loki · AWS · CKA`;

  it('judges each item on its own, so one held item does not meet the rest', () => {
    // The shipped profile lists Kubernetes, Go and AWS; no Pulumi, Loki or CKA.
    expect(statusIn('shipped', jd, 'Pulumi')).toBe('missing');
    expect(statusIn('shipped', jd, 'k8s in prod')).toBe('met');
    expect(statusIn('shipped', jd, 'Loki')).not.toBe('met');
    expect(statusIn('shipped', jd, 'AWS')).toBe('met');
    expect(statusIn('shipped', jd, 'CKA')).toBe('missing');
  });
});

describe('fields asked as a choice of phrases', () => {
  it('meets a choice only when every word of one of its fields is shown', () => {
    // "role-based access control" in the shipped profile shows no accessibility regulation.
    expect(
      statusOf('shipped', 'Experience with public-sector products or accessibility regulations'),
    ).toBe('missing');
  });
});
