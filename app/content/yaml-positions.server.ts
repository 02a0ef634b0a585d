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

/** Where problems lie in a YAML file, from the `yaml` library, which keeps every position. */
export interface Inspected {
  /** Everything the library finds wrong with the text, each with its line and column. */
  problems: Problem[];
  /** The problem of nesting deeper than the limit in the text itself, when there is one. */
  tooDeep?: Problem;
  locate(path: readonly PathSegment[]): { line: number; column: number };
}

/** Tags of the YAML core schema, and "!" (plain text): harmless. Any other is refused. */
const CORE_TAGS = new Set([
  '!',
  ...['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => `tag:yaml.org,2002:${t}`),
]);

const COMPOSE_OPTIONS = {
  uniqueKeys: true,
  version: '1.2',
  schema: 'core',
  merge: false,
} as const;

/**
 * Reads the text with the `yaml` library for its positions only: the nesting is checked on the
 * concrete syntax tree, before the composer recurses; then come a second document, syntax errors,
 * duplicate keys and tags. The data is never taken from here.
 */
export function inspectYaml(
  source: string,
  limit: { maxDepth: number; tooDeep: string },
): Inspected {
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

  const tokens = [...new Parser(lineCounter.addNewLine).parse(source)];
  const deep = tooDeepOffset(tokens, limit.maxDepth);
  if (deep !== undefined) {
    const tooDeep = located(deep, limit.tooDeep);
    return { problems: [tooDeep], tooDeep, locate: () => position(deep) };
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
  if (!doc) return { problems, locate: () => position(0) };
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
  return { problems, locate };
}

/**
 * Where the first list or map nested deeper than the limit starts, read from the concrete syntax
 * tree, which the library's parser builds without recursion; so is this walk.
 */
function tooDeepOffset(tokens: readonly CST.Token[], maxDepth: number): number | undefined {
  const pending: { token: CST.Token | null | undefined; depth: number }[] = tokens.map((token) => ({
    token: token.type === 'document' ? token.value : undefined,
    depth: 0,
  }));
  let first: number | undefined;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { token, depth } = next;
    if (!CST.isCollection(token)) continue;
    if (depth === maxDepth) {
      first = Math.min(first ?? token.offset, token.offset);
      continue;
    }
    for (const item of token.items) {
      pending.push({ token: item.key, depth: depth + 1 }, { token: item.value, depth: depth + 1 });
    }
  }
  return first;
}
