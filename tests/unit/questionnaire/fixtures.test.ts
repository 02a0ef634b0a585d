import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkPaths } from '~/content/questionnaires.server';
import { formatProblem } from '~/domain/questionnaire/problems';

/*
 * Each folder under tests/fixtures/questionnaires/invalid is a questionnaire with known faults,
 * and expected.txt lists exactly what the checker must say about it, line and column included.
 */
const root = resolve('tests/fixtures/questionnaires/invalid');
const cases = readdirSync(root).sort();

describe('invalid fixtures yield exactly their expected messages', () => {
  test('there are fixtures to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  test.each(cases)('%s', (name) => {
    const dir = join(root, name);
    const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').trim().split('\n');
    const report = checkPaths([dir]);
    const actual = report.problems.map((p) => formatProblem(p, relative(dir, p.file ?? '')));
    expect(actual).toEqual(expected);
  });
});
