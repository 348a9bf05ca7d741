import type { ProfileImport } from './import-profile.ts';
import type { ProfileFormat } from './profile-format.ts';

/** What an import did, for people (`formatImportReport`) and for programs (`--json`). */
export interface ImportReport {
  file: string;
  format: ProfileFormat;
  /** One entry per mapping: `{ from: "Tech Stack", to: "6 categories, 23 skills" }`. */
  mapped: { from: string; to: string }[];
  /** Text the importer could not place in a field, kept searchable in `sections`. */
  keptAsText: { section: string; title: string; items: string[] }[];
  warnings: string[];
}

export function buildImportReport(file: string, result: ProfileImport): ImportReport {
  return {
    file,
    format: result.format,
    mapped: result.notes.map((note) => {
      const at = note.indexOf(' → ');
      return at < 0
        ? { from: '', to: note }
        : { from: note.slice(0, at), to: note.slice(at + ' → '.length) };
    }),
    keptAsText: result.profile.sections.map((section) => ({
      section: section.id,
      title: section.title,
      items: section.items,
    })),
    warnings: result.warnings ?? [],
  };
}

/** The report as lines for a terminal: mappings, then what stayed text, then warnings. */
export function formatImportReport(report: ImportReport): string[] {
  const lines = [`read as ${report.format}`];
  for (const { from, to } of report.mapped) lines.push(from ? `${from} → ${to}` : to);
  for (const kept of report.keptAsText) {
    lines.push(`left as text in section "${kept.section}" (${kept.items.length}):`);
    for (const item of kept.items) lines.push(`  - ${item}`);
  }
  for (const warning of report.warnings) lines.push(`warning: ${warning}`);
  return lines;
}
