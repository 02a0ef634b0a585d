import { describe, expect, test } from 'vitest';
import { getUser } from '~/models/user.server';
import { accountPage, saveProfile } from '~/services/my-account.server';
import { makeHub, makeOrganisation, makeUser } from '../support/factories';

describe('the account page', () => {
  test.each([
    // No saved language: the page's select shows the browser's ('').
    { locale: null, isAdmin: false, shown: '' },
    { locale: 'fr', isAdmin: true, shown: 'fr' },
  ])('saved language $locale is shown as "$shown"', ({ locale, isAdmin, shown }) => {
    const organisation = makeOrganisation({ name: 'Parliament of Somewhere' });
    const hub = makeHub([]);
    const person = makeUser({ role: 'viewer', organisationId: organisation, coordinates: hub });
    const view = accountPage({
      person: { name: 'Test Person', email: person.email, locale, isAdmin, actor: person.actor() },
    });
    expect(view).toEqual({
      account: { name: 'Test Person', email: person.email, locale: shown, isAdmin },
      workspace: {
        organisations: [{ id: organisation, name: 'Parliament of Somewhere', role: 'viewer' }],
        hubs: [{ id: hub, name: expect.stringMatching(/^Hub /) }],
      },
    });
  });
});

describe('saving the profile', () => {
  test.each([
    { name: '  Ada Lovelace ', locale: 'fr', savedName: 'Ada Lovelace', savedLocale: 'fr' },
    // Back to the browser's language.
    { name: 'Ada', locale: null, savedName: 'Ada', savedLocale: null },
  ])('"$name" and $locale', ({ name, locale, savedName, savedLocale }) => {
    const person = makeUser();
    saveProfile({ userId: person.id, name, locale });
    expect(getUser(person.id)).toMatchObject({ name: savedName, locale: savedLocale });
  });
});
