import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';
import { statusIn } from './profile-fit.ts';

describe('examples in a bracket after words that name no technology', () => {
  it('asks for the examples, with the technology elsewhere in the line only as where', () => {
    const jd =
      'Requirements\n- Experience wiring dependency scanners (e.g. Snyk, Trivy) into CI/CD pipelines\n';
    // The shipped profile runs CI/CD but names no scanner: close, not met.
    expect(statusIn('shipped', jd, 'dependency scanners')).toBe('partial');
  });

  it('still reads a bracket after a technology as what that technology covers', () => {
    const jd = 'Requirements\n- Hands-on AWS (e.g. EC2, S3, IAM)\n';
    expect(statusIn('shipped', jd, 'Hands-on AWS')).toBe('met');
  });
});

describe('a technology the owner is only learning', () => {
  it('comes close to an ask for knowing it, and meets an ask for curiosity', () => {
    expect(statusIn('tomas-arvelo', 'Nice to have\n- you know some Rust\n', 'Rust')).toBe(
      'partial',
    );
    expect(statusIn('tomas-arvelo', 'Nice to have\n- curiosity about Rust\n', 'curiosity')).toBe(
      'met',
    );
  });
});

describe('a labelled run of asks in one paragraph', () => {
  it('reads every item of a long list, and the sentences after it', () => {
    const texts = readRequirements(
      'Requirements: a degree in computing or a related field, 4+ years building data pipelines in production, strong Scala, hands on experience with stream processing at scale, knowledge of dbt or a similar tool, experience with Azure or GCP, fluent English, must live in Portugal or be willing to relocate. Spanish is a plus.\n',
    ).map((r) => r.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'knowledge of dbt or a similar tool',
        'experience with Azure or GCP',
        'fluent English',
        'must live in Portugal or be willing to relocate',
        'Spanish is a plus.',
      ]),
    );
  });

  it('reads technologies each with its own years as one ask each', () => {
    const texts = readRequirements('Requirements\n- Scala (4+ yrs), Kotlin (2+ yrs)\n').map(
      (r) => r.text,
    );
    expect(texts).toEqual(['Scala (4+ yrs)', 'Kotlin (2+ yrs)']);
  });
});

describe('a wish or an addition after a choice', () => {
  it('asks for what comes before "ideally", never for the wish alone', () => {
    const jd = 'Requirements\n- Python, ideally Django / Django REST Framework\n';
    // The shipped profile holds REST APIs and Go, not Python.
    expect(statusIn('shipped', jd, 'ideally Django')).toBe('missing');
    expect(statusIn('shipped', 'Requirements\n- Go, ideally with gRPC\n', 'Go, ideally')).toBe(
      'met',
    );
  });

  it('ends the choice where "and" adds to it', () => {
    const jd =
      'Requirements\n- You have worked with Kafka or Kinesis and understand event-driven designs, schema evolution and delivery guarantees.\n';
    // Event-driven design is held, neither broker is: close, not met.
    expect(statusIn('shipped', jd, 'Kafka or Kinesis')).toBe('partial');
  });
});
