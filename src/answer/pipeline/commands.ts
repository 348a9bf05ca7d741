import type { DirectCommand } from '../answer.ts';
import { categoryCandidate } from '../kinds/category.ts';
import { identityAnswer } from '../kinds/identity.ts';
import { projectCandidate } from '../kinds/project.ts';
import { normalize } from '../text.ts';
import type { Interpretation } from '../understand.ts';
import type { Draft, Knowledge, Question } from './types.ts';

/** A direct command (slash command, button) answered by the kind it names. */
export function runCommand(
  command: DirectCommand,
  k: Knowledge,
  understand: (text: string) => Interpretation,
): { draft: Draft; exclude?: string[] } | undefined {
  switch (command.kind) {
    case 'about':
      return { draft: identityAnswer(k) };
    case 'contact':
      return byIntent(k, understand, 'contact');
    case 'skills': {
      if (!command.category) return byIntent(k, understand, 'skills');
      const wanted = normalize(command.category);
      const found = k.profile.skills.find((c) => c.id === wanted || normalize(c.name) === wanted);
      const ref = found
        ? { key: `category:${found.id}`, categoryId: found.id, label: found.name }
        : understand(command.category).categories[0];
      return ref ? { draft: categoryCandidate(k, ref, [], []).answer } : undefined;
    }
    case 'projects': {
      if (!command.name) return byIntent(k, understand, 'projects');
      const wanted = normalize(command.name);
      const named =
        k.profile.projects.find((p) => p.id === wanted || normalize(p.name) === wanted) ??
        understand(command.name).projects[0];
      if (!named) return undefined;
      const c = projectCandidate(k, named, []);
      return { draft: c.answer, ...(c.exclude ? { exclude: c.exclude } : {}) };
    }
  }
}

/** The answer of the kind named, as if a question had asked for it plainly. */
function byIntent(
  k: Knowledge,
  understand: (text: string) => Interpretation,
  name: string,
): { draft: Draft } | undefined {
  const kind = k.kinds.find((c) => c.name === name);
  const q: Question = { ...understand(name), intent: name, text: name, restStems: [] };
  const candidate = kind?.propose(q, k);
  return candidate ? { draft: candidate.answer } : undefined;
}
