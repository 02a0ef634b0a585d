import { describe, expect, test } from 'vitest';
import { checkPassword } from '~/domain/password-policy';

const common = new Set(['password', 'qwertyuiop', 'parliament', 'letmein', 'iloveyou', 'dragon']);
const check = (password: string, person: { email?: string; name?: string } = {}) =>
  checkPassword(password, { ...person, common });

describe('checkPassword', () => {
  test.each([
    ['correct horse battery', []],
    ['tangerine-ladder-73-orbit', []],
    ['Zp9#kq2!vW7m', []],
  ])('%s is accepted', (password, problems) => {
    expect(check(password)).toEqual(problems);
  });

  test.each([
    ['short1!', ['too-short']],
    ['elevenchars', ['too-short']],
    ['a'.repeat(257), ['too-long', 'repetitive']],
  ])('%s breaks the length rule', (password, problems) => {
    expect(check(password)).toEqual(problems);
  });

  test('exactly 12 characters is enough, counted as characters not bytes', () => {
    expect(check('é'.repeat(6) + 'xyzwvu')).toEqual([]);
  });

  test.each([
    ['password1234', 'a common word padded with digits'],
    ['Password2024!', 'capitals and symbols around it'],
    ['p@ssw0rd!!!!', 'leetspeak'],
    ['qwertyuiop12', 'a keyboard walk'],
    ['!!parliament!', 'symbols before and after'],
    ['letmeinletmein', 'repeated twice'],
  ])('%s is refused as common (%s)', (password) => {
    expect(check(password)).toContain('common');
  });

  test("the person's name or address is refused", () => {
    expect(check('lena.lead-secure-pass', { email: 'lena.lead@demo.example' })).toContain(
      'personal',
    );
    expect(check('Vrazinska2026!!', { name: 'Olga Vrazinska' })).toContain('personal');
    expect(check('unrelated words here', { name: 'Al Bo' })).toEqual([]);
  });

  test('a character or a short pattern repeated is refused', () => {
    expect(check('aaaaaaaaaaaa')).toContain('repetitive');
    expect(check('abcabcabcabc')).toContain('repetitive');
  });
});
