import type { Link, Project } from '../knowledge/schema.ts';
import { uniqueId } from './unique-id.ts';

/** A project as the importer writes it, whichever reader found it: a unique id, no duplicates. */
export function newProject(
  fields: {
    name: string;
    summary: string;
    details: string[];
    technologies: string[];
    links: Link[];
  },
  taken: readonly Project[],
): Project {
  return {
    id: uniqueId(
      fields.name,
      taken.map((p) => p.id),
      'project',
    ),
    name: fields.name,
    aliases: [],
    summary: fields.summary || fields.name,
    details: fields.details,
    technologies: [...new Set(fields.technologies)],
    links: fields.links,
  };
}
