import jsYaml from 'js-yaml';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import type { PathSegment, Problem } from '~/domain/questionnaire/problems';

/** Larger files are refused before parsing: no questionnaire comes near this. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** Aliases are allowed, but only a few: this stops "billion laughs" expansion. */
export const MAX_ALIASES = 20;

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
 * surprises), limited aliases. Every problem carries its line and column.
 *
 * A plain file (no anchor or alias) is read by js-yaml, which is several times faster;
 * anything else, or any file with a problem, goes through the `yaml` library, which reports
 * every problem with its position. Positions for later problems are computed on demand.
 */
export function parseYaml(source: string): ParsedYaml {
  if (Buffer.byteLength(source, 'utf8') <= MAX_FILE_BYTES && !ANCHOR_OR_ALIAS.test(source)) {
    try {
      const data: unknown = jsYaml.load(source, { schema: jsYaml.CORE_SCHEMA });
      let precise: ParsedYaml | undefined;
      return {
        data,
        problems: [],
        locate: (path) => (precise ??= parsePrecisely(source)).locate(path),
      };
    } catch {
      // Fall through: the precise parser reports what is wrong, and where.
    }
  }
  return parsePrecisely(source);
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

  const doc = parseDocument(source, {
    lineCounter,
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
    return { data: doc.toJS({ maxAliasCount: MAX_ALIASES }), problems, locate };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { problems: [{ ...located(0, `cannot read the file: ${message}`) }], locate };
  }
}
