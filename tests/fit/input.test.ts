import { describe, expect, it } from 'vitest';
import { checkJobText } from '../../src/fit/input.ts';

describe('checking pasted job-description text', () => {
  it('accepts text up to the limit, in any script', () => {
    expect(checkJobText('Erfahrung mit Go — 5 Jahre. 日本語 OK')).toMatchObject({ ok: true });
    expect(checkJobText('a'.repeat(20_000))).toMatchObject({ ok: true });
  });

  it('refuses empty, over-long and binary input with a reason', () => {
    expect(checkJobText(' \n\t')).toMatchObject({ ok: false, reason: 'empty' });
    expect(checkJobText('a'.repeat(20_001))).toMatchObject({ ok: false, reason: 'too-long' });
    expect(checkJobText('PNG\u0000\u0001data')).toMatchObject({ ok: false, reason: 'binary' });
    expect(checkJobText(new Uint8Array([0xff, 0xfe, 0xfd]))).toMatchObject({
      ok: false,
      reason: 'binary',
    });
  });
});
