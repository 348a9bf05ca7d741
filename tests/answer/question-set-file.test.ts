import { describe, expect, it } from 'vitest';
import { parseEvalSet } from '../../src/answer/evaluate.ts';

describe('a question set file', () => {
  it('reads a valid line', () => {
    const [c] = parseEvalSet(
      '{"id":"a1","q":"where is he?","expect":"answer","re":["\\\\bLahore\\\\b"]}',
    );
    expect(c?.re).toEqual(['\\bLahore\\b']);
  });

  it('says which line holds a pattern JavaScript cannot compile, before any question is asked', () => {
    const text = [
      '{"id":"a1","q":"where is he?","expect":"answer"}',
      '{"id":"a2","q":"clearance?","expect":"answer","re":["(?i)\\\\bSC\\\\b"]}',
    ].join('\n');
    expect(() => parseEvalSet(text, 'set.jsonl')).toThrow(
      'set.jsonl:2: re.0 is not a valid JavaScript regular expression',
    );
  });

  it('says which line is not JSON', () => {
    expect(() => parseEvalSet('{"id":', 'set.jsonl')).toThrow('set.jsonl:1: not valid JSON');
  });
});
