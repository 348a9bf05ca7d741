/**
 * Greetings and thanks written in scripts the engine's words do not read (Cyrillic, Greek,
 * Arabic, Hebrew, Devanagari, CJK, Hangul, Thai): a question of them alone is small talk, said
 * here in the English the small-talk phrases know. Nothing else in those scripts is read.
 */
const SAID: readonly (readonly [kind: 'hello' | 'thanks' | 'how', words: string])[] = [
  ['hello', 'здравей здравейте привет здравствуйте привіт вітаю здраво здрасти'],
  // "How are you?" after the greeting: "как дела", "как си", "τι κάνεις", "كيف حالك".
  ['how', 'как дела си справи τι κάνεις κάνετε كيف حالك'],
  ['hello', 'γεια γειά σας σου καλημέρα καλησπέρα'],
  ['hello', 'مرحبا السلام عليكم سلام שלום नमस्ते नमस्कार'],
  ['hello', 'こんにちは 你好 您好 안녕하세요 안녕 สวัสดี'],
  ['thanks', 'спасибо благодаря благодарям дякую хвала мерси'],
  ['thanks', 'ευχαριστώ ευχαριστω'],
  ['thanks', 'شكرا شكراً תודה धन्यवाद शुक्रिया'],
  ['thanks', 'ありがとう 谢谢 謝謝 감사합니다 고마워 ขอบคุณ'],
];

const WORDS = new Map<string, 'hello' | 'thanks' | 'how'>(
  SAID.flatMap(([kind, words]) => words.split(' ').map((w) => [w, kind] as const)),
);

/** "здравей!", "γεια σου 👋", "ευχαριστώ πολύ": `hello` or `thanks`; anything else undefined. */
export function smalltalkInOtherScript(text: string): 'hello' | 'thanks' | undefined {
  const words = text
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{M}]+/u)
    .filter(Boolean);
  const kinds = words.map((w) => WORDS.get(w));
  const known = kinds.filter((k) => k !== undefined);
  // One unknown word beside them is an address or an intensifier ("γεια σου", "спасибо большое").
  // "How are you" words go with a greeting, never alone ("τι" alone is "what").
  if (!known.some((k) => k !== 'how') || words.length - known.length > 1) return undefined;
  return known.includes('thanks') ? 'thanks' : 'hello';
}
