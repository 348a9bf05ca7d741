import { readFileSync, statSync } from 'node:fs';
import { type Document, isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { KnowledgeError, type KnowledgeProblem } from '../errors.ts';
import { type Profile, ProfileSchema } from './schema.ts';
import {
  aliasProblem,
  flowNestingProblem,
  type LimitProblem,
  nodeDepthProblem,
  YAML_LIMITS,
} from './yaml-limits.ts';

/**
 * Knowledge files larger than this are refused before parsing. A CV of 36 roles and 40 projects
 * imports to about 40 KiB of YAML; the limit leaves six times that. It also bounds the index
 * build, which runs on the main thread at each reload: about 100 ms here, 250 ms at 1 MiB.
 */
export const MAX_KNOWLEDGE_BYTES = 256 * 1024;

/** `--knowledge FILE`, then `KNOWLEDGE_PATH`, then the shipped profile. */
export function resolveKnowledgePath(
  explicit?: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return explicit ?? (env.KNOWLEDGE_PATH?.trim() || 'knowledge/profile.yaml');
}

/** Reads and validates a knowledge file; throws {@link KnowledgeError} listing every problem. */
export function loadKnowledge(file: string): Profile {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_KNOWLEDGE_BYTES) {
      throw fileProblem(
        file,
        `file is ${formatBytes(size)}; knowledge files are limited to ${formatBytes(MAX_KNOWLEDGE_BYTES)}`,
      );
    }
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof KnowledgeError) throw error;
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'file not found'
        : String((error as Error).message);
    throw new KnowledgeError(
      [{ file, line: 1, col: 1, path: '', message: reason }],
      'knowledge_unreadable',
    );
  }
  return parseKnowledge(bytes, file);
}

/** Validates knowledge given as bytes or text; `file` names it in messages. */
export function parseKnowledge(input: Buffer | string, file = '<knowledge>'): Profile {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  if (bytes.length > MAX_KNOWLEDGE_BYTES) {
    throw fileProblem(
      file,
      `file is ${formatBytes(bytes.length)}; knowledge files are limited to ${formatBytes(MAX_KNOWLEDGE_BYTES)}`,
    );
  }
  if (bytes.includes(0))
    throw fileProblem(file, 'file is binary (it contains NUL bytes), not YAML text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw fileProblem(file, 'file is not valid UTF-8 text');
  }
  if (text.trim() === '')
    throw fileProblem(file, 'file is empty; expected a YAML profile (see knowledge/profile.yaml)');

  const lineCounter = new LineCounter();
  const located = (problem: LimitProblem) => {
    const { line, col } = lineCounter.linePos(problem.offset);
    return new KnowledgeError([{ file, line, col, path: '', message: problem.message }]);
  };
  const brackets = flowNestingProblem(text);
  if (brackets) {
    // Lines are counted by the parser; before it runs, count them here.
    const before = text.slice(0, brackets.offset);
    const line = before.split('\n').length;
    const col = brackets.offset - before.lastIndexOf('\n');
    throw new KnowledgeError([{ file, line, col, path: '', message: brackets.message }]);
  }
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new KnowledgeError(
      doc.errors.map((error) => {
        // `linePos` is only filled in with prettyErrors; the offset is always there.
        const pos = lineCounter.linePos(error.pos[0]);
        return {
          file,
          line: pos.line,
          col: pos.col,
          path: '',
          message: yamlMessage(error.message),
        };
      }),
    );
  }
  const deep = nodeDepthProblem(doc);
  if (deep) throw located(deep);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (error) {
    // The yaml package refuses alias expansion past the limit with a ReferenceError.
    if (error instanceof ReferenceError) throw located(aliasProblem(doc));
    throw fileProblem(file, `cannot read the YAML: ${(error as Error).message}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw fileProblem(file, 'expected a mapping at the top level (identity:, skills:, ...)');
  }
  const result = ProfileSchema.safeParse(data);
  if (!result.success) {
    throw new KnowledgeError(
      result.error.issues.map((issue) => locateIssue(issue, doc, lineCounter, file)),
    );
  }
  return result.data;
}

function locateIssue(
  issue: z.core.$ZodIssue,
  doc: Document,
  lineCounter: LineCounter,
  file: string,
): KnowledgeProblem {
  const path = issue.path.map(String);
  // Walk up to the nearest node that exists: a missing key is reported on its parent.
  let offset = 0;
  for (let depth = path.length; depth >= 0; depth--) {
    const keys = issue.path.slice(0, depth) as (string | number)[];
    const node = keys.length === 0 ? doc.contents : doc.getIn(keys, true);
    if (isNode(node) && node.range) {
      offset = node.range[0];
      break;
    }
  }
  const { line, col } = lineCounter.linePos(offset);
  // zod words a missing key as a type error about `undefined`; say what a person would.
  const message = /expected \w+, received undefined$/.test(issue.message)
    ? 'is required'
    : issue.message;
  return { file, line, col, path: path.join('.') || '(top level)', message };
}

function yamlMessage(message: string): string {
  // The yaml package appends a code excerpt after the first line; the location is already given.
  return `YAML syntax error: ${message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message}`;
}

function fileProblem(file: string, message: string): KnowledgeError {
  return new KnowledgeError([{ file, line: 1, col: 1, path: '', message }]);
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}
