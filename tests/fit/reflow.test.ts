import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { reflow } from '../../src/fit/reflow.ts';
import { readRequirements } from '../../src/fit/requirements.ts';
import { profileOf } from './profile-fit.ts';

const texts = (jd: string) => readRequirements(jd).map((r) => `${r.kind}: ${r.text}`);

describe('a job description pasted from a PDF', () => {
  const jd = [
    'MARLOW ROBOTICS LTD',
    '',
    'ABOUT US',
    '',
    'We build warehouse robots for grocers in twelve countries and our',
    'fleet software runs on Rust and Kuber-',
    'netes across three regions.',
    '',
    'MINIMUM QUALIFICATIONS',
    '',
    '• 4+ years of embedded C++ on ARM micro-',
    '  controllers in shipped products',
    '• Working knowledge of ROS 2 and real-time scheduling for motor',
    '  control loops',
    '',
    'Marlow Robotics Ltd | Internal | Page 1 of 2',
    '',
    'Firmware Engineer                                  Rev 7',
    '',
    '• Able to work from our Leeds office four days a week',
    '',
    'DESIRABLE',
    '',
    'o Experience with Zephyr or FreeRTOS on recharge-',
    '  able devices',
    'o Familiarity with CAN bus tooling',
    '',
    'Marlow Robotics Ltd | Internal | Page 2 of 2',
  ].join('\n');

  it('rejoins bullets wrapped over lines and words hyphenated across the break', () => {
    expect(texts(jd)).toEqual([
      'must: 4+ years of embedded C++ on ARM microcontrollers in shipped products',
      'must: Working knowledge of ROS 2 and real-time scheduling for motor control loops',
      'must: Able to work from our Leeds office four days a week',
      'nice: Experience with Zephyr or FreeRTOS on rechargeable devices',
      'nice: Familiarity with CAN bus tooling',
    ]);
  });

  it('keeps a page footer and running header from cutting a list in two', () => {
    const read = readRequirements(jd);
    expect(read.some((r) => /page \d|rev 7/i.test(r.text))).toBe(false);
    expect(read.find((r) => r.text.includes('Leeds'))).toMatchObject({
      kind: 'must',
      topic: 'location',
    });
  });

  it('keeps short unmarked lines under a heading apart: a list, not a wrapped sentence', () => {
    expect(texts('Requirements\n\npython and pandas\nsql in anger\n')).toEqual([
      'must: python and pandas',
      'must: sql in anger',
    ]);
  });
});

describe('a recruiter e-mail wrapped at about 72 columns', () => {
  // Invented: the lines are as long as the client made them, a little over or under the width.
  const mail = [
    'Hi,',
    '',
    'The client runs a dozen Go services and needs someone for their ledger',
    'rewrite. Good observability habits matter too, they use OpenTelemetry and',
    'Grafana and expect new services to ship with traces from day one.',
    '',
    'Practical bits: because of client-site and security requirements you need',
    'to be UK-based with the right to work in the UK (no sponsorship on this one).',
    'Bonus if you can pitch in on the internal admin tool in',
    'TypeScript and React, though honestly not essential.',
    '',
    'Kind regards,',
    'Hannah',
  ].join('\n');

  it('runs a line on into the next when the next would not have fitted, give or take a few columns', () => {
    expect(texts(mail)).toContain(
      'must: Practical bits: because of client-site and security requirements you need to be UK-based with the right to work in the UK (no sponsorship on this one).',
    );
  });

  it('runs a line left open on a small word into a next line that opens with a name', () => {
    expect(texts(mail)).toContain(
      'nice: Bonus if you can pitch in on the internal admin tool in TypeScript and React, though honestly not essential.',
    );
  });

  it('reads the tools the team uses as asked of the hire', () => {
    expect(texts(mail)).toContain(
      'must: Good observability habits matter too, they use OpenTelemetry and Grafana and expect new services to ship with traces from day one.',
    );
  });
});

describe('a recruiter DM typed one long line a thought', () => {
  const dm = [
    'tl;dr we need someone strong in Go and k8s, ideally some Kafka, 5+ yrs backend, remote EU',
    'their whole platform is Go microservices talking gRPC to each other so gRPC is a big one for them too',
    'data sits in Postgres with Redis in front for the hot paths so you would need to be solid with Postgres',
    'oh and anyone who has set up tracing with Datadog would be a plus since they are migrating to it atm',
  ];

  it('keeps each line apart: no page wraps past a hundred columns', () => {
    expect(reflow(dm)).toEqual(dm);
  });

  it('still joins a paragraph an e-mail client wrapped at 72 columns', () => {
    expect(
      reflow([
        'You will own the ingestion services end to end, from the Kafka consumers',
        'to the Postgres schemas, and be on call one week in six.',
      ]),
    ).toEqual([
      'You will own the ingestion services end to end, from the Kafka consumers to the Postgres schemas, and be on call one week in six.',
    ]);
  });
});

describe('a line of asks that ends on a place', () => {
  it('is judged by all its asks, not as a location line alone', () => {
    // An invented frontend engineer in Lisbon: in the EU, no Kafka, no backend years.
    const fit = createFit(
      profileOf(
        '# Rita Sousa\n\nFrontend Engineer\n\nLisbon, Portugal\n\n## Skills\n\n- React, TypeScript\n',
      ),
    );
    const report = fit.fit('## Requirements\n- ideally some Kafka, 5+ yrs backend, remote EU');
    expect(report.requirements[0]?.status).not.toBe('met');
  });
});

describe("a recruiter's hard rule on where the hire lives", () => {
  // An invented frontend engineer in Lisbon, and one in Lahore.
  const inLisbon = createFit(
    profileOf('# Rita Sousa\n\nFrontend Engineer\n\nLisbon, Portugal\n\n## Skills\n\n- React\n'),
  );
  const inLahore = createFit(
    profileOf('# Omar Iqbal\n\nFrontend Engineer\n\nLahore, Pakistan\n\n## Skills\n\n- React\n'),
  );
  const DM =
    'hi!\n\none hard thing from their side: they can only hire people who are already located in the EU (no visa sponsorship unfortunately, they tried last year and it took 7 months 😅)';

  it('reads "they can only hire people already located in the EU" as a location must', () => {
    const [ask] = inLisbon.fit(DM).requirements;
    expect(ask?.kind).toBe('must');
    expect(ask?.status).toBe('met');
    expect(inLahore.fit(DM).requirements[0]?.status).toBe('missing');
  });
});
