import { FIT_DEFAULTS } from './defaults.ts';

export type JobTextCheck =
  | { ok: true; text: string }
  | { ok: false; reason: 'empty' | 'binary' | 'too-long'; message: string };

/** Checks pasted or uploaded text before it is read: every surface refuses the same things. */
export function checkJobText(
  input: string | Uint8Array,
  maxLength: number = FIT_DEFAULTS.maxTextLength,
): JobTextCheck {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    // Four bytes a character at most: anything longer cannot be within the limit.
    if (input.byteLength > maxLength * 4) return tooLong(maxLength);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return binary();
    }
  }
  if (text.includes('\u0000') || controlShare(text) > 0.01) return binary();
  if (text.trim() === '') {
    return { ok: false, reason: 'empty', message: 'The job description is empty.' };
  }
  if (text.length > maxLength) return tooLong(maxLength);
  return { ok: true, text };
}

const tooLong = (max: number): JobTextCheck => ({
  ok: false,
  reason: 'too-long',
  message: `The job description is too long: at most ${max.toLocaleString('en-US')} characters.`,
});

const binary = (): JobTextCheck => ({
  ok: false,
  reason: 'binary',
  message: 'That is not text: paste or give the job description as plain text.',
});

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  const control = text.match(/[\u0001-\u0008\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return control / text.length;
}
