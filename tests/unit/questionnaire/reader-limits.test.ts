import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readClusters } from '~/content/clusters.server';
import { checkPaths } from '~/content/questionnaires.server';
import { MAX_ALIASES, MAX_DEPTH, parseYaml } from '~/content/yaml.server';
import { formatProblem } from '~/domain/questionnaire/problems';
import { tmpDir } from '../../setup/paths';

/*
 * Content that would break the reader itself. Nesting deeper than MAX_DEPTH is refused before
 * either YAML parser recurses into it (10,000 levels used to overflow the stack, or abort the
 * process), and anything else that throws becomes a problem of its file. Files too large to
 * commit are generated here; like the fixtures under invalid/, each yields exactly its messages.
 */
const TOO_DEEP =
  'error: (top level): lists and maps are nested more than 64 levels deep; a questionnaire needs far fewer';
const root = (mkdirSync(tmpDir, { recursive: true }), mkdtempSync(join(tmpDir, 'reader-')));

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes the files into a fresh questionnaire folder and returns what the checker says. */
function check(name: string, files: Record<string, string>): string[] {
  const dir = join(root, name);
  mkdirSync(dir);
  for (const [file, source] of Object.entries(files)) writeFileSync(join(dir, file), source);
  return checkPaths([dir]).problems.map((p) => formatProblem(p, relative(dir, p.file ?? '')));
}

const N = 10_000;

describe('nesting deeper than the limit is a problem with its line and column', () => {
  test('the limit is 64 levels', () => {
    expect(MAX_DEPTH).toBe(64);
  });

  test.each([
    // The 65th "- " starts at column 2 × 64 + 1.
    ['a block sequence 10,000 deep', `${'- '.repeat(N)}x\n`, `1.0.yaml:1:129: ${TOO_DEEP}`],
    // The 65th "[" is the 65th character.
    [
      'a flow sequence 10,000 deep',
      `${'['.repeat(N)}${']'.repeat(N)}\n`,
      `1.0.yaml:1:65: ${TOO_DEEP}`,
    ],
    // Each level is "{a: ", four characters: the 65th "{" is at 4 × 64 + 1.
    [
      'a flow mapping 10,000 deep',
      `${'{a: '.repeat(N)}1${'}'.repeat(N)}\n`,
      `1.0.yaml:1:257: ${TOO_DEEP}`,
    ],
    // An anchor changes nothing. Under the top-level map (level 1), the first "[" (column 4) is
    // level 2, so level 65 is column 4 + 63.
    [
      'a flow sequence 10,000 deep in a file with an anchor',
      `a: &x 1\nb: ${'['.repeat(N)}${']'.repeat(N)}\n`,
      `1.0.yaml:2:67: ${TOO_DEEP}`,
    ],
  ])('%s', (name, source, expected) => {
    expect(check(name.replace(/\W+/g, '-'), { '1.0.yaml': source })).toEqual([expected]);
  });

  test('aliases that expand past the limit are refused at the alias that goes too deep', () => {
    // Three levels of 30 lists each: 1 + 30 + 30 + 30 levels once expanded, never more than 31
    // in the text. *b sits in c's innermost list, after "c: " and 30 brackets: column 34.
    const lists = (inner: string) => `${'['.repeat(30)}${inner}${']'.repeat(30)}`;
    const source = `a: &a ${lists('1')}\nb: &b ${lists('*a')}\nc: ${lists('*b')}\n`;
    expect(check('aliases', { '1.0.yaml': source })).toEqual([
      '1.0.yaml:3:34: error: (top level): lists and maps are nested more than 64 levels deep once aliases are expanded',
    ]);
  });

  test('64 levels are read, with an anchor or without; 65 are not', () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const depthOf = (value: unknown): number =>
      Array.isArray(value) ? 1 + Math.max(0, ...value.map(depthOf)) : 0;
    for (const prefix of ['', '&anchored ']) {
      const fine = parseYaml(`${prefix}${nested(64)}`);
      expect(fine.problems, prefix).toEqual([]);
      expect(depthOf(fine.data), prefix).toBe(64);
      const deep = parseYaml(`${prefix}${nested(65)}`);
      expect(deep.data, prefix).toBeUndefined();
      expect(
        deep.problems.map((p) => [p.line, p.column]),
        prefix,
      ).toEqual([[1, prefix.length + 65]]);
    }
  });
});

