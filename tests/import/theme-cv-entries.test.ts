import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/** An invented CV page of a static-site theme: entries and skills written as HTML blocks. */
const page = `---
layout: cv
title: CV
---

# Oskar Lindgren

Data Scientist · Uppsala

## Experience

<div class="cv-entry">
  <span class="float-right text-muted">04/2022 – present</span>
  <strong>Senior Data Scientist</strong>, <em>Fjällbo Energi</em>, Uppsala
  <ul>
    <li>Built the load-forecasting models (LightGBM, Prophet) behind day-ahead trading.</li>
    <li>Moved feature pipelines to dbt on Snowflake.</li>
  </ul>
</div>

<div class="cv-entry">
  <span class="float-right text-muted">Jan 2019 – Mar 2022</span>
  <strong>Data Analyst</strong>, <em>Norrsken Retail</em>, Stockholm
  <ul>
    <li>Owned the weekly sales dashboards in Looker.</li>
  </ul>
</div>

## Skills

<div class="cv-skills">
<span class="skill-label">Languages:</span> Python, SQL, R<br>
<span class="skill-label">Data &amp; ML:</span> pandas, LightGBM, dbt, Snowflake<br>
</div>
`;

describe('a theme CV page written in HTML blocks', () => {
  const { profile } = imported(page);

  it('reads each <div> entry as a role with its dates and bullets, not one long line', () => {
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end])).toEqual([
      ['Senior Data Scientist', 'Fjällbo Energi', '2022-04', 'present'],
      ['Data Analyst', 'Norrsken Retail', '2019-01', '2022-03'],
    ]);
    expect(profile.roles[0]?.highlights).toHaveLength(2);
  });

  it('reads labelled skill lines broken by <br> as one group each', () => {
    const names = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(names).toEqual(expect.arrayContaining(['Python', 'SQL', 'LightGBM', 'Snowflake']));
    expect(names.some((n) => /:/.test(n))).toBe(false);
  });
});
