import { PortfolioBotError } from '../errors.ts';
import { isZip, zipEntryNames } from './zip-entries.ts';

// Word 97–2003 and the other legacy Office formats are OLE compound files.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const SAVE_AS = 'save it as a Word document (.docx), a PDF or markdown and try again';

/** Whether the bytes are a ZIP archive or a legacy Office file, which `officeKind` judges. */
export function isOfficeContainer(bytes: Uint8Array): boolean {
  return isZip(bytes) || OLE_MAGIC.every((byte, i) => bytes[i] === byte);
}

/**
 * Tells a Word document (`.docx`: a ZIP holding `word/document.xml`) by what it holds, whatever
 * its name; throws a one-line reason naming what the file is instead (a spreadsheet, a
 * presentation, an OpenDocument file, a legacy `.doc`, another archive, a damaged ZIP).
 */
export function assertWordDocument(bytes: Uint8Array): void {
  if (!isZip(bytes)) {
    fail(`file is a Word 97–2003 document (.doc) or another legacy Office file; ${SAVE_AS}`);
  }
  const names = zipEntryNames(bytes);
  if (names === undefined) {
    fail(
      `file is a ZIP archive (perhaps a .docx) that is truncated or damaged: its table of contents cannot be read; ${SAVE_AS}`,
    );
  }
  if (names.includes('word/document.xml')) return;
  fail(`file is ${containerName(names)}, not a Word document; ${SAVE_AS}`);
}

function containerName(names: readonly string[]): string {
  if (names.includes('xl/workbook.xml')) return 'an Excel spreadsheet (.xlsx)';
  if (names.includes('ppt/presentation.xml')) return 'a PowerPoint presentation (.pptx)';
  if (names.includes('mimetype') && names.includes('content.xml'))
    return 'an OpenDocument file (.odt, .ods or .odp)';
  return `a ZIP archive of ${names.length} file${names.length === 1 ? '' : 's'}`;
}

function fail(problem: string): never {
  throw new PortfolioBotError('import_failed', problem);
}
