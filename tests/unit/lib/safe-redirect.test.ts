import { expect, test } from 'vitest';
import { safeRedirectTarget } from '~/lib/safe-redirect';

test.each([
  ['/assessments/3?tab=x', '/assessments/3?tab=x'],
  ['//evil.example', '/'],
  ['/\\evil.example', '/'],
  ['https://evil.example', '/'],
  ['javascript:alert(1)', '/'],
  ['/ok\r\nSet-Cookie: x=1', '/'],
  [42, '/'],
  [null, '/'],
])('%s becomes %s', (input, expected) => {
  expect(safeRedirectTarget(input)).toBe(expected);
});
