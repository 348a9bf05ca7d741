import { implyingTechnologies } from '../answer/meaning/implications.ts';
import type { ProfileSupport, Support } from '../answer/support.ts';
import { escapeRegExp } from '../knowledge/escape-regexp.ts';
import type { Profile, Role } from '../knowledge/schema.ts';
import { evidenceLine, type Judgement } from './judgement.ts';

/** Lines that speak of the owner's whole career: a technology there has been used all along. */
const CAREER_WIDE = /^(?:expertise|identity\.(?:title|headline))\b/;

/**
 * "3+ yrs React": years asked of a technology, not of a career. They are shown by the dated
 * roles whose text names it (or what implies it), or by the technology standing in the
 * owner's headline or core expertise for a career that long. A technology listed with no
 * such duration is close; one the profile lacks is missing.
 */
export function judgeTechnologyYears(
  asked: number,
  technologies: readonly string[],
  support: ProfileSupport,
  profile: Profile,
  options: { now?: Date; kind?: string } = {},
): Judgement {
  const now = options.now ?? new Date();
  const results = technologies.map((name) => support.supportFor(name));
  const held = results.filter((r) => r.status !== 'absent');
  if (held.length === 0) return { status: 'missing', evidence: [], closest: [] };
  const ofKind = options.kind ? kindYears(options.kind, profile, now) : undefined;
  if (ofKind && ofKind.years >= asked) {
    const listed = held.flatMap((r) => r.evidence.slice(0, 1).map(evidenceLine));
    return { status: 'met', evidence: [...ofKind.evidence, ...listed], closest: [] };
  }
  for (const result of held) {
    const shown = yearsShown(result, support, profile, now);
    if (shown.years >= asked) return { status: 'met', evidence: shown.evidence, closest: [] };
  }
  const evidence = held.flatMap((r) => r.evidence.slice(0, 1).map(evidenceLine));
  return {
    status: 'partial',
    evidence,
    closest: [`no ${asked}+ years of ${held[0]?.canonical} stated`],
  };
}

function yearsShown(
  result: Support,
  support: ProfileSupport,
  profile: Profile,
  now: Date,
): { years: number; evidence: string[] } {
  const career = result.evidence.find((line) => CAREER_WIDE.test(line.where));
  const stated = support.years();
  if (career && stated !== undefined) {
    return {
      years: stated,
      evidence: [evidenceLine(career), `${stated} years of experience (profile)`],
    };
  }
  // A role names it, or a technology that implies it (React for JavaScript, Django for Python).
  const names = new Set(
    [result.canonical, ...result.via, ...implyingTechnologies(result.canonical)].map((n) =>
      n.toLowerCase(),
    ),
  );
  const using = profile.roles.filter((role) =>
    support.technologiesIn(roleText(role)).some((name) => names.has(name.toLowerCase())),
  );
  const years = using.reduce((sum, role) => sum + roleYears(role, now), 0);
  return { years, evidence: using.map((role) => `${role.title}, ${role.company} (roles)`) };
}

/**
 * "3+ years in a cloud warehouse such as Snowflake": the kind the technologies are examples of.
 * Dated roles that speak of that kind ("the warehouse") show its years, once one of the
 * examples is held.
 */
function kindYears(
  kind: string,
  profile: Profile,
  now: Date,
): { years: number; evidence: string[] } {
  const word = new RegExp(`(?<![\\p{L}])${escapeRegExp(kind)}s?(?![\\p{L}])`, 'iu');
  const using = profile.roles.filter((role) => word.test(roleText(role)));
  const years = using.reduce((sum, role) => sum + roleYears(role, now), 0);
  return { years, evidence: using.map((role) => `${role.title}, ${role.company} (roles)`) };
}

const roleText = (role: Role): string =>
  [role.title, role.summary ?? '', ...role.highlights, `Uses ${role.technologies.join(', ')}`].join(
    '. ',
  );

/** A role's length in years from its "2019-03" / "2019" / "present" dates; 0 when undated. */
function roleYears(role: Role | undefined, now: Date): number {
  const start = monthOf(role?.start);
  if (!role || start === undefined) return 0;
  const current = !role.end || /present|now|current/i.test(role.end);
  const end = current ? now.getFullYear() * 12 + now.getMonth() : monthOf(role.end);
  return end === undefined || end < start ? 0 : (end - start) / 12;
}

function monthOf(date: string | undefined): number | undefined {
  const match = /(\d{4})(?:-(\d{1,2}))?/.exec(date ?? '');
  if (!match?.[1]) return undefined;
  return Number(match[1]) * 12 + (match[2] ? Number(match[2]) - 1 : 0);
}
