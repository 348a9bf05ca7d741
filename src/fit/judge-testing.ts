import type { ProfileSupport } from '../answer/support.ts';
import { namesIn } from './judge-terms.ts';
import { evidenceLine, type Judgement, unique } from './judgement.ts';

/**
 * "You write tests (unit + a few UI tests)", "writing automated tests": an ask for the habit of
 * testing, naming no framework. A framework the profile lists that implies unit testing meets
 * it, as does a line stating the practice ("Test-driven development").
 */
const ASKS_TESTS =
  /\b(?:write|writes|writing|wrote)\s+(?:\w+\s+){0,2}tests\b|\b(?:unit|integration|automated|end-to-end|e2e|ui|widget)\s+tests\b/i;
/** "You write tests": the habit itself, which a stated testing practice shows in full. */
const ASKS_HABIT = /^(?:(?:also|and|plus),?\s+)?(?:you\s+)?(?:write|writes|writing)\s+tests\b/i;

/** A line stating testing as the owner's practice. */
const STATES_TESTING = /\btest(?:s|ing)?\b|\btest-driven\b|\bTDD\b/i;

const TERMS = ['unit testing', 'testing', 'test-driven development'] as const;

export function judgeTesting(text: string, support: ProfileSupport): Judgement | undefined {
  // "Automated tests (Espresso/XCUITest)": named tools are judged by their names.
  if (!ASKS_TESTS.test(text) || namesIn(text).length > 0) return undefined;
  const held = TERMS.map((term) => support.supportFor(term)).filter(
    (s) => s.status === 'held' || s.status === 'implied',
  );
  const lines = support
    .search('tests testing', 10)
    .filter((line) => STATES_TESTING.test(line.text));
  const evidence = unique([
    ...held.flatMap((s) => s.evidence.slice(0, 1).map(evidenceLine)),
    ...held.flatMap((s) => (s.via.length > 0 ? [`${s.via.join(', ')} (implies ${s.term})`] : [])),
    ...lines.map(evidenceLine),
  ]);
  if (evidence.length === 0) return { status: 'missing', evidence: [], closest: [] };
  // "Widget and integration tests": a kind of test asked by name is more than the habit shows.
  const status = ASKS_HABIT.test(text) ? 'met' : 'partial';
  return { status, evidence: evidence.slice(0, 3), closest: [] };
}
