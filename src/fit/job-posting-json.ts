/**
 * A schema.org JobPosting pasted as its JSON (job boards embed it in every ad page): its fields
 * rewritten as the job description they stand for. The description's HTML becomes lines and
 * bullets; qualifications, skills, experience and education become a requirements section;
 * benefits, salary and the employer's address are left out, as a reader of the ad skips them.
 */

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The ad as text, or `undefined` when the text is no JobPosting JSON. */
export function jobPostingText(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !/"@type"\s*:\s*"JobPosting"/.test(trimmed)) return undefined;
  let posting: Json;
  try {
    posting = JSON.parse(trimmed) as Json;
  } catch {
    return undefined;
  }
  if (!isObject(posting)) return undefined;
  const field = (name: string) => plainOf(posting[name]);
  const skills = field('skills')
    .split(/\s*[,;\n]\s*/)
    .filter((s) => s !== '');
  const { asked, wished } = qualifications(field('qualifications'));
  const requirements = [
    ...asked,
    field('experienceRequirements'),
    degreeOf(posting.educationRequirements),
    ...skills.map((skill) => `- ${skill}`),
  ].filter((line) => line !== '');
  return [
    field('title'),
    '',
    htmlLines(field('description')),
    '',
    field('responsibilities') ? `Responsibilities:\n${field('responsibilities')}\n` : '',
    requirements.length > 0 ? `Requirements:\n${requirements.join('\n')}\n` : '',
    wished.length > 0 ? `Nice to have:\n${wished.map((w) => `- ${w}`).join('\n')}\n` : '',
    remoteLine(posting),
  ]
    .filter((part) => part !== '')
    .join('\n');
}

const WISH_LABEL = /^(?:nice[\s-]to[\s-]haves?|bonus(?: points)?|preferred|a plus|pluses)\s*:\s*/i;

/**
 * "You have built … . Nice to have: Kafka or Kinesis; Terraform; …": the sentences asked,
 * one a line, and the wishes after their label, one an item.
 */
function qualifications(text: string): { asked: string[]; wished: string[] } {
  const asked: string[] = [];
  const wished: string[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
    const label = WISH_LABEL.exec(sentence);
    if (!label) asked.push(sentence);
    else
      wished.push(
        ...sentence
          .slice(label[0].length)
          .replace(/\.$/, '')
          .split(/\s*;\s*/),
      );
  }
  return { asked, wished: wished.filter(Boolean) };
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field's text: a string, a list of them, or an object's name or description. */
function plainOf(value: Json | undefined): string {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(plainOf).filter(Boolean).join('\n');
  if (isObject(value)) return plainOf(value.name ?? value.description);
  return '';
}

/** "credentialCategory": "bachelor degree" → "Education: bachelor degree". */
function degreeOf(value: Json | undefined): string {
  const said = isObject(value) ? plainOf(value.credentialCategory) : plainOf(value);
  return said ? `Education: ${said}` : '';
}

/** "jobLocationType": "TELECOMMUTE": the posting says the work is remote. */
function remoteLine(posting: { [key: string]: Json }): string {
  return /telecommute/i.test(plainOf(posting.jobLocationType)) ? 'Remote' : '';
}

/** The description's HTML as lines: paragraphs, bullets, headings in bold. */
function htmlLines(html: string): string {
  return html
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<\/(?:p|ul|ol|li|h\d|div)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
