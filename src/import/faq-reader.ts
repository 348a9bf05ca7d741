import type { RootContent } from 'mdast';
import type { Faq } from '../knowledge/schema.ts';
import { tidy } from './line-text.ts';
import { flatten, linesOf } from './markdown-lines.ts';
import { entriesOf, paragraphTexts } from './markdown-sections.ts';
import { uniqueId } from './unique-id.ts';

export function readFaq(body: RootContent[], faq: Faq[]): string[] {
  const add = (question: string, answer: string) => {
    const q = tidy(question.replace(/^q\s*[:.]\s*/i, ''));
    const a = tidy(answer.replace(/^a\s*[:.]\s*/i, ''));
    if (!q || !a) return false;
    const base = q.split(/\s+/).slice(0, 6).join(' ');
    faq.push({
      id: uniqueId(
        base,
        faq.map((f) => f.id),
        'faq',
      ),
      questions: [q],
      answer: a,
    });
    return true;
  };
  const leftover: string[] = [];
  const entries = entriesOf(body);
  if (entries.some((e) => e.heading)) {
    for (const entry of entries) {
      const answer = paragraphTexts(entry.body).join(' ');
      if (!entry.heading || !add(entry.heading.text, answer))
        leftover.push(...paragraphTexts(entry.body));
    }
    return leftover;
  }
  let question: string | undefined;
  let answer: string[] = [];
  const flush = () => {
    if (question && !add(question, answer.join(' '))) leftover.push(question, ...answer);
    question = undefined;
    answer = [];
  };
  for (const line of linesOf(body)) {
    if (line.lead?.endsWith('?') || line.label?.endsWith('?')) {
      flush();
      question = line.lead ?? line.label;
      answer = [line.rest ?? '', ...flatten(line.children).map((l) => l.text)].filter(Boolean);
    } else if (/\?$/.test(line.text) || /^q\s*[:.]/i.test(line.text)) {
      flush();
      question = line.text;
      answer = flatten(line.children).map((l) => l.text);
    } else if (question) answer.push(...flatten([line]).map((l) => l.text));
    else leftover.push(line.text);
  }
  flush();
  return leftover.filter(Boolean);
}
