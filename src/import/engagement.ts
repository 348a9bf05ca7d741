// A freelancer's or consultant's project history: each entry is a project done for a client,
// told in labelled lines ("Kunde/Branche: Großbank", "Rolle: Lead Developerin", "Aufgaben:",
// "Technologien: Java 21, …"), as freelancermap, GULP and consultancies' CVs write them. The
// entry is both a job (the role held at the client, with its dates) and a project.
import type { Project, Role } from '../knowledge/schema.ts';
import { takeDates } from './entry-dates.ts';
import { cleanSegment, splitList } from './entry-text.ts';
import { tidyName } from './line-text.ts';
import { flatten, type Line } from './markdown-lines.ts';
import { newProject } from './new-project.ts';

const CLIENT_LABEL =
  /^(?:kunde|kunden|kunde\s*\/\s*branche|branche\s*\/\s*kunde|auftraggeber|client|clients|client\s*\/\s*(?:industry|sector)|customer|end client|endkunde|cliente|klant|opdrachtgever|kund|uppdragsgivare|oppdragsgiver|klient)$/i;
const ROLE_LABEL =
  /^(?:rolle|meine rolle|role|my role|position|funktion|rôle|rol|mijn rol|ruolo|função|papel|roll|min roll|rolle i prosjektet)$/i;
const TECH_LABEL =
  /^(?:technologien|technologie|tech(?:nologies|nology)?|tech stack|stack|tools|umgebung|werkzeuge|environment|technologies used|technologies utilisées|tecnologías|tecnologie|tecnologias|technologieën|teknologier|verktyg)$/i;

/** The labelled line of `lines` whose label `label` matches, if any. */
function labelled(lines: readonly Line[], label: RegExp): Line | undefined {
  return lines.find((line) => line.label !== undefined && label.test(line.label) && line.rest);
}

/** "Lead Developerin (remote, 1 Woche/Monat vor Ort)": the title, and the aside about it. */
function titleAndAside(text: string): { title: string; aside?: string } {
  const aside = /\s*\(([^()]+)\)\s*$/.exec(text);
  if (!aside?.[1]) return { title: tidyName(text) };
  return { title: tidyName(text.slice(0, aside.index)), aside: aside[1] };
}

/**
 * An entry with a client and a role among its labelled lines, read as the job held there and
 * the project done; undefined for any other entry.
 */
function readEngagement(
  head: Line,
  lines: Line[],
  taken: Project[],
): { role: Role; project: Project } | undefined {
  const all = flatten(lines);
  const client = labelled(all, CLIENT_LABEL);
  const held = labelled(all, ROLE_LABEL);
  if (!client?.rest || !held?.rest) return undefined;
  const dates = takeDates(head.text);
  // "04/2025 – 02/2027 (voraussichtlich) · Zahlungsverkehrsplattform": the project's name.
  const name = tidyName(cleanSegment((dates?.rest ?? head.text).replace(/^\s*\([^()]*\)\s*/, '')));
  const { title, aside } = titleAndAside(held.rest);
  const tech = labelled(all, TECH_LABEL);
  const technologies = tech?.rest ? splitList(tech.rest) : [];
  const told = all.filter((line) => line !== client && line !== held && line !== tech);
  const highlights = told
    .filter((line) => !(line.label && !line.rest) && !/:$/.test(line.text))
    .map((line) => line.text)
    .filter(Boolean);
  const role: Role = {
    company: tidyName(client.rest),
    title,
    highlights: [...(aside ? [aside] : []), ...highlights],
    technologies,
  };
  if (dates?.start) role.start = dates.start;
  if (dates?.end) role.end = dates.end;
  const project = newProject(
    {
      name: name || title,
      summary: highlights[0] ?? '',
      details: highlights.slice(1),
      technologies,
      links: head.links,
    },
    taken,
  );
  return { role, project };
}

/** Reads an engagement into the draft's roles and projects; whether the entry was one. */
export function tookEngagement(
  head: Line,
  lines: Line[],
  draft: { roles: Role[]; projects: Project[] },
): boolean {
  const engagement = readEngagement(head, lines, draft.projects);
  if (!engagement) return false;
  draft.roles.push(engagement.role);
  draft.projects.push(engagement.project);
  return true;
}
