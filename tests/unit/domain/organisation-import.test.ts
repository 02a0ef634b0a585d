import { describe, expect, test } from 'vitest';
import { parseCsv } from '~/domain/csv';
import { checkOrganisationImport } from '~/domain/organisation-import';

describe('parseCsv', () => {
  test('quotes, doubled quotes, line breaks in quotes, CRLF and a BOM', () => {
    const result = parseCsv('\uFEFFa,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n\r\nlast,,\n');
    expect(result).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b', 'c'] },
        { line: 2, fields: ['x, y', 'say "hi"', 'two\nlines'] },
        { line: 5, fields: ['last', '', ''] },
      ],
    });
  });

  test('semicolons, as some spreadsheets save', () => {
    expect(parseCsv('a;b\n1;2')).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['1', '2'] },
      ],
    });
  });

  test('an unclosed quote is reported with its line', () => {
    expect(parseCsv('a,b\n1,"open\n2,3')).toEqual({
      ok: false,
      line: 2,
      message: 'a quoted field is not closed',
    });
  });
});

const header = 'name,country,ipu_group,chamber_type,members,staff,income_group';

describe('checkOrganisationImport', () => {
  const none = () => false;

  test('a good file gives its rows', () => {
    const check = checkOrganisationImport(
      `${header}\nSenate of X,Xland,eurasia,upper,50,120,high\n"Assembly of Y, the",Yland,african,unicameral,90,200,low`,
      none,
    );
    expect(check).toEqual({
      ok: true,
      rows: [
        {
          name: 'Senate of X',
          country: 'Xland',
          ipuGroup: 'eurasia',
          chamberType: 'upper',
          members: 50,
          staff: 120,
          incomeGroup: 'high',
          isDemo: false,
        },
        {
          name: 'Assembly of Y, the',
          country: 'Yland',
          ipuGroup: 'african',
          chamberType: 'unicameral',
          members: 90,
          staff: 200,
          incomeGroup: 'low',
          isDemo: false,
        },
      ],
    });
  });

  test('every bad line is reported, with its line and column, and nothing passes', () => {
    const file = [
      header,
      'Good,Aland,arab,lower,100,300,high',
      'Bad group,Bland,europe,lower,100,300,high',
      'Bad numbers,Cland,arab,lower,many,-3,high',
      'Good,Aland,arab,lower,100,300,high',
      'Too few,Dland,arab',
      'Known,Eland,grulac,unicameral,10,20,low',
    ].join('\n');
    const check = checkOrganisationImport(file, (name) => name === 'Known');
    expect(check).toEqual({
      ok: false,
      problems: [
        { line: 3, column: 'ipu_group', message: 'validation.organisation.ipuGroup' },
        { line: 4, column: 'members', message: 'validation.organisation.members' },
        { line: 4, column: 'staff', message: 'validation.organisation.staff' },
        { line: 5, column: 'name', message: 'import.duplicateInFile', params: { line: 2 } },
        { line: 6, message: 'import.fieldCount', params: { expected: 7, found: 3 } },
        { line: 7, column: 'name', message: 'import.alreadyExists', params: { name: 'Known' } },
      ],
    });
  });

  test('a header with a missing and an unknown column', () => {
    const check = checkOrganisationImport(
      'name,country,ipu_group,chamber,members,staff,income_group\n',
      none,
    );
    expect(check).toEqual({
      ok: false,
      problems: [
        {
          line: 1,
          column: 'chamber_type',
          message: 'import.missingColumn',
          params: { column: 'chamber_type' },
        },
        {
          line: 1,
          column: 'chamber',
          message: 'import.unknownColumn',
          params: {
            column: 'chamber',
            columns:
              'name, country, ipu_group, chamber_type, members, staff, income_group, is_demo',
          },
        },
      ],
    });
  });

  test('an empty file and a header without rows', () => {
    expect(checkOrganisationImport('', none)).toEqual({
      ok: false,
      problems: [{ line: 1, message: 'import.empty' }],
    });
    expect(checkOrganisationImport(header, none)).toEqual({
      ok: false,
      problems: [{ line: 1, message: 'import.noRows' }],
    });
  });
});
