import { PortfolioBotError } from '../errors.ts';
import { settleWordShapes, type WordNode } from './docx-word-shapes.ts';
import { readHtmlPage } from './html-page.ts';
import type { ImportOptions, ImportResult } from './import-result.ts';
import { importMarkdownProfile } from './markdown-profile.ts';

// Added to mammoth's own map (Heading 1–6, lists, tables, links): the name a CV sets in Word's
// Title style is its first heading; the Subtitle under it an ordinary line (the job title).
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

/**
 * Imports a Word (.docx) CV: mammoth turns its WordprocessingML (styles, numbering, tables,
 * hyperlinks) into HTML, which reads as a saved page's content does. Headers, footers,
 * comments and images are left out.
 */
export async function importDocx(
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const html = await docxToHtml(bytes);
  const { markdown } = readHtmlPage(html);
  if (markdown.trim() === '') {
    throw new PortfolioBotError(
      'import_failed',
      'the Word document holds no text in its body (text in headers, footers, text boxes or images is not read); put the CV in the body and try again',
    );
  }
  const result = readMarkdown(markdown, options);
  result.notes.unshift(
    'Word document → read as markdown; headers, footers, comments and images set aside',
  );
  return result;
}

function readMarkdown(markdown: string, options: ImportOptions): ImportResult {
  try {
    return importMarkdownProfile(markdown, options);
  } catch (error) {
    // Word templates often put the name in the page header, which is not part of the body.
    if (!(error instanceof PortfolioBotError) || !error.message.startsWith('no name found'))
      throw error;
    throw new PortfolioBotError(
      'import_failed',
      'no name found in the Word document: put the name on its first line or in the Title style (a name in the page header is not read) and try again',
      { cause: error },
    );
  }
}

async function docxToHtml(bytes: Uint8Array): Promise<string> {
  // Loaded only for Word files, like the PDF reader: the chat server never pays for it.
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        transformDocument: (document: WordNode) => settleWordShapes(document),
      },
    );
    html = result.value;
  } catch (error) {
    throw new PortfolioBotError(
      'import_failed',
      `the Word document is damaged and cannot be read (${(error as Error).message}); open it in Word, save it again as .docx, a PDF or markdown and try again`,
      { cause: error },
    );
  }
  // A Word table names no header row unless one is marked as such (mammoth's <thead>): an empty
  // first row keeps the first real row a row of facts, not the table's header.
  return html.replace(/<table>(?!<thead>)/g, '<table><tr></tr>');
}
