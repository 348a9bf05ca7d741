import { withScheme } from './typst-cv-calls.ts';
import { plainText, valueMarkdown } from './typst-inline.ts';
import type { TypstArgs, TypstValue } from './typst-source.ts';

/**
 * The header a CV template takes in `#show: resume.with(author: …, email: …)`: the author as a
 * string or as `(firstname: …, lastname: …)` with the contact fields beside or inside it,
 * written as the name heading and the lines under it.
 */
export function headerLines(args: TypstArgs): string[] {
  const author = args.named.get('author') ?? args.named.get('name');
  const fields = new Map(args.named);
  if (author?.kind === 'args') for (const [key, value] of author.args.named) fields.set(key, value);
  const text = (key: string) => plainText(valueMarkdown(fields.get(key)));
  const name =
    author?.kind === 'args'
      ? [text('firstname'), text('lastname')].filter(Boolean).join(' ') || text('name')
      : plainText(valueMarkdown(author));
  if (!name) return [];
  const title = firstOf(fields.get('positions') ?? fields.get('position') ?? fields.get('title'));
  const location = text('address') || text('location');
  const links = [
    ['Email', text('email')],
    ['Phone', text('phone')],
    ['GitHub', profileUrl(text('github'), 'github.com/')],
    ['LinkedIn', profileUrl(text('linkedin'), 'www.linkedin.com/in/')],
    ['Website', profileUrl(text('personal-site') || text('website') || text('homepage'), '')],
  ].filter(([, value]) => value);
  return [
    `# ${name}`,
    '',
    title,
    location,
    ...links.map(([label, value]) => `${label}: ${value}`),
    '',
  ].filter((line, i) => i < 2 || line !== '');
}

function firstOf(value: TypstValue | undefined): string {
  if (value?.kind === 'args') return plainText(valueMarkdown(value.args.positional[0]));
  return plainText(valueMarkdown(value));
}

function profileUrl(value: string, site: string): string {
  if (!value) return '';
  return withScheme(value.includes('.') || !site ? value : `${site}${value}`);
}
