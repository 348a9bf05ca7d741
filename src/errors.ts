/** Every error the project raises on purpose carries a stable `code` callers can branch on. */
export type ErrorCode =
  | 'knowledge_invalid'
  | 'knowledge_unreadable'
  | 'config_invalid'
  | 'import_failed'
  | 'usage';

export class PortfolioBotError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'PortfolioBotError';
    this.code = code;
  }
}

/** One problem in a knowledge file, located as precisely as the file allows. */
export interface KnowledgeProblem {
  file: string;
  line: number;
  col: number;
  /** Dotted field path, e.g. `projects.2.links.0.url`; empty for file-level problems. */
  path: string;
  message: string;
}

export class KnowledgeError extends PortfolioBotError {
  readonly problems: KnowledgeProblem[];

  constructor(problems: KnowledgeProblem[], code: ErrorCode = 'knowledge_invalid') {
    super(code, problems.map(formatProblem).join('\n'));
    this.name = 'KnowledgeError';
    this.problems = problems;
  }
}

/** `FILE:LINE:COL field.path: message`, the form editors and terminals make clickable. */
export function formatProblem(problem: KnowledgeProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.col}`;
  return problem.path
    ? `${where} ${problem.path}: ${problem.message}`
    : `${where} ${problem.message}`;
}

export class ConfigError extends PortfolioBotError {
  constructor(readonly problems: string[]) {
    super('config_invalid', problems.join('\n'));
    this.name = 'ConfigError';
  }
}
