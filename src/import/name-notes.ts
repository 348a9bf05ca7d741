import type { Project, Role } from '../knowledge/schema.ts';
import { slug } from './line-text.ts';

/**
 * "Kanela Studio (agency)", "Habitu *(side project)*": a lower-case aside after a name says what
 * kind of employer or project it is; it is no part of the name a person would ask about.
 */
const ASIDE = /^(.*?\S)\s*[*_]*\(\s*([a-z][a-z' -]{1,40}?)\s*\)[*_]*$/;

/** The name without its trailing aside, and the aside ("side project"), when there is one. */
export function splitAside(name: string): { name: string; aside?: string } {
  const match = ASIDE.exec(name.trim());
  if (!match?.[1] || !match[2]) return { name };
  return { name: match[1], aside: match[2] };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Moves each employer's and project's aside out of its name into the entry's text. */
export function settleNameAsides(roles: Role[], projects: Project[]): void {
  for (const role of roles) {
    const { name, aside } = splitAside(role.company);
    if (!aside) continue;
    role.company = name;
    if (role.summary) role.highlights.unshift(capitalised(aside));
    else role.summary = capitalised(aside);
  }
  for (const project of projects) {
    const { name, aside } = splitAside(project.name);
    if (!aside) continue;
    if (project.id === slug(project.name)) project.id = slug(name);
    project.name = name;
    if (project.summary === `${name} (${aside})`) project.summary = name;
    project.details.unshift(capitalised(aside));
  }
}
