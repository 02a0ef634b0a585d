import { describe, expect, test } from 'vitest';
import { differs, parseEvidence, parseQuestionFields } from '~/domain/answer-form';
import { questionIndex } from '~/domain/questionnaire/tree';
import { loadVersion } from '../../support/content';

const readiness = loadVersion('examples/digital-readiness', '1.0');
const question = (id: string) => {
  const q = questionIndex(readiness).get(id)?.node;
  if (!q) throw new Error(id);
  return q;
};

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe('parseQuestionFields', () => {
  test('a choice, with comment and evidence', () => {
    const parsed = parseQuestionFields(
      readiness,
      question('tools.backups'),
      form([
        ['tools.backups::answer', 'always'],
        ['tools.backups::comment', '  Nightly, tested monthly  '],
        [
          'tools.backups::evidence',
          'https://intranet.example/backup-policy\n\nhttp://wiki.example/restore-test',
        ],
        ['tools.backups::revision', '3'],
      ]),
    );
    expect(parsed).toEqual({
      kind: 'answer',
      baseRevision: 3,
      answer: {
        state: 'answered',
        value: 'always',
        comment: 'Nightly, tested monthly',
        evidence: ['https://intranet.example/backup-policy', 'http://wiki.example/restore-test'],
      },
      confirmed: false,
    });
  });

  test('an answer is confirmed as it stands only when "still right" is ticked', () => {
    const fields: [string, string][] = [['tools.backups::answer', 'always']];
    expect(parseQuestionFields(readiness, question('tools.backups'), form(fields))).toMatchObject({
      kind: 'answer',
      confirmed: false,
    });
    expect(
      parseQuestionFields(
        readiness,
        question('tools.backups'),
        form([...fields, ['tools.backups::confirm', '1']]),
      ),
    ).toMatchObject({ kind: 'answer', confirmed: true });
  });

  test('not applicable and don\'t know, by radio or by the "or answer" list', () => {
    expect(
      parseQuestionFields(
        readiness,
        question('tools.helpdesk'),
        form([['tools.helpdesk::answer', '__dk']]),
      ),
    ).toMatchObject({
      kind: 'answer',
      answer: { state: 'dont-know', value: null },
    });
    expect(
      parseQuestionFields(
        readiness,
        question('tools.equipment'),
        form([
          ['tools.equipment::special', '__na'],
          ['tools.equipment::items', 'vpn'],
        ]),
      ),
    ).toMatchObject({
      kind: 'answer',
      answer: { state: 'not-applicable', value: null },
    });
  });

  test('a checklist: ticked items, or "none of these", or nothing at all', () => {
    expect(
      parseQuestionFields(
        readiness,
        question('tools.equipment'),
        form([
          ['tools.equipment::items', 'vpn'],
          ['tools.equipment::items', 'laptop'],
        ]),
      ),
    ).toMatchObject({
      answer: { value: ['laptop', 'vpn'] },
    });
    expect(
      parseQuestionFields(
        readiness,
        question('tools.equipment'),
        form([['tools.equipment::special', '__none']]),
      ),
    ).toMatchObject({ answer: { value: [] } });
    expect(parseQuestionFields(readiness, question('tools.equipment'), form([]))).toEqual({
      kind: 'blank',
      baseRevision: 0,
    });
  });

  test('numbers: a comma works as a decimal point; words and figures out of range do not', () => {
    expect(
      parseQuestionFields(
        readiness,
        question('people.training.days'),
        form([['people.training.days::number', '2,5']]),
      ),
    ).toMatchObject({ answer: { value: 2.5 } });
    expect(
      parseQuestionFields(
        readiness,
        question('people.training.days'),
        form([['people.training.days::number', 'three']]),
      ),
    ).toMatchObject({
      kind: 'invalid',
      error: 'answer.numberInvalid',
    });
    expect(
      parseQuestionFields(
        readiness,
        question('people.training.days'),
        form([['people.training.days::number', '-1']]),
      ),
    ).toMatchObject({
      kind: 'invalid',
      error: 'answer.numberOutOfRange',
    });
  });

  test('an option that does not exist, or not-applicable where it is not offered, is refused', () => {
    expect(
      parseQuestionFields(
        readiness,
        question('tools.backups'),
        form([['tools.backups::answer', 'weekly']]),
      ),
    ).toMatchObject({ kind: 'invalid', error: 'answer.notAnOption' });
    expect(
      parseQuestionFields(
        readiness,
        question('people.training.plan'),
        form([['people.training.plan::answer', 'partly']]),
      ),
    ).toMatchObject({ kind: 'invalid' });
  });

  test('a comment without an answer asks for the answer first', () => {
    expect(
      parseQuestionFields(
        readiness,
        question('tools.backups'),
        form([['tools.backups::comment', 'hmm']]),
      ),
    ).toMatchObject({ kind: 'invalid', error: 'answer.chooseFirst' });
  });
});

describe('parseEvidence', () => {
  test.each([
    ['', true],
    ['https://a.example/x', true],
    ['ftp://a.example/x', false],
    ['javascript:alert(1)', false],
    ['not a link', false],
    [Array.from({ length: 11 }, (_, i) => `https://a.example/${i}`).join('\n'), false],
  ])('%j ok: %s', (raw, ok) => {
    expect(parseEvidence(raw).ok).toBe(ok);
  });
});

test('differs compares state, value, comment and evidence', () => {
  const a = { state: 'answered' as const, value: ['a', 'b'], comment: 'x', evidence: [] };
  expect(differs(a, { ...a, value: ['a', 'b'] })).toBe(false);
  expect(differs(a, { ...a, comment: 'y' })).toBe(true);
  expect(differs(a, undefined)).toBe(true);
});
