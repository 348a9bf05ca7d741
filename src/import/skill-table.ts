import type { PhrasingContent, Table } from 'mdast';

// Headers of a skills table with one skill per row: "| Name | Category | Level | Years |".
const SKILL_COLUMNS: readonly [RegExp, 'name' | 'category' | 'level' | 'years' | 'last'][] = [
  [/^(?:name|skills?|technolog(?:y|ies)|tech|tools?|languages?|frameworks?)$/i, 'name'],
  [/^(?:category|type|area|group|domain|kind)$/i, 'category'],
  [/^(?:level|proficiency|expertise|comfort|skill level)$/i, 'level'],
  [/^(?:years?|yrs|years of experience|experience(?: \(years\))?|since)$/i, 'years'],
  [/^(?:last used|last use|used last|last|most recent(?:ly used)?)$/i, 'last'],
];

/**
 * A table whose header names a skill column first and then its category, level or years: each
 * row becomes the phrasing of "Category: Name (level, N years)", as a skills list writes it.
 * `cellText` reads a cell as the line reader does.
 */
export function skillTableRows(
  table: Table,
  cellText: (cell: PhrasingContent[]) => string,
): PhrasingContent[][] | undefined {
  const headers = (table.children[0]?.children ?? []).map((cell) => cellText(cell.children));
  if (!isSkillTableHeader(headers)) return;
  const kinds = skillColumns(headers);
  return table.children.slice(1).flatMap((row) => {
    const texts = row.children.map((cell) => cellText(cell.children));
    const name = texts[kinds.indexOf('name')];
    if (!name) return [];
    const category = texts[kinds.indexOf('category')];
    const level = texts[kinds.indexOf('level')];
    const years = texts[kinds.indexOf('years')];
    const last = texts[kinds.indexOf('last')];
    const item = skillItem(name, level, years, last);
    const nodes: PhrasingContent[] = category
      ? [{ type: 'strong', children: [{ type: 'text', value: `${category}:` }] }]
      : [];
    nodes.push({ type: 'text', value: category ? ` ${item}` : item });
    return [nodes];
  });
}

function skillColumns(headers: string[]) {
  return headers.map((h) => SKILL_COLUMNS.find(([pattern]) => pattern.test(h))?.[1]);
}

/** "Skill | Level | Years": a skill column first, then its category, level or years. */
export function isSkillTableHeader(headers: string[]): boolean {
  const kinds = skillColumns(headers);
  // "Area | Skill | Level | Years": the group may come before the skill.
  const at = kinds.indexOf('name');
  return (
    at >= 0 &&
    kinds.slice(0, at).every((kind) => kind === 'category') &&
    kinds.slice(at + 1).some((kind) => kind && kind !== 'name')
  );
}

// "★★★★☆", "●●●○○": a level drawn as symbols, which says nothing in words.
const SYMBOL_LEVEL = /^[^\p{L}\p{N}]+$/u;

/** "★★☆☆☆" → "2/5": filled marks out of all of them, when the row draws both kinds. */
function symbolRating(level: string): string | undefined {
  const marks = [...level.replace(/\s+/g, '')];
  const filled = marks.filter((mark) => /[★●■◆⬤◉]/u.test(mark)).length;
  const empty = marks.filter((mark) => /[☆○□◇◯]/u.test(mark)).length;
  // "★★★★★" alone is the top of the usual five; "★★★" alone says no scale.
  if (filled === 0 || filled + empty !== marks.length) return undefined;
  return empty > 0 || filled === 5 ? `${filled}/${marks.length}` : undefined;
}

/**
 * "Go (expert, 5 years)"; a cell that lists several ("Slither · Echidna", "TypeScript
 * (ethers.js, viem)") stays as written, where a note would read as one more of them.
 */
function skillItem(name: string, level?: string, years?: string, last?: string): string {
  // "Kubernetes (EKS, kubeadm) | ★★★★★ | 6": the head is rated, the bracket lists what it
  // is used with; the rating goes on the head, and those become skills beside it.
  const listed = /^([^()]+?)\s*\(([^()]*,[^()]*)\)$/.exec(name);
  if (listed?.[1] && listed[2]) {
    const head = skillItem(listed[1], level, years, last);
    return head === listed[1] ? name : `${head}, ${listed[2]}`;
  }
  // "Swift / SwiftUI" rated once: each of the two gets the rating.
  if (/\([^()]*,[^()]*\)|\s·\s/.test(name)) return name;
  const words = level && !SYMBOL_LEVEL.test(level) ? level : level && symbolRating(level);
  // "The Graph (subgraphs)" rated in stars: a second bracket of years only would read as a list.
  if (name.includes('(') && !words) return name;
  const notes = [
    words,
    years && /^\d+(?:\.\d+)?\+?$/.test(years) ? `${years} years` : undefined,
    // "Last used | 2019": when the owner last worked with it.
    last && /^(?:(?:19|20)\d\d|now|current|today)$/i.test(last) ? `last used ${last}` : undefined,
  ];
  const note = notes.filter(Boolean).join(', ');
  return note ? `${name} (${note})` : name;
}

