import { load, YAMLException, type LoadOptions } from 'js-yaml';
import type { PathSegment, Problem } from '~/domain/questionnaire/problems';
import { YAML_CORE_SCHEMA } from './yaml-core.server';
import { inspectYaml, type Inspected } from './yaml-positions.server';

/** Larger files are refused before parsing: no questionnaire comes near this. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
/**
 * How many times aliases may repeat a list or map: this stops "billion laughs" expansion. An
 * alias of a plain value is a copy of one value and costs nothing, so it is not counted.
 */
export const MAX_ALIASES = 20;
/**
 * How deep lists and maps may nest. The deepest shipped file needs 9 levels (the flagship 8) and
 * each level of groups inside groups adds 2: 64 leaves room for far more than any maturity model,
 * and everything that walks the content afterwards (zod, the checks, scoring) then recurses only
 * that deep. At 10,000 levels the stack overflows, or the process aborts outright.
 */
export const MAX_DEPTH = 64;
const TOO_DEEP = `lists and maps are nested more than ${MAX_DEPTH} levels deep`;

export interface ParsedYaml {
  data?: unknown;
  problems: Problem[];
  /** Line and column (1-based) of the deepest node along `path` that exists in the file. */
  locate(path: readonly PathSegment[]): { line: number; column: number };
}

const LOAD_OPTIONS: LoadOptions & { maxDepth: number } = {
  schema: YAML_CORE_SCHEMA,
  // js-yaml 4.3 stops at maxDepth before recursing further (its type declarations do not list
  // the option yet). It counts every node, the scalar inside the deepest list too: one more
  // than MAX_DEPTH lets every file within the limit through, and the walk below draws the line.
  maxDepth: MAX_DEPTH + 1,
};

/**
 * Parses YAML safely, by one set of rules: js-yaml with the YAML 1.2 core schema decides the data
 * of every file. The size is capped; nesting is stopped before anything recurses deeply; duplicate
 * keys and tags outside the core schema are refused (no custom types, no surprises); and lists and
 * maps repeated through aliases are counted. The `yaml` library, several times slower, only places
 * problems: it runs when a file is refused, or when a later check asks where a problem lies.
 */
export function parseYaml(source: string): ParsedYaml {
  if (Buffer.byteLength(source, 'utf8') > MAX_FILE_BYTES) {
    return {
      problems: [
        {
          severity: 'error',
          path: [],
          message: `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`,
          line: 1,
          column: 1,
        },
      ],
      locate: () => ({ line: 1, column: 1 }),
    };
  }
  let inspected: Inspected | undefined;
  const inspect = () =>
    (inspected ??= inspectYaml(source, {
      maxDepth: MAX_DEPTH,
      tooDeep: `${TOO_DEEP}; a questionnaire needs far fewer`,
    }));
  const locate = (path: readonly PathSegment[]) => inspect().locate(path);
  const problem = (message: string, where: { line: number; column: number }): Problem => ({
    severity: 'error',
    path: [],
    message,
    ...where,
  });

  let data: unknown;
  try {
    // An empty file, or one holding only comments, has no document: its data is null.
    data = load(source, LOAD_OPTIONS) ?? null;
  } catch (e) {
    const { problems } = inspect();
    if (problems.length > 0) return { problems, locate };
    // Refused by js-yaml alone (a key written both as 1 and as "1", say): its own words.
    const where =
      e instanceof YAMLException ? { line: e.mark.line + 1, column: e.mark.column + 1 } : undefined;
    const reason = e instanceof YAMLException ? e.reason : String(e);
    return {
      problems: [problem(`cannot read the file: ${reason}`, where ?? { line: 1, column: 1 })],
      locate,
    };
  }

  const found = walk(data);
  if (found?.fault === 'deep') {
    const { tooDeep } = inspect();
    if (tooDeep) return { problems: [tooDeep], locate };
    return {
      problems: [problem(`${TOO_DEEP} once aliases are expanded`, locate(found.path))],
      locate,
    };
  }
  if (found?.fault === 'aliases') {
    const message = `lists and maps are repeated through aliases more than ${MAX_ALIASES} times`;
    return { problems: [problem(message, locate(found.path))], locate };
  }
  return { data, problems: [], locate };
}

interface Step {
  value: object;
  depth: number;
  parent?: Step;
  key?: PathSegment;
}

function pathOf(step: Step): PathSegment[] {
  const path: PathSegment[] = [];
  for (let at: Step | undefined = step; at?.key !== undefined; at = at.parent) path.unshift(at.key);
  return path;
}

/**
 * Walks the data as the tree it stands for, every alias expanded, without recursion: the first
 * list or map nested deeper than MAX_DEPTH, or the one where aliases repeat lists and maps more
 * than MAX_ALIASES times. js-yaml shares an aliased value instead of copying it, so the place a
 * value is first reached (its anchor, in the order of the text) is where it is defined; reaching
 * it from anywhere else is an alias, counted each time it is walked. The walk therefore takes
 * at most MAX_ALIASES + 1 times the size of the data.
 */
function walk(data: unknown): { fault: 'deep' | 'aliases'; path: PathSegment[] } | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const definedAt = new Map<object, Step | undefined>([[data, undefined]]);
  let repeated = 0;
  const pending: Step[] = [{ value: data, depth: 1 }];
  for (let step = pending.pop(); step; step = pending.pop()) {
    const { value, depth, parent, key } = step;
    if (parent) {
      if (!definedAt.has(value)) {
        definedAt.set(value, step);
      } else {
        const defined = definedAt.get(value);
        if (defined?.parent?.value !== parent.value || defined.key !== key) {
          repeated += 1;
          if (repeated > MAX_ALIASES) return { fault: 'aliases', path: pathOf(step) };
        }
      }
    }
    if (depth > MAX_DEPTH) return { fault: 'deep', path: pathOf(step) };
    const entries: [PathSegment, unknown][] = Array.isArray(value)
      ? [...value.entries()]
      : Object.entries(value);
    // Last pushed, first walked: in reverse, so that the walk follows the text.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [childKey, child] = entries[i] ?? [];
      if (childKey !== undefined && typeof child === 'object' && child !== null) {
        pending.push({ value: child, depth: depth + 1, parent: step, key: childKey });
      }
    }
  }
  return undefined;
}
