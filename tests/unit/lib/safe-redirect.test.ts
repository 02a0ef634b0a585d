import { expect, test } from 'vitest';
import { safeRedirectTarget } from '~/lib/safe-redirect';

test.each([
  ['/assessments/3?tab=x', '/assessments/3?tab=x'],
  ['//evil.example', '/'],
  ['/\\evil.example', '/'],
  ['https://evil.example', '/'],
  ['javascript:alert(1)', '/'],
  ['/ok\r\nSet-Cookie: x=1', '/'],
  ['/\u3002', '/'],
  ['/\u0000', '/'],
  ['/\u007f', '/'],
  ['/caf\u00e9', '/'],
  ['/with space', '/'],
  ['/o/3?cycle=2025&questionnaire=a%C3%A9', '/o/3?cycle=2025&questionnaire=a%C3%A9'],
  ['/' + 'a'.repeat(2_001), '/'],
  [42, '/'],
  [null, '/'],
])('%s becomes %s', (input, expected) => {
  expect(safeRedirectTarget(input)).toBe(expected);
});
