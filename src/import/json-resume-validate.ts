import { createRequire } from 'node:module';
import { PortfolioBotError } from '../errors.ts';

interface OfficialError {
  name: string;
  property: string;
  message: string;
}

interface OfficialPackage {
  validate(resume: unknown, done: (errors: OfficialError[] | null, valid: boolean) => void): void;
}

// The schema and validator published by the JSON Resume project (jsonresume.org), not a copy.
const official = createRequire(import.meta.url)('@jsonresume/schema') as OfficialPackage;

// Real résumés write "Present" or "2021-1" for a date and "example.com" for a URL: the official
// schema flags those, but they lose nothing, so they are reported and the import goes on.
const TOLERATED = new Set(['format', 'pattern']);

/**
 * Checks a parsed resume.json against the official JSON Resume schema. Returns the tolerated
 * problems (formats and patterns) as warnings; throws with every problem listed otherwise.
 */
export function validateJsonResume(resume: unknown): string[] {
  let errors: OfficialError[] = [];
  official.validate(resume, (found) => {
    errors = found ?? [];
  });
  const describe = (error: OfficialError) =>
    `${error.property.replace(/^instance\.?/, '') || 'resume'} ${error.message}`;
  const fatal = errors.filter((error) => !TOLERATED.has(error.name));
  if (fatal.length > 0) {
    throw new PortfolioBotError(
      'import_failed',
      `not a valid JSON Resume (jsonresume.org schema):\n${fatal.map((e) => `  - ${describe(e)}`).join('\n')}`,
    );
  }
  return errors.map((error) => `JSON Resume schema: ${describe(error)}`);
}
