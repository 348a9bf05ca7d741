import { PortfolioBotError } from '../errors.ts';
import { isHtmlDocument } from './html-page.ts';
import { looksLikeJsonResume } from './json-resume.ts';
import { looksLikeLatexCv } from './moderncv.ts';
import { assertWordDocument, isOfficeContainer } from './office-file.ts';
import { renderCvDocument } from './rendercv-detect.ts';
import { looksLikeRenderCv } from './rendercv-shape.ts';

/** The readers `import` knows, picked by what a file holds rather than by its name. */
export type ProfileFormat =
  | 'markdown'
  | 'json-resume'
  | 'rendercv'
  | 'latex'
  | 'pdf'
  | 'docx'
  | 'html';

export type ProfileSource =
  | { format: 'pdf'; bytes: Uint8Array }
  | { format: 'docx'; bytes: Uint8Array }
  | { format: 'json-resume'; value: unknown }
  | { format: 'rendercv'; value: unknown }
  | { format: 'latex'; text: string }
  | { format: 'markdown'; text: string }
  | { format: 'html'; text: string };

const PDF_MAGIC = '%PDF-';

/**
 * `%PDF-` is a PDF; a ZIP holding `word/document.xml` is a Word document (other ZIPs and legacy
 * `.doc` files are refused with what they are); a JSON object with `basics` or `work` is a JSON Resume; a YAML (or JSON)
 * document whose `cv:` holds `name` and `sections` is a RenderCV file; other UTF-8 text is
 * markdown. Throws a one-line reason for anything else (binary, empty, other JSON, YAML that
 * is not RenderCV). A text that opens with a LaTeX command and holds `\documentclass`, `\cventry`
 * or `\name{` is a LaTeX CV; a whole HTML document (`<!doctype html>`, `<html>`) is a saved web
 * page. `fileName`, when given, marks a `.yaml`/`.yml` file as meant to be YAML.
 */
export function detectProfileSource(bytes: Uint8Array, fileName?: string): ProfileSource {
  // Before the PDF test: a Word file's compressed parts could hold `%PDF-` by chance.
  if (isOfficeContainer(bytes)) {
    assertWordDocument(bytes);
    return { format: 'docx', bytes };
  }
  // A PDF may carry a few bytes of junk before its header; readers accept it in the first KiB.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes(PDF_MAGIC)) return { format: 'pdf', bytes };
  if (bytes.includes(0))
    fail('file is binary (it contains NUL bytes), not markdown, JSON, PDF or a Word document');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail('file is not UTF-8 text; save it as UTF-8 and try again');
  }
  if (text.trim() === '')
    fail('file is empty; expected a markdown profile, a resume.json or a PDF');
  const trimmed = text.trim();
  if (trimmed.startsWith('{') && trimmed.endsWith('}')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      fail(`looks like JSON but does not parse: ${(error as Error).message}`);
    }
    if (looksLikeRenderCv(value)) return { format: 'rendercv', value };
    if (!looksLikeJsonResume(value)) {
      fail('is JSON but not a JSON Resume (jsonresume.org): it has neither "basics" nor "work"');
    }
    return { format: 'json-resume', value };
  }
  if (isHtmlDocument(text)) return { format: 'html', text };
  if (looksLikeLatexCv(text)) return { format: 'latex', text };
  const rendercv = renderCvDocument(text, /\.ya?ml$/i.test(fileName ?? ''));
  if (rendercv !== undefined) return { format: 'rendercv', value: rendercv };
  return { format: 'markdown', text };
}

function fail(problem: string): never {
  throw new PortfolioBotError('import_failed', problem);
}