describe('lists and maps repeated through aliases are counted, wherever the aliases stand', () => {
  const read = (source: string) => {
    const { data, problems } = parseYaml(source);
    return { data, problems: problems.map((p) => `${p.line}:${p.column} ${p.message}`) };
  };
  const TOO_MANY = 'lists and maps are repeated through aliases more than 20 times';
  // An anchored list and its aliases right after JSON-style keys, with no space, where a pattern
  // that looked for aliases used to miss them: {"a":&x [1],"k0":*x,...}.
  const flowMap = (aliases: number) =>
    `y: {"a":&x [1],${Array.from({ length: aliases }, (_, i) => `"k${i}":*x`).join(',')}}\n`;

  test('the limit is 20 repetitions', () => {
    expect(MAX_ALIASES).toBe(20);
  });

  test('20 aliases of a list after JSON-style keys are read', () => {
    const keys = ['a', ...Array.from({ length: 20 }, (_, i) => `k${i}`)];
    expect(read(flowMap(20))).toEqual({
      data: { y: Object.fromEntries(keys.map((key) => [key, [1]])) },
      problems: [],
    });
  });

  test('21 are refused, at the key of the 21st', () => {
    // 'y: {"a":&x [1],' is 15 characters, "k0" to "k9" take 8 each and "k10" to "k19" 9 each:
    // "k20" starts at column 15 + 80 + 90 + 1.
    expect(read(flowMap(21))).toEqual({ data: undefined, problems: [`1:186 ${TOO_MANY}`] });
  });

  test('aliases of a plain value are not counted: each is a copy of one value', () => {
    const aliases = Array.from({ length: 25 }, (_, i) => `"k${i}":*x`).join(',');
    expect(read(`y: {"a":&x 1,${aliases}}\n`).problems).toEqual([]);
  });

  test('an alias inside a repeated list counts each time the list is repeated', () => {
    // b repeats a 3 times; c repeats b 3 times, each with its 3: 3 + 3 × (1 + 3) = 15.
    const fifteen = 'a: &a [1]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\n';
    expect(read(fifteen).problems).toEqual([]);
    // d repeats c once: 16, its first *b 17, that b's three *a 20, its second *b 21, all
    // inside the *c of line 4, column 5.
    expect(read(`${fifteen}d: [*c]\n`)).toEqual({ data: undefined, problems: [`4:5 ${TOO_MANY}`] });
  });

  test('a list that holds itself is refused, not walked for ever', () => {
    expect(read('&a [*a]\n')).toEqual({ data: undefined, problems: [`1:5 ${TOO_MANY}`] });
  });
});

describe('a file is one YAML document', () => {
  test('an empty file is a problem of its file, not a file skipped', () => {
    expect(check('empty', { '1.0.yaml': '' })).toEqual([
      '1.0.yaml:1:1: error: (top level): expected a map, got null',
    ]);
  });

  test('a second document is a problem where it starts', () => {
    const read = parseYaml('a: 1\n---\nb: 2\n');
    expect(read.data).toBeUndefined();
    expect(read.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '2:1 a second YAML document: a file holds only one',
    ]);
  });
});

describe('anything else that throws becomes a problem of its file', () => {
  const valid = 'questionnaires/examples/digital-readiness/1.0.yaml';

  test.each([
    ['a folder named like a version file', '9.9.yaml'],
    ['a folder named like a module file', 'modules/broken.yaml'],
  ])('%s: the valid version beside it is still read', (name, unreadable) => {
    const dir = join(root, name.replace(/\W+/g, '-'));
    mkdirSync(join(dir, unreadable), { recursive: true });
    copyFileSync(valid, join(dir, '1.0.yaml'));
    const report = checkPaths([dir]);
    expect(report.problems.map((p) => formatProblem(p, relative(dir, p.file ?? '')))).toEqual([
      `${unreadable}:1:1: error: (top level): cannot read the file: EISDIR: illegal operation on a directory, read`,
    ]);
    const version = report.folders[0]?.versions.find((v) => v.file.endsWith('1.0.yaml'));
    expect(version?.value?.id).toBe('digital-readiness');
  });
});

describe('the maturity clusters file goes through the same reader', () => {
  test('too deep: a problem with its line and column', () => {
    const file = join(root, 'clusters-deep.yaml');
    writeFileSync(file, `clusters: ${'['.repeat(N)}${']'.repeat(N)}\n`);
    const read = readClusters(file);
    expect(read.value).toBeUndefined();
    // "clusters: " is ten characters; its list is level 2, so level 65 is column 11 + 63.
    expect(read.problems.map((p) => formatProblem(p, 'clusters.yaml'))).toEqual([
      `clusters.yaml:1:74: ${TOO_DEEP}`,
    ]);
  });

  test('a schema fault: located at the key', () => {
    const file = join(root, 'clusters-bad.yaml');
    writeFileSync(file, 'clusters:\n  - id: Beginners\n    name: Beginners\n    rule: {}\n');
    const read = readClusters(file);
    expect(read.value).toBeUndefined();
    expect(read.problems.map((p) => `${p.line}:${p.column} ${p.path.join('.')}`)).toEqual([
      '2:5 clusters.0.id',
    ]);
  });
});
