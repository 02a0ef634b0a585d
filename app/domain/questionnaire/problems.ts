import type { z } from 'zod';

export type PathSegment = string | number;

/** One thing wrong (or worth a look) in a content file, at a path inside it. */
export interface Problem {
  severity: 'error' | 'warning';
  path: PathSegment[];
  message: string;
  /** Set by the loader, which knows where the path sits in the file. */
  file?: string;
  line?: number;
  column?: number;
}

export function error(path: PathSegment[], message: string): Problem {
  return { severity: 'error', path, message };
}

export function warning(path: PathSegment[], message: string): Problem {
  return { severity: 'warning', path, message };
}

/** `domains[2].questions[0].options."3"`: how the checker names a place in a file. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `${out ? '.' : ''}"${segment}"`;
  }
  return out || '(top level)';
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string')
    return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

/** Plain-language messages for zod's type errors; every other message is the schema's own. */
export const authorErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'is required';
    const expected =
      issue.expected === 'object'
        ? 'a map'
        : issue.expected === 'array'
          ? 'a list'
          : `a ${issue.expected}`;
    return `expected ${expected}, got ${describeValue(issue.input)}`;
  }
  if (issue.code === 'invalid_value' && issue.values.length > 0) {
    return `use ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
  }
  return undefined;
};

/** Zod issues as problems; an unknown-keys issue becomes one problem per key, at the key. */
export function problemsFromZod(issues: readonly z.core.$ZodIssue[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const messages = issue.message.split('\n');
      issue.keys.forEach((key, index) => {
        const message = messages.length === issue.keys.length ? messages[index] : issue.message;
        problems.push(error([...path, key], message ?? issue.message));
      });
    } else if (
      issue.code === 'invalid_union' &&
      issue.errors.length > 0 &&
      issue.message === 'Invalid input'
    ) {
      problems.push(error(path, 'does not match any accepted form'));
    } else {
      problems.push(error(path, issue.message));
    }
  }
  return problems;
}

/** `file:line:column: severity: path: message`, the checker's one-line form of a problem. */
export function formatProblem(problem: Problem, file: string): string {
  return `${file}:${problem.line ?? 1}:${problem.column ?? 1}: ${problem.severity}: ${formatPath(problem.path)}: ${problem.message}`;
}
