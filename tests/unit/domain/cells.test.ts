import { describe, expect, test } from 'vitest';
import { exportText, spreadsheetCell } from '~/domain/cells';

const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');
const R = '\uFFFD';

describe('exportText: characters XML 1.0 forbids become U+FFFD, everything else stays', () => {
  // Every C0 control character: XML 1.0 keeps only tab, line feed and carriage return.
  const controls = Array.from({ length: 0x20 }, (_, code) => code);
  test.each(controls.filter((code) => ![0x09, 0x0a, 0x0d].includes(code)))(
    'control U+%s is replaced',
    (code) => {
      expect(exportText(`a${String.fromCharCode(code)}b`), hex(code)).toBe(`a${R}b`);
    },
  );

  test.each([
    ['tab', 'a\tb', 'a\tb'],
    ['line feed', 'a\nb', 'a\nb'],
    ['carriage return', 'a\r\nb', 'a\r\nb'],
    ['U+FFFE', 'a\uFFFEb', `a${R}b`],
    ['U+FFFF', 'a\uFFFFb', `a${R}b`],
    ['a lone high surrogate in the middle', 'a\uD800b', `a${R}b`],
    ['a lone high surrogate at the end', 'ab\uDBFF', `ab${R}`],
    ['a lone low surrogate at the start', '\uDC00ab', `${R}ab`],
    ['a pair in the wrong order', 'a\uDC00\uD800b', `a${R}${R}b`],
    ['two high surrogates before a low one: the first is alone', '\uD800\uD83D\uDE00', `${R}😀`],
    ['an emoji (a surrogate pair)', 'ok 😀 🏛', 'ok 😀 🏛'],
    ['the last code point, U+10FFFF', '\uDBFF\uDFFF', '\uDBFF\uDFFF'],
    ['the replacement character itself', R, R],
    ['U+D7FF and U+E000, either side of the surrogates', '\uD7FF\uE000', '\uD7FF\uE000'],
    ['DEL and C1 controls (allowed by XML 1.0)', 'a\u007F\u0085b', 'a\u007F\u0085b'],
    ['accents, Arabic and CJK', 'é ملف 文件', 'é ملف 文件'],
    ['several at once', '\u0001x\uFFFE\uD800', `${R}x${R}${R}`],
    ['an empty text', '', ''],
  ])('%s', (_name, input, output) => {
    expect(exportText(input)).toBe(output);
  });
});

describe('spreadsheetCell: cleaned text, then the formula guard', () => {
  test.each([
    ['text', 'plain', 'plain'],
    ['a formula', '=1+1', "'=1+1"],
    ['a formula with a forbidden character', '=A1\u0001', `'=A1${R}`],
    ['a forbidden character before "=": no longer a formula', '\u0001=1', `${R}=1`],
    ['a leading tab', '\tx', "'\tx"],
    ['a number', 3.5, 3.5],
    ['not a number', Number.NaN, null],
    ['nothing', undefined, null],
    ['null', null, null],
    ['another value, as text', true, 'true'],
  ])('%s', (_name, input, output) => {
    expect(spreadsheetCell(input)).toBe(output);
  });
});
