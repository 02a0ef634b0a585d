import { describe, expect, test } from 'vitest';
import { readQuestionnaireFolder } from '~/content/questionnaires.server';
import { carryAnswers, carryOneStep } from '~/domain/questionnaire/carry';
import type { Questionnaire } from '~/domain/questionnaire/schema';
import type { Answer } from '~/domain/scoring/answers';

const folder = readQuestionnaireFolder('tests/fixtures/questionnaires/valid/carry-demo');
const [v10, v11] = folder.versions.map((v) => {
  if (!v.value) throw new Error(`${v.file} is invalid`);
  return v.value;
});
if (!v10 || !v11) throw new Error('carry-demo needs versions 1.0 and 1.1');

/** A stored answer: what the respondent gave, plus a comment that must travel with it. */
type Stored = Answer & { comment?: string };
type Given = string | number | 'na' | 'dk';

function stored(value: Given, comment?: string): Stored {
  const base: Stored =
    value === 'na'
      ? { state: 'not-applicable', value: null }
      : value === 'dk'
        ? { state: 'dont-know', value: null }
        : { state: 'answered', value };
  return comment === undefined ? base : { ...base, comment };
}
const table = (rows: Record<string, Given>) =>
  new Map(Object.entries(rows).map(([id, value]) => [id, stored(value)]));

describe('carrying answers from carry-demo 1.0 to 1.1 through its map', () => {
  test.each<[string, Record<string, Given>, Record<string, Given>]>([
    ['a kept question keeps its answer', { 'plan.kept': 'yes' }, { 'plan.kept': 'yes' }],
    [
      'not applicable and don’t know are carried too',
      { 'plan.kept': 'na', 'plan.old-name': 'dk' },
      { 'plan.kept': 'na', 'plan.new-name': 'dk' },
    ],
    ['a renamed question follows its new id', { 'plan.old-name': 'no' }, { 'plan.new-name': 'no' }],
    [
      'a split question gives its answer to each part',
      { 'plan.whole': 'yes' },
      { 'plan.part-a': 'yes', 'plan.part-b': 'yes' },
    ],
    [
      'a part that no longer offers the answer is left without it',
      { 'plan.whole': 'partly' }, // plan.part-b says partly: false
      { 'plan.part-a': 'partly' },
    ],
    [
      'a merged question takes the first answer of its sources',
      { 'plan.left': 'no', 'plan.right': 'yes' },
      { 'plan.both': 'no' },
    ],
    [
      'a merged question takes the answer of a later source when the first has none',
      { 'plan.right': 'partly' },
      { 'plan.both': 'partly' },
    ],
    ['a dropped question is left behind', { 'plan.gone': 'yes' }, {}],
    ['a figure still within bounds is kept', { 'plan.count': 40 }, { 'plan.count': 40 }],
    ['a figure beyond the new maximum (40) is left behind', { 'plan.count': 41 }, {}],
    ['an answer to a question neither version has is left behind', { 'plan.stray': 'yes' }, {}],
    ['no answers, nothing carried', {}, {}],
  ])('%s', (_, given, carried) => {
    expect(carryOneStep(v11, table(given))).toEqual(table(carried));
  });

  test('a whole assessment: every rule at once, comments travelling with their answers', () => {
    const given = new Map<string, Stored>([
      ['plan.kept', stored('yes', 'policy of 2023')],
      ['plan.old-name', stored('partly')],
      ['plan.whole', stored('partly', 'half done')],
      ['plan.left', stored('dk')],
      ['plan.right', stored('yes')],
      ['plan.gone', stored('no')],
      ['plan.count', stored(12)],
    ]);
    expect(carryOneStep(v11, given)).toEqual(
      new Map<string, Stored>([
        ['plan.new-name', stored('partly')],
        ['plan.part-a', stored('partly', 'half done')],
        ['plan.both', stored('dk')],
        ['plan.kept', stored('yes', 'policy of 2023')],
        ['plan.count', stored(12)],
      ]),
    );
  });
});

/** carry-demo 1.1 with another map: the entries a test names, and the 1.1 questions. */
const remapped = (changes: Questionnaire['changes']): Questionnaire => ({ ...v11, changes });

describe('map entries naming ids that do not exist', () => {
  test.each<[string, Questionnaire['changes'], Record<string, Given>, Record<string, Given>]>([
    [
      'a rename from an id the answers never had: the target keeps its own answer',
      { renamed: { 'plan.ghost': 'plan.kept' } },
      { 'plan.kept': 'no' },
      { 'plan.kept': 'no' },
    ],
    [
      'a rename to an id the version does not have: the answer is left behind',
      { renamed: { 'plan.old-name': 'plan.nowhere' } },
      { 'plan.old-name': 'yes', 'plan.kept': 'yes' },
      { 'plan.kept': 'yes' },
    ],
    [
      'a merge whose sources were never answered: nothing to carry',
      { merged: { 'plan.both': ['plan.ghost', 'plan.phantom'] } },
      { 'plan.left': 'yes' },
      {},
    ],
  ])('%s', (_, changes, given, carried) => {
    expect(carryOneStep(remapped(changes), table(given))).toEqual(table(carried));
  });
});

describe('carrying across a chain of versions', () => {
  const v12: Questionnaire = {
    ...v11,
    version: '1.2',
    revises: '1.1',
    changes: { renamed: { 'plan.new-name': 'plan.final-name' } },
    domains: v11.domains.map((d) => ({
      ...d,
      questions: d.questions?.map((q) =>
        q.id === 'plan.new-name' ? { ...q, id: 'plan.final-name' } : q,
      ),
    })),
  };
  const given = table({ 'plan.kept': 'yes', 'plan.old-name': 'no', 'plan.whole': 'yes' });

  test('one version is the identity, in a new map', () => {
    const carried = carryAnswers([v10], given);
    expect(carried).toEqual(given);
    expect(carried).not.toBe(given);
  });

  test('two versions are one step', () => {
    expect(carryAnswers([v10, v11], given)).toEqual(carryOneStep(v11, given));
  });

  test('three versions: a question renamed twice follows both names', () => {
    expect(carryAnswers([v10, v11, v12], given)).toEqual(
      table({
        'plan.final-name': 'no',
        'plan.part-a': 'yes',
        'plan.part-b': 'yes',
        'plan.kept': 'yes',
      }),
    );
  });
});
