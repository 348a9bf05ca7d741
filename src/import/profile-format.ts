import { PortfolioBotError } from '../errors.ts';
import { isHtmlDocument } from './html-page.ts';
import { looksLikeJsonResume } from './json-resume.ts';
import { validateJsonResume } from './json-resume-validate.ts';
import { looksLikeLatexCv } from './moderncv.ts';
import { assertWordDocument, isOfficeContainer } from './office-file.ts';
import { looksLikeRenderCv } from './rendercv-shape.ts';
import { type DataSyntax, looksLikeResumeData } from './resume-data.ts';
import { isTypst } from './typst-detect.ts';
import { yamlSource } from './yaml-source.ts';

/** The readers `import` knows, picked by what a file holds rather than by its name. */
export type ProfileFormat =
  | 'markdown'
  | 'json-resume'
  | 'rendercv'
  | 'resume-data'
  | 'latex'
  | 'typst'
  | 'pdf'
  | 'docx'
  | 'html';

export type ProfileSource =
  | { format: 'pdf'; bytes: Uint8Array }
  | { format: 'docx'; bytes: Uint8Array }
  | { format: 'json-resume'; value: unknown }
  | { format: 'rendercv'; value: unknown }
  | { format: 'resume-data'; value: unknown; syntax: DataSyntax }
  | { format: 'latex'; text: string }
  | { format: 'typst'; text: string }
  | { format: 'markdown'; text: string }
  | { format: 'html'; text: string };

const PDF_MAGIC = '%PDF-';

/**
 * `%PDF-` is a PDF; a ZIP holding `word/document.xml` is a Word document (other ZIPs and legacy
 * `.doc` files are refused with what they are); a JSON object with `basics` or `work` is a JSON
 * Resume; a YAML (or JSON) document whose `cv:` holds `name` and `sections` is a RenderCV file;
 * other YAML or JSON with a name and a list of jobs, schools, skills or projects is résumé data;
 * other UTF-8 text is markdown. Throws a one-line reason for anything else (binary, empty, other JSON, YAML that
 * is no résumé). A text that opens with a LaTeX command and holds `\documentclass`, `\cventry`
 * or `\name{` is a LaTeX CV; a whole HTML document (`<!doctype html>`, `<html>`) is a saved web
 * page; a Typst source (`#import "@preview/…"`, `#show: … .with(`, `=` headings) is a Typst CV,
 * read as markdown once its markup is rewritten. `fileName`, when given, marks a `.yaml`/`.yml` file as meant to be YAML.
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
    const data = looksLikeResumeData(value);
    // A builder's export with `basics` but its own shape is read as data, not refused.
    if (looksLikeJsonResume(value) && (!data || passesJsonResumeSchema(value)))
      return { format: 'json-resume', value };
    if (data) return { format: 'resume-data', value, syntax: 'JSON' };
    fail(
      'is JSON but not a JSON Resume (jsonresume.org): it has neither "basics" nor "work", nor a name with experience, education, skills or projects lists',
    );
  }
  if (isHtmlDocument(text)) return { format: 'html', text };
  if (looksLikeLatexCv(text)) return { format: 'latex', text };
  if (isTypst(text)) return { format: 'typst', text };
  const yaml = yamlSource(text, /\.ya?ml$/i.test(fileName ?? ''));
  if (yaml?.format === 'resume-data') return { ...yaml, format: yaml.format, syntax: 'YAML' };
  if (yaml) return { format: 'rendercv', value: yaml.value };
  return { format: 'markdown', text };
}

function passesJsonResumeSchema(value: unknown): boolean {
  try {
    validateJsonResume(value);
    return true;
  } catch {
    return false;
  }
}

function fail(problem: string): never {
  throw new PortfolioBotError('import_failed', problem);
}
