import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { error, type Problem } from '~/domain/questionnaire/problems';
import { parseYaml, type ParsedYaml } from './yaml.server';

/** One YAML content file (a questionnaire version, a course module, the clusters file), read. */
export interface ContentFile<T> {
  file: string;
  /** SHA-256 of the file's bytes: a registered version must never change. */
  hash: string;
  value?: T;
  problems: Problem[];
}

/** A file as read, with what is needed to place the problems that later checks find in it. */
export interface ReadFile<T> extends ContentFile<T> {
  parsed: Pick<ParsedYaml, 'locate'>;
}

const nowhere = { locate: () => ({ line: 1, column: 1 }) };

function thrown(what: string, e: unknown): Problem {
  return error([], `${what}: ${e instanceof Error ? e.message : String(e)}`);
}

/**
 * Gives each problem its file, line and column (problems from the YAML parser have theirs). A
 * place that cannot be found is the file's first line: the problem is never lost.
 */
function addProblems(content: ReadFile<unknown>, problems: readonly Problem[]) {
  for (const problem of problems) {
    let where = { line: 1, column: 1 };
    try {
      where =
        problem.line === undefined
          ? content.parsed.locate(problem.path)
          : { line: problem.line, column: problem.column ?? 1 };
    } catch {
      // Keep the first line.
    }
    content.problems.push({ ...problem, file: content.file, ...where });
  }
}

/**
 * A later check of a file that has been read (links to other files, names): what it finds, or
 * whatever it throws, becomes the file's problems. The reader never crashes on content.
 */
export function checkFile(content: ReadFile<unknown>, check: () => readonly Problem[]) {
  let problems: readonly Problem[];
  try {
    problems = check();
  } catch (e) {
    problems = [thrown('cannot check the file', e)];
  }
  addProblems(content, problems);
}

/**
 * The one way content files are read: the bytes, the safe YAML parser, then `validate`. Every
 * failure, an exception from any step included, is a problem of the file with a line and column.
 * A value that passed the schema is kept even when a rule failed, for the cross-file checks;
 * callers drop it at the end if the file has any error.
 */
export function readContentFile<T>(
  file: string,
  validate: (raw: unknown) => { value?: T; problems: Problem[] },
): ReadFile<T> {
  const content: ReadFile<T> = { file, hash: '', problems: [], parsed: nowhere };
  try {
    const source = readFileSync(file, 'utf8');
    content.hash = createHash('sha256').update(source).digest('hex');
    const parsed = parseYaml(source);
    content.parsed = parsed;
    addProblems(content, parsed.problems);
    if (parsed.data === undefined) return content;
    const data = parsed.data;
    checkFile(content, () => {
      const result = validate(data);
      content.value = result.value;
      return result.problems;
    });
  } catch (e) {
    addProblems(content, [thrown('cannot read the file', e)]);
  }
  return content;
}
