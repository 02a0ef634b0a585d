import { relative } from 'node:path';
import { expect, test } from 'vitest';
import { checkPaths } from '~/content/questionnaires.server';
import { formatProblem } from '~/domain/questionnaire/problems';

test('every shipped questionnaire, example and module passes the checker without errors', () => {
  const report = checkPaths(['questionnaires']);
  const errors = report.problems
    .filter((p) => p.severity === 'error')
    .map((p) => formatProblem(p, relative(process.cwd(), p.file ?? '')));
  expect(errors).toEqual([]);
  const files = report.folders.flatMap((f) => [...f.versions, ...f.modules]);
  expect(files.length).toBeGreaterThanOrEqual(2);
  expect(files.every((f) => f.value !== undefined)).toBe(true);
});
