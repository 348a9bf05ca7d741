import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { profileOf } from './profile-fit.ts';

/** An invented backend engineer: event-driven services and streamed logs, no Kafka. */
const fit = createFit(
  profileOf(`# Mara Lind

Backend Engineer

## Skills

- Go, PostgreSQL, Redis

## Expertise

- Event-driven microservice architecture

## Experience

**Backend Engineer** · Tallo · 2021 – present
- Built real-time log streaming for the support console.
`),
);

const status = (line: string) => fit.fit(`## Anforderungen\n- ${line}`).requirements[0]?.status;

describe('a German compound of borrowed words', () => {
  it('reads "Event-Streaming" as event streaming: close where both words are found apart', () => {
    expect(status('Erfahrung mit Event-Streaming (Kafka, NATS)')).toBe('partial');
    expect(status('Experience with event streaming (Kafka, NATS)')).toBe('partial');
  });

  it('still says missing where neither word is in the profile', () => {
    expect(status('Erfahrung mit Service-Mesh (Istio, Linkerd)')).toBe('missing');
  });
});
