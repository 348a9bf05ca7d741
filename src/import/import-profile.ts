import type { ImportOptions, ImportResult } from './import-result.ts';
import { importJsonResume } from './json-resume.ts';
import { importMarkdownProfile } from './markdown-profile.ts';
import { detectProfileSource, type ProfileFormat } from './profile-format.ts';

export interface ProfileImport extends ImportResult {
  format: ProfileFormat;
}

/**
 * Imports a profile from the bytes of a file: markdown, a JSON Resume or a PDF CV, whichever
 * the content is. A PDF becomes markdown first and then reads as one.
 */
export async function importProfile(
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ProfileImport> {
  const source = detectProfileSource(bytes);
  switch (source.format) {
    case 'json-resume':
      return { format: source.format, ...importJsonResume(source.value, options) };
    case 'pdf': {
      // Loaded only for PDFs: the PDF library is large.
      const { pdfToMarkdown } = await import('./pdf-markdown.ts');
      const markdown = await pdfToMarkdown(source.bytes);
      return { format: source.format, ...importMarkdownProfile(markdown, options) };
    }
    default:
      return { format: source.format, ...importMarkdownProfile(source.text, options) };
  }
}
