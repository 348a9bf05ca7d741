/**
 * A README's typing banner (readme-typing-svg): an image whose `lines` parameter holds the
 * sentences it types, the owner's own headline ("Senior Mobile & Frontend Engineer;React Native
 * | Flutter"). The image is replaced by those lines as text, so the header reads them.
 */
// The URL ends at the quote that opened it: a typed "I'm" keeps its apostrophe in `src="…"`.
const TYPING_IMAGE =
  /<img\b[^>]*\bsrc=(?:"(https?:\/\/readme-typing-svg\.[^"]+)"|'(https?:\/\/readme-typing-svg\.[^']+)')[^>]*>|!\[[^\]]*\]\((https?:\/\/readme-typing-svg\.[^)\s]+)\)/gi;

const BANNER_LINK = /<a\b[^>]*\bhref=["']https?:\/\/git\.io\/typing-svg["'][^>]*>([^<]*)<\/a>/gi;

export function withTypingBannerText(markdown: string): {
  text: string;
  rewritten: number;
  /** The lines the banners type: slogans as often as titles. */
  lines: string[];
} {
  let rewritten = 0;
  const typed: string[] = [];
  const text = markdown.replace(
    TYPING_IMAGE,
    (whole, double?: string, single?: string, md?: string) => {
      const lines = typedLines((double ?? single ?? md ?? '').replace(/&amp;/g, '&'));
      if (lines.length === 0) return whole;
      rewritten++;
      typed.push(...lines);
      return lines.join(' · ');
    },
  );
  // The banner's own link (to the service's page) around the text it left.
  return {
    text: rewritten > 0 ? text.replace(BANNER_LINK, '$1') : text,
    rewritten,
    lines: typed,
  };
}

function typedLines(url: string): string[] {
  let raw: string | null;
  try {
    raw = new URL(url).searchParams.get('lines');
  } catch {
    return [];
  }
  return (raw ?? '')
    .split(';')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
