import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { parseYaml } from '~/content/yaml.server';

/*
 * The data every committed YAML file reads to, as SHA-256 of a serialisation that keeps what JSON
 * loses (-0, NaN, the infinities, string or number). The hashes were recorded with the two
 * parsers the reader had before issue 14, so the reader of today must give the same data. An
 * entry covers its file as it was then: a file edited since is a new file, checked by its tests.
 */
const recorded = z
  .array(z.object({ file: z.string(), source: z.string(), data: z.string().nullable() }))
  .parse(JSON.parse(readFileSync('tests/unit/questionnaire/yaml-data.sha256.json', 'utf8')));

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function serialise(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? 'n:-0' : `n:${value}`;
  if (typeof value === 'string') return `s:${JSON.stringify(value)}`;
  if (Array.isArray(value)) return `[${value.map(serialise).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${serialise(v)}`);
    return `{${entries.join(',')}}`;
  }
  return String(value);
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .flatMap((path) =>
      statSync(path).isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(path) ? [path] : [],
    )
    .sort();
}

describe('scalars read the YAML 1.2 core way, in a file with an anchor or without', () => {
  test.each([
    ['0b11', '0b11'], // binary numbers are not in the core schema
    ['+.5', 0.5],
    ['-0x1', '-0x1'], // hexadecimal takes no sign
    ['-0', -0], // the integer zero; JavaScript keeps the sign, JSON writes 0
    ['0o17', 15], // 1 × 8 + 7
    ['.inf', Infinity],
    ['1_000', '1_000'], // no digit separators
    ['2026-12-01', '2026-12-01'], // no timestamps
    ['yes', 'yes'], // only true and false are booleans
    ['~', null],
    ["'010'", '010'],
    ['010', 10], // decimal: an octal number starts with 0o
  ])('%s', (scalar, expected) => {
    const plain = parseYaml(`value: ${scalar}\n`);
    expect(plain.problems).toEqual([]);
    expect(plain.data).toEqual({ value: expected });
    const anchored = parseYaml(`first: &one 1\nvalue: ${scalar}\n`);
    expect(anchored.problems).toEqual([]);
    expect(anchored.data).toEqual({ first: 1, value: expected });
  });
});

describe('every committed YAML file reads to the data it read to before issue 14', () => {
  const files = ['config', 'questionnaires', 'tests/fixtures'].flatMap(yamlFiles);
  const unchanged = recorded.filter(
    (entry) =>
      files.includes(entry.file) && sha256(readFileSync(entry.file, 'utf8')) === entry.source,
  );

  test('the record covers the shipped questionnaires, modules, clusters and fixtures', () => {
    // 35 files were recorded: 18 shipped (clusters, 4 versions, 13 modules) and 17 fixtures.
    expect(recorded).toHaveLength(35);
    expect(unchanged.length).toBeGreaterThan(0);
  });

  test.each(unchanged.map((entry) => [entry.file, entry] as const))('%s', (_file, entry) => {
    const { data } = parseYaml(readFileSync(entry.file, 'utf8'));
    expect(data === undefined ? null : sha256(serialise(data))).toBe(entry.data);
  });
});
