/**
 * Images that name a skill: a skillicons.dev strip (`icons?i=go,rust,kafka`), devicon SVGs
 * (`devicon/icons/java/java-original.svg`) and small square logos with an alt text.
 */

import { decodeEntities } from './html-entities.ts';
import { iconVocabularyName } from './icon-vocabulary.ts';
import { hostOf } from './line-text.ts';

/** A skill an icon shows; `id` is the icon's own id when the name is the vocabulary's. */
export interface IconSkill {
  name: string;
  id?: string;
}

const IMG = /<img\b[^>]*>/gi;
/** Icons are drawn small; a larger image is a picture or a chart. */
const ICON_SIZE = 64;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];
}

/** "githubactions" → GitHub Actions, keeping the id; an id the vocabulary lacks stays. */
function named(id: string): IconSkill {
  const name = iconVocabularyName(id);
  return name && name.toLowerCase() !== id.toLowerCase() ? { name, id } : { name: name ?? id };
}

/** The skills one `<img>` tag shows, or `undefined` when it is not a skill icon. */
function iconSkills(tag: string): IconSkill[] | undefined {
  const src = attribute(tag, 'src') ?? '';
  const strip = /[?&]i=([^&"#]+)/.exec(src);
  if (strip && /\/icons\b/i.test(src)) {
    return decodeURIComponent(strip[1] ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
      .map(named);
  }
  // An alt text is the owner's own wording and is kept as written.
  const alt = iconLabel(tag);
  const devicon = /\/icons\/([a-z0-9.+#-]+)\/\1-[\w-]+\.svg/i.exec(src)?.[1];
  // "kotlin logo" on a devicon says no more than the icon's own name.
  if (devicon) return [alt && !LOGO_WORD.test(alt) ? { name: alt } : named(devicon)];
  const width = Number(attribute(tag, 'width') ?? Number.NaN);
  const height = Number(attribute(tag, 'height') ?? width);
  if (alt && width <= ICON_SIZE && height <= ICON_SIZE && alt.split(/\s+/).length <= 3)
    return [{ name: alt }];
  return undefined;
}

const LOGO_WORD = /[\s_-](?:logo|icon)$/i;

/**
 * The name an icon is given: its alt text, or its title when it has no alt or the title says
 * more of the same name (alt "AWS", title "AWS Lambda").
 */
function iconLabel(tag: string): string | undefined {
  const alt = attribute(tag, 'alt')?.trim();
  const title = attribute(tag, 'title')?.trim();
  // Alt "kotlin logo", title "Kotlin": the title is the name.
  const more =
    title &&
    (!alt || LOGO_WORD.test(alt) || title.toLowerCase().includes(alt.toLowerCase())) &&
    !LOGO_WORD.test(title);
  return more && title.split(/\s+/).length <= 4 ? title : alt || undefined;
}

/** The skills of an HTML block made of skill icons; empty when any image is not one. */
function iconNames(html: string): IconSkill[] {
  const tags = [...html.matchAll(IMG)].map((match) => match[0]);
  // Icons that link elsewhere are the owner's networks ("LinkedIn", "Kaggle"), not skills;
  // a strip may link to the icon service that draws it.
  const imageHosts = new Set(tags.map((tag) => hostOf(attribute(tag, 'src') ?? '')));
  const links = [...html.matchAll(/<a\b[^>]*\bhref\s*=\s*"([^"]*)"/gi)].map((m) => m[1] ?? '');
  if (links.some((href) => !imageHosts.has(hostOf(href)))) return [];
  const skills: IconSkill[] = [];
  for (const tag of tags) {
    if (isWidgetImage(tag)) continue;
    const shown = iconSkills(tag);
    if (!shown) return [];
    for (const skill of shown)
      if (!skills.some((s) => s.name.toLowerCase() === skill.name.toLowerCase()))
        skills.push(skill);
  }
  return skills;
}

/**
 * A stats card, streak counter, trophy shelf or view counter: an image drawn for a user name
 * (`?username=…`, `?user=…`), or a graph drawn from the account's activity. It shows numbers
 * about an account, not a skill or a project.
 */
export function isWidgetImage(tag: string): boolean {
  const src = attribute(tag, 'src') ?? '';
  return /[?&](?:username|user)=/i.test(src) || GENERATED_GRAPH.test(src);
}

// Graphs a workflow draws from an account's activity into the profile repository: the snake
// eating the contribution grid, a metrics card.
const GENERATED_GRAPH =
  /contribution-grid-snake|github-snake|\/snake(?:[-_.](?:dark|light))?\.svg|github-metrics\.svg|\/metrics(?:\.[\w-]+)?\.svg/i;

/** The skills of a block of icons with nothing beside them but their own names; else empty. */
export function iconBlockNames(html: string): IconSkill[] {
  const icons = iconNames(html);
  return icons.length > 0 && onlyNames(textBesideImages(html), icons) ? icons : [];
}

function textBesideImages(html: string): string {
  return decodeEntities(html.replace(/<img\b[^>]*>/gi, ' ').replace(/<[^>]+>/g, ' ')).trim();
}

/** Nothing beside the icons but their own names written under them ("<br>Python"). */
function onlyNames(text: string, icons: readonly { name: string }[]): boolean {
  const names = new Set(icons.flatMap((icon) => icon.name.toLowerCase().split(/\s+/)));
  return text.split(/[\s\u200b]+/).every((word) => word === '' || names.has(word.toLowerCase()));
}
