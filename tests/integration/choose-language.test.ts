import { describe, expect, test } from 'vitest';
import { getUser } from '~/models/user.server';
import { saveLanguage } from '~/services/choose-language.server';
import { makeUser } from '../support/factories';

describe('choosing a language', () => {
  test('the choice is kept with the account, and a later one replaces it', () => {
    const person = makeUser();
    const other = makeUser();
    expect(getUser(person.id)?.locale).toBeNull();
    saveLanguage({ userId: person.id, language: 'fr' });
    expect(getUser(person.id)?.locale).toBe('fr');
    saveLanguage({ userId: person.id, language: 'en' });
    expect(getUser(person.id)?.locale).toBe('en');
    expect(getUser(other.id)?.locale).toBeNull();
  });
});
