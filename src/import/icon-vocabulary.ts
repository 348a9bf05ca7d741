import { allTechnologies } from '../answer/vocabulary/index.ts';

/**
 * Icon services name their icons by a compact id: `githubactions`, `apachekafka`, `postgres`,
 * `cpp`. The vocabulary knows most of them under a name or an alias that, lower-cased without
 * spaces or punctuation, is that id.
 */

let byCompactForm: Map<string, string | null> | undefined;

function compact(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9+#]/g, '');
}

function index(): Map<string, string | null> {
  if (byCompactForm) return byCompactForm;
  const map = new Map<string, string | null>();
  for (const tech of allTechnologies()) {
    // Linguist's aliases are editor modes and file types ("vim" for Vim script), not ids.
    const spellings = tech.source === 'linguist' ? [tech.name] : [tech.name, ...tech.aliases];
    for (const text of new Set(spellings.map(compact))) {
      if (!text) continue;
      // Two technologies with one compact form: the id names neither for sure.
      const known = map.get(text);
      map.set(text, known === undefined || known === tech.name ? tech.name : null);
    }
  }
  byCompactForm = map;
  return map;
}

/**
 * skillicons.dev's short ids, which the vocabulary shares with other names ("ts" is also a
 * file type) or does not know.
 */
const SHORT_IDS: Readonly<Record<string, string>> = {
  ts: 'TypeScript',
  js: 'JavaScript',
  cs: 'C#',
  vscode: 'VS Code',
  idea: 'IntelliJ IDEA',
  md: 'Markdown',
  tailwind: 'Tailwind CSS',
  gcp: 'Google Cloud',
  k8s: 'Kubernetes',
  postgres: 'PostgreSQL',
};

/** The vocabulary's name for an icon id, or `undefined` when it knows none for sure. */
export function iconVocabularyName(id: string): string | undefined {
  return SHORT_IDS[compact(id)] ?? index().get(compact(id)) ?? undefined;
}
