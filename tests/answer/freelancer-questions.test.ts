import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

/** An invented freelancer's page, as clients read it: case studies, testimonials, a process. */
const page = `# Hi, I'm Sofie Lindqvist

**Freelance web developer** · Vue · Nuxt

📍 Malmö, Sweden

## Case studies

### Fjord Tickets — ferry booking app
**Client:** Fjord Lines
**Stack:** Vue, Nuxt, Pinia, Supabase, GitHub Actions
**Outcome:** Bookings on mobile up 31%; checkout time down from 4 min to 90 s.

### Bokhyllan — library loans portal
**Client:** Malmö City Library
**Stack:** Nuxt, PostgreSQL
**Outcome:** 12,000 loans a month moved online.

## Testimonials

> "Sofie shipped the booking flow a week early." — **Lars Berg**, CTO, Fjord Lines

## Before freelancing

- **Frontend Developer — Öresund Bank** (Malmö) · 2015–2019
  Online banking front end.
- **Web Developer — Kulturhuset** (Lund) · 2012–2015
  Museum sites.

## How I work / Process

1. **Discovery call (free).** We agree what to build and what not to.
2. **Two-week sprints** with a demo every Friday and a 30-day bug-fix warranty after launch.
`;

const { profile } = importMarkdownProfile(page);
const assistant = createAssistant(profile);
const ask = (q: string, c = q) => answerToPlainText(assistant.ask(q, c));

describe('questions a client asks a freelancer', () => {
  it('finds a project named by its description', () => {
    const text = ask('how successful was the ferry booking app she made?');
    expect(text).toContain('Bookings on mobile up 31%');
  });

  it('answers how a project turned out, asked as a follow-up', () => {
    ask('tell me about Bokhyllan', 'turns');
    expect(ask('and how did it turn out?', 'turns')).toContain('12,000 loans a month');
  });

  it('quotes the testimonials when asked what clients say', () => {
    const text = ask('what do past clients say about working with her?');
    expect(text).toContain('Sofie shipped the booking flow a week early.');
  });

  it('gives the process when asked for it', () => {
    expect(ask("what's her process when starting a new project?")).toContain('Discovery call');
  });

  it('does not read "goes live" as where the owner lives', () => {
    expect(ask('what happens if bugs turn up after the app goes live?')).not.toContain('based in');
  });

  it('reads automated builds as CI/CD and names what shows it', () => {
    const text = ask('does she set up automated builds?');
    expect(text).toMatch(/^Yes\b/);
    expect(text).toContain('GitHub Actions');
  });

  it('lists state management libraries as a group', () => {
    expect(ask('which state management libraries does she use?')).toContain('Pinia');
  });

  it('reads "before going freelance" as when, and lists the jobs held', () => {
    const text = ask('where did she work before going freelance?');
    expect(text).toContain('Öresund Bank');
    expect(text).toContain('Kulturhuset');
  });

  it('gives no verdict on a person the profile only quotes', () => {
    expect(assistant.ask('is Lars Berg a good CTO?', 'o').answered).toBe(false);
  });
});
