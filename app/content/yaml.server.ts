import jsYaml from 'js-yaml';
import {
  CST,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  Parser,
  visit,
  type Node,
} from 'yaml';
import type { PathSegment, Problem } from '~/domain/questionnaire/problems';

/** Larger files are refused before parsing: no questionnaire comes near this. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Aliases are allowed, but only a few: this stops "billion laughs" expansion. */
export const MAX_ALIASES = 20;
/**
 * How deep lists and maps may nest. The deepest shipped file needs 9 levels (the flagship 8) and
 * each level of groups inside groups adds 2: 64 leaves room for far more than any maturity model,
 * and everything that walks the content afterwards (both parsers, zod, the checks, scoring) then
 * recurses only that deep. At 10,000 levels the stack overflows, or the process aborts outright.
 */
export const MAX_DEPTH = 64;
const TOO_DEEP = `lists and maps are nested more than ${MAX_DEPTH} levels deep`;

export interface ParsedYaml {
  data?: unknown;
  problems: Problem[];
  /** Line and column (1-based) of the deepest node along `path` that exists in the file. */
  locate(path: readonly PathSegment[]): { line: number; column: number };
}

function keyMatches(key: unknown, segment: PathSegment): boolean {
  return isScalar(key) && String(key.value) === String(segment);
}

/**
 * An anchor or alias where a node may start. js-yaml shares aliased nodes instead of copying
 * them, so their count must be limited by the precise parser. (A Markdown "- *emphasis*" line
 * also matches: such a file only takes the slower path.)
 */
const ANCHOR_OR_ALIAS = /(?:^|[:?,[{-]\s+|[[{,])[&*][^\s*]/m;

/** Tags of the YAML core schema: harmless, and accepted by both parsers. Any other is refused. */
const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => `tag:yaml.org,2002:${t}`),
);

/**
 * Parses YAML safely: size cap, duplicate keys refused, no tags (no custom types, no
 * surprises), limited aliases, limited nesting. Every problem carries its line and column.
 *
 * A plain file (no anchor or alias) is read by js-yaml, which is several times faster;
 * anything else, or any file with a problem, goes through the `yaml` library, which reports
 * every problem with its position. Positions for later problems are computed on demand.
 */
export function parseYaml(source: string): ParsedYaml {
  if (Buffer.byteLength(source, 'utf8') <= MAX_FILE_BYTES && !ANCHOR_OR_ALIAS.test(source)) {
    try {
      // js-yaml 4.3 stops at maxDepth itself (its types do not list the option yet). Its depth
      // counts every node, a scalar inside the deepest list too, so a file at the limit may take
      // the precise path; none past the limit is read here.
      const options: jsYaml.LoadOptions & { maxDepth: number } = {
        schema: jsYaml.CORE_SCHEMA,
        maxDepth: MAX_DEPTH,
      };
      const data: unknown = jsYaml.load(source, options);
      if (!tooDeepAt(data)) {
        let precise: ParsedYaml | undefined;
        return {
          data,
          problems: [],
          locate: (path) => (precise ??= parsePrecisely(source)).locate(path),
        };
      }
    } catch {
      // Fall through: the precise parser reports what is wrong, and where.
    }
  }
  return parsePrecisely(source);
}

/**
 * Where the first list or map nested deeper than MAX_DEPTH starts, read from the `yaml`
 * library's concrete syntax tree, which its parser builds without recursion; so is this walk.
 */
function tooDeepOffset(tokens: readonly CST.Token[]): number | undefined {
  const pending: { token: CST.Token | null | undefined; depth: number }[] = tokens.map((token) => ({
    token: token.type === 'document' ? token.value : undefined,
    depth: 0,
  }));
  let first: number | undefined;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { token, depth } = next;
    if (!CST.isCollection(token)) continue;
    if (depth === MAX_DEPTH) {
      first = Math.min(first ?? token.offset, token.offset);
      continue;
    }
    for (const item of token.items) {
      pending.push({ token: item.key, depth: depth + 1 }, { token: item.value, depth: depth + 1 });
    }
  }
  return first;
}

/**
 * The path to the first value nested deeper than MAX_DEPTH once aliases are expanded (the text
 * itself is checked before parsing). Without recursion; a value shared through aliases is walked
 * again only when reached at a greater depth than before.
 */
function tooDeepAt(data: unknown): PathSegment[] | undefined {
  interface Step {
    value: unknown;
    depth: number;
    parent?: Step;
    key?: PathSegment;
  }
  const deepestVisit = new Map<object, number>();
  const pending: Step[] = [{ value: data, depth: 0 }];
  for (let step = pending.pop(); step; step = pending.pop()) {
    const { value, depth } = step;
    if (typeof value !== 'object' || value === null) continue;
    if ((deepestVisit.get(value) ?? -1) >= depth) continue;
    deepestVisit.set(value, depth);
    if (depth === MAX_DEPTH) {
      const path: PathSegment[] = [];
      for (let at: Step | undefined = step; at?.key !== undefined; at = at.parent) {
        path.unshift(at.key);
      }
      return path;
    }
    const entries = Array.isArray(value) ? [...value.entries()] : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] ?? [];
      if (key !== undefined) pending.push({ value: child, depth: depth + 1, parent: step, key });
    }
  }
  return undefined;
}

function parsePrecisely(source: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: Problem[] = [];
  const located = (offset: number, message: string): Problem => ({
    severity: 'error',
    path: [],
    message,
    ...position(offset),
  });

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

  // The concrete syntax tree first: it counts the lines, and the composer below recurses.
  const tokens = [...new Parser(lineCounter.addNewLine).parse(source)];
  const tooDeep = tooDeepOffset(tokens);
  if (tooDeep !== undefined) {
    return {
      problems: [located(tooDeep, `${TOO_DEEP}; a questionnaire needs far fewer`)],
      locate: () => position(tooDeep),
    };
  }

  const doc = parseDocument(source, {
    uniqueKeys: true,
    version: '1.2',
    schema: 'core',
    merge: false,
    prettyErrors: false,
  });
  for (const e of doc.errors) {
    const message =
      e.code === 'DUPLICATE_KEY'
        ? 'duplicate key: each key may appear once in a map'
        : (e.message.split(' at line')[0] ?? e.message);
    problems.push(located(e.pos[0], message));
  }
  visit(doc, {
    Node(_key, node) {
      if (isNode(node) && node.tag && !CORE_TAGS.has(node.tag)) {
        problems.push(
          located(
            node.range?.[0] ?? 0,
            `tags such as ${node.tag} are not allowed: write plain values`,
          ),
        );
      }
    },
  });

  const locate = (path: readonly PathSegment[]) => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => keyMatches(p.key, segment));
        if (!pair) break;
        offset = (isNode(pair.key) ? pair.key.range?.[0] : undefined) ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item: unknown = node.items[segment];
        if (!isNode(item)) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else {
        break;
      }
    }
    return position(offset);
  };

  if (problems.length > 0) return { problems, locate };
  try {
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIASES });
    const deep = tooDeepAt(data);
    if (deep) {
      const where = locate(deep);
      return {
        problems: [{ ...located(0, `${TOO_DEEP} once aliases are expanded`), ...where }],
        locate,
      };
    }
    return { data, problems, locate };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { problems: [{ ...located(0, `cannot read the file: ${message}`) }], locate };
  }
}
