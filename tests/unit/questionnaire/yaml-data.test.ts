import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { parseYaml } from '~/content/yaml.server';
import { yamlFiles } from '../../support/content';

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
