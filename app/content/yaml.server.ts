import {
  Composer,
  CST,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  visit,
  type Document,
} from 'yaml';
import type { PathSegment, Problem } from '~/domain/questionnaire/problems';

/** Larger files are refused before parsing: no questionnaire comes near this. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Aliases are allowed, but only a few: this stops "billion laughs" expansion. */
export const MAX_ALIASES = 20;
/**
 * How deep lists and maps may nest. The deepest shipped file needs 9 levels (the flagship 8) and
 * each level of groups inside groups adds 2: 64 leaves room for far more than any maturity model,
 * and everything that walks the content afterwards (the composer, zod, the checks, scoring) then
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

/** Tags of the YAML core schema: harmless. Any other is refused. */
const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => `tag:yaml.org,2002:${t}`),
);

const COMPOSE_OPTIONS = {
  uniqueKeys: true,
  version: '1.2',
  schema: 'core',
  merge: false,
} as const;

/**
 * Parses YAML safely, with one parser (the `yaml` library, YAML 1.2 core schema): size cap,
 * nesting checked before anything recurses, duplicate keys refused, no tags (no custom types, no
 * surprises), limited aliases. The text is parsed once: the same tokens give the nesting check,
 * the document and the data, and the document places every problem, later checks' included.
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

  const lineCounter = new LineCounter();
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const located = (offset: number, message: string): Problem => ({
    severity: 'error',
    path: [],
    message,
    ...position(offset),
  });

  // The concrete syntax tree first, built without recursion: the composer below recurses.
  const tokens = [...new Parser(lineCounter.addNewLine).parse(source)];
  const { tooDeep, aliases } = scan(tokens);
  if (tooDeep !== undefined) {
    return {
      problems: [located(tooDeep, `${TOO_DEEP}; a questionnaire needs far fewer`)],
      locate: () => position(tooDeep),
    };
  }

  const problems: Problem[] = [];
  let doc: Document.Parsed | undefined;
  for (const next of new Composer(COMPOSE_OPTIONS).compose(tokens, true, source.length)) {
    if (doc) {
      problems.push(located(next.range[0], 'a second YAML document: a file holds only one'));
      break;
    }
    doc = next;
  }
  if (!doc) return { problems: [located(0, 'cannot read the file')], locate: () => position(0) };
  for (const e of doc.errors) {
    const message =
      e.code === 'DUPLICATE_KEY'
        ? 'duplicate key: each key may appear once in a map'
        : (e.message.split(' at line')[0] ?? e.message);
    problems.push(located(e.pos[0], message));
  }
  visit(doc, {
    Node(_key, node) {
      if (node.tag && !CORE_TAGS.has(node.tag)) {
        problems.push(
          located(
            node.range?.[0] ?? 0,
            `tags such as ${node.tag} are not allowed: write plain values`,
          ),
        );
      }
    },
  });

  const root = doc.contents;
  const locate = (path: readonly PathSegment[]) => {
    let node: unknown = root;
    let offset = root?.range[0] ?? 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isScalar(p.key) && String(p.key.value) === String(segment),
        );
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
    // The library counts the anchored node with its aliases, and weighs an alias of a list or
    // map by the aliases inside it: 20 aliases of a plain value are the most it allows here.
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIASES + 1 });
    // Without aliases the text's nesting, checked above, is the data's.
    const deep = aliases ? tooDeepAt(data) : undefined;
    if (deep) {
      return {
        problems: [{ ...located(0, `${TOO_DEEP} once aliases are expanded`), ...locate(deep) }],
        locate,
      };
    }
    return { data, problems, locate };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { problems: [located(0, `cannot read the file: ${message}`)], locate };
  }
}

/**
 * Where the first list or map nested deeper than MAX_DEPTH starts, and whether there is an alias,
 * read from the `yaml` library's concrete syntax tree, which its parser builds without recursion;
 * so is this walk.
 */
function scan(tokens: readonly CST.Token[]): { tooDeep?: number; aliases: boolean } {
  const pending: { token: CST.Token | null | undefined; depth: number }[] = tokens.map((token) => ({
    token: token.type === 'document' ? token.value : undefined,
    depth: 0,
  }));
  let tooDeep: number | undefined;
  let aliases = false;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { token, depth } = next;
    if (token?.type === 'alias') aliases = true;
    if (!CST.isCollection(token)) continue;
    if (depth === MAX_DEPTH) {
      tooDeep = Math.min(tooDeep ?? token.offset, token.offset);
      continue;
    }
    for (const item of token.items) {
      pending.push({ token: item.key, depth: depth + 1 }, { token: item.value, depth: depth + 1 });
    }
  }
  return { tooDeep, aliases };
}

/**
 * The path to the first value nested deeper than MAX_DEPTH once aliases are expanded (the text
 * itself is checked before composing). Without recursion; a value shared through aliases is walked
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
