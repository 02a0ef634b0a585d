import { expect, test } from 'vitest';
import { csvCell, csvDocument } from '~/domain/csv';

test.each([
  ['plain', 'plain'],
  ['a, b', '"a, b"'],
  ['say "hi"', '"say ""hi"""'],
  ['two\nlines', '"two\nlines"'],
  ['=HYPERLINK("http://evil","x")', '"\'=HYPERLINK(""http://evil"",""x"")"'],
  ['+1 555', "'+1 555"],
  ['-cmd', "'-cmd"],
  ['@SUM(A1)', "'@SUM(A1)"],
  [3.25, '3.25'],
  [-2, '-2'],
  [null, ''],
  ['a\uFFFEb\u0001', 'a\uFFFDb\uFFFD'],
])('%j becomes %s', (input, output) => {
  expect(csvCell(input)).toBe(output);
});

test('a document starts with a byte-order mark and ends lines with CRLF', () => {
  expect(csvDocument(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
});
