import { importHtmlPage } from './html-page-profile.ts';
import type { ImportOptions, ImportResult } from './import-result.ts';
import { importJsonResume } from './json-resume.ts';
import { importMarkdownProfile } from './markdown-profile.ts';
import { importLatexCv } from './moderncv.ts';
import { detectProfileSource, type ProfileFormat } from './profile-format.ts';
import { importRenderCv } from './rendercv.ts';
import { importResumeData } from './resume-data.ts';

export interface ProfileImport extends ImportResult {
  format: ProfileFormat;
}

export interface ProfileImportOptions extends ImportOptions {
  /** The file's name: a `.yaml`/`.yml` file that is no résumé is refused, not read as text. */
  fileName?: string;
}

/**
 * Imports a profile from the bytes of a file: markdown, a JSON Resume, a RenderCV file, résumé
 * data of another shape (a Jekyll `_data/resume.yml`, a site's `cv.json`), a LaTeX
 * (moderncv) source, a PDF CV, a Word (.docx) CV or a saved web page, whichever the content
 * is. A PDF, a Word file or a page becomes markdown first and then reads as one.
 */
export async function importProfile(
  bytes: Uint8Array,
  { fileName, ...options }: ProfileImportOptions = {},
): Promise<ProfileImport> {
  const source = detectProfileSource(bytes, fileName);
  switch (source.format) {
    case 'json-resume':
      return { format: source.format, ...importJsonResume(source.value, options) };
    case 'rendercv':
      return { format: source.format, ...importRenderCv(source.value, options) };
    case 'resume-data':
      return { format: source.format, ...importResumeData(source.value, source.syntax, options) };
    case 'latex':
      return { format: source.format, ...importLatexCv(source.text, options) };
    case 'pdf': {
      // Loaded only for PDFs: the PDF library is large.
      const { pdfToMarkdown } = await import('./pdf-markdown.ts');
      const markdown = await pdfToMarkdown(source.bytes);
      return { format: source.format, ...importMarkdownProfile(markdown, options) };
    }
    case 'docx': {
      // Loaded only for Word files: the reader and its ZIP and XML libraries are large.
      const { importDocx } = await import('./docx-profile.ts');
      return { format: source.format, ...(await importDocx(source.bytes, options)) };
    }
    case 'html':
      return { format: source.format, ...importHtmlPage(source.text, options) };
    default:
      return { format: source.format, ...importMarkdownProfile(source.text, options) };
  }
}
