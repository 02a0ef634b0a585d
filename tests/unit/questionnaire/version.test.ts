import { describe, expect, test } from 'vitest';
import { compareVersions } from '~/domain/questionnaire/version';

describe('compareVersions orders versions part by part, as numbers', () => {
  test.each<[string, string, -1 | 0 | 1]>([
    ['1.0', '1.0', 0],
    ['1.0', '1.1', -1],
    ['1.2', '1.10', -1], // 2 < 10, though "1.2" > "1.10" as text
    ['1.10', '1.9', 1],
    ['2.0', '1.99', 1],
    ['2.0.1', '2.0', 1], // the missing patch counts as 0
    ['2.0.0', '2.0', 0],
    ['1.0', '2.0.1', -1],
    ['3.0.10', '3.0.9', 1],
  ])('%s against %s: %i', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
    expect(Math.sign(compareVersions(b, a))).toBe(sign === 0 ? 0 : -sign);
  });

  test('sorts a list oldest first', () => {
    const versions = ['1.10', '2.0.1', '1.2', '1.9', '2.0', '1.0'];
    expect([...versions].sort(compareVersions)).toEqual([
      '1.0',
      '1.2',
      '1.9',
      '1.10',
      '2.0',
      '2.0.1',
    ]);
  });
});
