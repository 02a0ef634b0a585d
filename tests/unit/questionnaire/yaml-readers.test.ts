import { readFileSync } from 'node:fs';
import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { parseYaml } from '~/content/yaml.server';
import { yamlFiles } from '../../support/content';

/*
 * The proof issue 14 asks for before js-yaml may read the data: js-yaml with the reader's schema
 * (parseYaml) and the `yaml` library's YAML 1.2 core schema give the same data, for every committed
 * YAML file, for a table of scalars and for generated ones. toStrictEqual compares numbers with
 * Object.is: -0 is not 0, and NaN is NaN.
 */
function readByYaml(source: string): unknown {
  const doc = parseDocument(source, { schema: 'core' });
  expect(doc.errors).toEqual([]);
  return doc.toJS();
}

describe('every shipped and fixture YAML file reads to the same data both ways', () => {
  const files = ['config', 'questionnaires', 'tests/fixtures'].flatMap(yamlFiles);
  // The reader refuses these three, by design; the fixture tests hold their messages.
  const refused = [
    'tests/fixtures/questionnaires/invalid/aliases/1.0.yaml', // lists repeated 10 + 13 × 11 times
    'tests/fixtures/questionnaires/invalid/deep-mapping/1.0.yaml', // 66 levels
    'tests/fixtures/questionnaires/invalid/yaml-safety/1.0.yaml', // a duplicate key, tags
  ];

  test('the shipped questionnaires, modules and clusters file and the fixtures are all here', () => {
    // When this test was written: 18 shipped files (clusters, 4 versions, 13 modules) and 17
    // fixtures.
    expect(files.length).toBeGreaterThanOrEqual(35);
    expect(files).toContain('config/maturity-clusters.yaml');
    expect(files).toEqual(expect.arrayContaining(refused));
  });

  test.each(files)('%s', (file) => {
    const source = readFileSync(file, 'utf8');
    const read = parseYaml(source);
    if (refused.includes(file)) {
      expect(read.data).toBeUndefined();
      expect(read.problems).not.toEqual([]);
      return;
    }
    expect(read.problems).toEqual([]);
    expect(read.data).toStrictEqual(readByYaml(source));
  });
});

describe('scalars read the YAML 1.2 core way, in a file with an anchor or without', () => {
  test.each([
    ['0b11', '0b11'], // binary numbers are not in the core schema
    ['+.5', 0.5],
    ['-0x1', '-0x1'], // hexadecimal takes no sign
    ['+0x1', '+0x1'],
    ['0x1F', 31], // 1 × 16 + 15
    ['-0', -0], // the integer zero; JavaScript keeps the sign, JSON writes 0
    ['-0.0', -0],
    ['0o17', 15], // 1 × 8 + 7
    ['0o8', '0o8'], // 8 is no octal digit
    ['-0o7', '-0o7'], // octal takes no sign either
    ['010', 10], // decimal: an octal number starts with 0o
    ['+12', 12],
    ['1.', 1],
    ['.5e1', 5], // 0.5 × 10
    ['-1.5E-3', -0.0015],
    ['1e', '1e'],
    ['1e400', Infinity], // beyond the largest double
    ['.inf', Infinity],
    ['+.inf', Infinity],
    ['-.Inf', -Infinity],
    ['.NaN', NaN],
    ['-.nan', '-.nan'], // not-a-number takes no sign
    ['inf', 'inf'],
    ['1_000', '1_000'], // no digit separators
    ['1:30', '1:30'], // no base 60
    ['2026-12-01', '2026-12-01'], // no timestamps
    ['yes', 'yes'], // only true and false are booleans
    ['True', true],
    ['FALSE', false],
    ['tRUE', 'tRUE'],
    ['~', null],
    ['NULL', null],
    ['nULL', 'nULL'],
    ['', null],
    ["'010'", '010'],
  ])('%s', (scalar, expected) => {
    const plain = `value: ${scalar}\n`;
    const read = parseYaml(plain);
    expect(read.problems).toEqual([]);
    expect(read.data).toStrictEqual({ value: expected });
    expect(readByYaml(plain)).toStrictEqual({ value: expected });
    const anchored = parseYaml(`first: &one 1\nvalue: ${scalar}\n`);
    expect(anchored.problems).toEqual([]);
    expect(anchored.data).toStrictEqual({ first: 1, value: expected });
  });
});

describe('generated scalars read the same both ways', () => {
  const sign = fc.constantFrom('', '+', '-');
  const digits = fc.string({
    unit: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...'0123456789') },
      { weight: 1, arbitrary: fc.constantFrom(...'abcdefABCDEF_') },
    ),
    maxLength: 6,
  });
  const numberLike = fc
    .tuple(
      sign,
      fc.constantFrom('', '0o', '0x', '0b', '.', '0'),
      digits,
      fc.constantFrom('', '.', '.5', 'e3', 'E-2', 'e+', '.0', 'e0'),
    )
    .map((parts) => parts.join(''));
  const wordLike = fc
    .tuple(
      fc.constantFrom('', '+', '-', '.', '+.', '-.'),
      fc.constantFrom(
        ...['inf', 'Inf', 'INF', 'iNF', 'nan', 'NaN', 'NAN', 'nAn'],
        ...['true', 'True', 'TRUE', 'tRue', 'false', 'False', 'FALSE', 'fALSE'],
        ...['null', 'Null', 'NULL', 'nULL', '~', 'yes', 'no', 'on', 'off'],
      ),
    )
    .map((parts) => parts.join(''));
  const anyMix = fc.string({
    unit: fc.constantFrom(...'0179abeEfoxinNIFtrulsT.+-_~'),
    maxLength: 8,
  });
  const scalar = fc.oneof(numberLike, wordLike, anyMix);

  property.prop([scalar], { numRuns: 2000 })(
    'a plain scalar as a value, inside a flow list, and as a key',
    (text) => {
      for (const source of [`value: ${text}\n`, `value: [${text}]\n`, `${text}: 1\n`]) {
        const reference = parseDocument(source, { schema: 'core' });
        // A text that is not a plain scalar there ("-" alone, say) proves nothing here.
        if (reference.errors.length > 0) continue;
        const data: unknown = reference.toJS();
        // A null key is a known difference, shown below.
        if (source.endsWith(': 1\n') && isEmptyKeyed(data)) continue;
        const read = parseYaml(source);
        expect(read.problems, source).toEqual([]);
        expect(read.data, source).toStrictEqual(data);
      }
    },
  );
});

function isEmptyKeyed(data: unknown): boolean {
  return typeof data === 'object' && data !== null && Object.keys(data).includes('');
}

describe('keys: where the two readers part', () => {
  test('a null key is the text "null" (the yaml library would write "")', () => {
    expect(parseYaml('~: 1\n').data).toStrictEqual({ null: 1 });
    expect(readByYaml('~: 1\n')).toStrictEqual({ '': 1 });
  });

  test('so a null key and a "null" key are the same key, refused as a duplicate', () => {
    expect(parseYaml('null: 1\n"null": 2\n').problems.map((p) => p.message)).toEqual([
      'cannot read the file: duplicated mapping key',
    ]);
  });

  test('a list or a map as a key is the text js-yaml makes of it', () => {
    // No content has a use for such keys.
    expect(parseYaml('[a, b]: 1\n').data).toStrictEqual({ 'a,b': 1 });
    expect(readByYaml('[a, b]: 1\n')).toStrictEqual({ '[ a, b ]': 1 });
  });
});
