import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';
import { statusIn } from './profile-fit.ts';

const jd = [
  'r/devjobs',
  'Posted by u/tidy_founder · 2h',
  '',
  '[Hiring] Elixir dev for our invoicing tool | $60/hr | remote',
  '',
  'Must:',
  '- 3+ yrs Elixir and Phoenix',
  '- PostgreSQL',
  '',
  '12 comments · Share · Save',
  '',
  'u/agency_pros · 1h',
  'Dear sir we have 50+ developers with 8 years experience in Ruby, Go and Elixir. Kindly check DM.',
  '',
  '    u/tidy_founder OP · 1h',
  '    no agencies please',
  '',
  'u/curious_dev · 40m',
  'Must I know LiveView? asking from Nairobi',
  '',
  '    u/tidy_founder · 30m',
  '    LiveView is not needed, but Oban experience would be a plus',
  '',
].join('\n');

describe('a forum post copied with its comments', () => {
  const found = readRequirements(jd);
  const texts = found.map((r) => r.text).join('\n');

  it('takes no ask from comments by anyone but the poster', () => {
    expect(texts).not.toContain('50+ developers');
    expect(texts).not.toContain('Nairobi');
  });

  it('still reads what the post and the poster’s own replies ask', () => {
    expect(texts).toContain('3+ yrs Elixir and Phoenix');
    expect(found.find((r) => r.text.includes('Oban'))?.kind).toBe('nice');
  });
});

describe('the title of a forum hiring post', () => {
  it('says what kind of work its bare years are in', () => {
    const post = [
      '[Hiring] Senior iOS dev for a meditation app | $70/hr | remote',
      '',
      'Must:',
      '- 5+ yrs shipping apps',
      '',
    ].join('\n');
    // Years of backend work are not years of shipping iOS apps.
    expect(statusIn('shipped', post, '5+ yrs')).not.toBe('met');
  });
});