// Column headers of tables read row by row: never a group of skills.
const ROW_COLUMNS =
  /^(?:name|project|projects|repo|repository|description|what|about|stars?|⭐|link|links|url|year|years|date|dates|when|role|company|employer|title|level|category|type|status|issuer|credential|expires|issued|tech|stack|notes?|skill|skills|tool|tools|language|languages|proficiency|period|sprache|sprachen|niveau|bereich|kenntnisse|zeitraum|station|langues?|idiomas?|nivel|lingu[ae]|livello|période|periodo|språk|sprog|nivå|niveau|period|företag|roll|tidsperiod)$/i;

/**
 * A grid of competencies: each column a group named in the header ("Identity governance |
 * Access management"), each cell a short competency. Read column by column, as "Group: a, b,
 * c", rather than taking each row's first cell for a group.
 */
export function competencyColumns(
  table: Table,
  cellText: (cell: PhrasingContent[]) => string,
): PhrasingContent[][] | undefined {
  const [header, ...rows] = table.children;
  const groups = (header?.children ?? []).map((cell) => cellText(cell.children));
  // "| Languages | Cloud |" over one row: named as groups, the columns are groups however short.
  const named = groups.every((g) => GROUP_HEADER.test(g));
  if (groups.length < 2 || rows.length < (named ? 1 : 2)) return undefined;
  if (
    groups.some(
      (g) => !g || (ROW_COLUMNS.test(g) && !named) || /\d/.test(g) || g.split(/\s+/).length > 5,
    )
  )
    return undefined;
  const cells = rows.map((row) => row.children.map((cell) => cell.children));
  const short = (cell: PhrasingContent[] | undefined) =>
    cell !== undefined &&
    !cell.some((n) => n.type === 'link') &&
    cellText(cell).split(/\s+/).length <= 8 &&
    !/[.!?]$/.test(cellText(cell));
  if (!cells.every((row) => row.length === groups.length && row.every(short))) return undefined;
  return groups.map((group, column) => {
    const items = cells.map((row) => cellText(row[column] ?? [])).filter(Boolean);
    return [
      { type: 'strong', children: [{ type: 'text', value: `${group}:` }] },
      { type: 'text', value: ` ${items.join(', ')}` },
    ];
  });
}

/** Header words that name a group of skills, not a skill: "| Languages | Cloud | Tools |". */
const GROUP_HEADER =
  /^(?:languages?|frameworks?|librar(?:y|ies)|cloud|platforms?|databases?|data|tools?|tooling|frontend|backend|devops|infra(?:structure)?|testing|mobile|web|other|misc(?:ellaneous)?|soft skills|core|technical)$/i;

/**
 * "| Data modelling | Stream processing |⏎| Orchestration | Mentoring |": a Word table of
 * competencies converted, its first row made a header though it is one more row of them. With
 * one row under it and every cell a short single item, every cell is one competency.
 */
export function competencyGrid(
  table: Table,
  cellText: (cell: PhrasingContent[]) => string,
): PhrasingContent[][] | undefined {
  const [header, ...rows] = table.children;
  const heads = (header?.children ?? []).map((cell) => cellText(cell.children));
  if (heads.length < 2 || rows.length !== 1) return undefined;
  const body = (rows[0]?.children ?? []).map((cell) => cell.children);
  if (body.length !== heads.length || body.some((c) => c.some((n) => n.type === 'link')))
    return undefined;
  const items = [...heads, ...body.map(cellText)];
  const single = (item: string) =>
    item !== '' && item.split(/\s+/).length <= 4 && !/[,;:.!?\d]/.test(item);
  if (!items.every(single) || heads.some((h) => GROUP_HEADER.test(h) || ROW_COLUMNS.test(h)))
    return undefined;
  return [[{ type: 'text', value: items.join(', ') }]];
}
