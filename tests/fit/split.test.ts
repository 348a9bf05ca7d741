import { describe, expect, it } from 'vitest';
import { createProfileSupport } from '../../src/answer/support.ts';
import { splitRequirement } from '../../src/fit/split.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const support = createProfileSupport(loadKnowledge('knowledge/profile.yaml'));
const split = (text: string) =>
  splitRequirement({ text, kind: 'must', topic: 'general' }, support).map((r) => r.text);

describe('splitting a requirement that names two things', () => {
  it('judges two separate technologies on their own', () => {
    expect(split('Solid Docker and Kubernetes')).toEqual(['Solid Docker', 'Kubernetes']);
  });

  it('keeps a language and the framework named after it as one', () => {
    expect(split('Good knowledge in Swift and SwiftUI')).toEqual([
      'Good knowledge in Swift and SwiftUI',
    ]);
  });

  it('keeps "X and the Y" as one: the article ties Y to X', () => {
    expect(split('Strong TypeScript and the Node.js runtime')).toEqual([
      'Strong TypeScript and the Node.js runtime',
    ]);
  });

  it('judges each phrase of a comma list of phrases on its own', () => {
    expect(split('Caching with Redis, chaos drills, or search with Elasticsearch')).toEqual([
      'Caching with Redis',
      'chaos drills',
      'search with Elasticsearch',
    ]);
  });

  it('keeps a list of bare names, and a topic spelt out after a colon, as one', () => {
    expect(split('Kafka, RabbitMQ, or NATS')).toEqual(['Kafka, RabbitMQ, or NATS']);
    expect(
      split('Cloud security: IAM roles, network policies, audit logging with CloudTrail'),
    ).toEqual(['Cloud security: IAM roles, network policies, audit logging with CloudTrail']);
  });
});
