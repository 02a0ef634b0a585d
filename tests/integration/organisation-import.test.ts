import { describe, expect, test } from 'vitest';
import { listAudit } from '~/models/audit.server';
import { listOrganisationsForAdmin } from '~/models/organisation.server';
import {
  importOrganisationCsv,
  MAX_IMPORT_CHARACTERS,
} from '~/services/organisation-import.server';
import { makeOrganisation, makeUser } from '../support/factories';

const HEADER = 'name,country,ipu_group,chamber_type,members,staff,income_group';

const importing = (text: string) =>
  importOrganisationCsv({ text, actorId: makeUser({ isAdmin: true }).id, address: '192.0.2.7' });

const names = () => listOrganisationsForAdmin().map((o) => o.name);
const imports = () => listAudit({ action: 'organisations.imported', limit: 1000 });

describe('importing parliaments from CSV', () => {
  test('every line of a good file is imported, and the import logged once', () => {
    const before = imports().length;
    const outcome = importing(
      [
        HEADER,
        'Assembly of Import One,Importland,african,unicameral,90,210,low',
        'Senate of Import Two,Importland,african,upper,40,120,low',
      ].join('\n'),
    );
    expect(outcome).toEqual({ status: 'imported', count: 2 });
    expect(names()).toEqual(
      expect.arrayContaining(['Assembly of Import One', 'Senate of Import Two']),
    );
    expect(imports().length).toBe(before + 1);
    expect(imports()[0]?.detail).toEqual({ count: 2 });
    expect(imports()[0]?.address).toBe('192.0.2.7');
  });

  test.each([
    ['nothing at all', '', { status: 'empty' }],
    ['only blank lines', '\n  \n', { status: 'empty' }],
    // One character more than a mebibyte of text.
    ['text over the limit', 'x'.repeat(MAX_IMPORT_CHARACTERS + 1), { status: 'too-large' }],
  ])('%s is refused before it is read', (_, text, outcome) => {
    const before = names().length;
    expect(importing(text)).toEqual(outcome);
    expect(names().length).toBe(before);
  });

  test('one bad line refuses the whole file, each problem with its line and column', () => {
    makeOrganisation({ name: 'Already Here', country: 'Importland' });
    const before = names().length;
    const logged = imports().length;
    const outcome = importing(
      [
        HEADER,
        // Line 2 is good but is not imported, because of lines 3 and 4.
        'Good Line Parliament,Importland,arab,lower,100,300,high',
        'Already Here,Importland,arab,lower,100,300,high',
        'Zero Members House,Importland,arab,lower,0,300,high',
      ].join('\n'),
    );
    expect(outcome).toEqual({
      status: 'refused',
      problems: [
        {
          line: 3,
          column: 'name',
          message: 'import.alreadyExists',
          params: { name: 'Already Here' },
        },
        { line: 4, column: 'members', message: 'validation.organisation.members' },
      ],
    });
    expect(names().length).toBe(before);
    expect(imports().length).toBe(logged);
  });
});
