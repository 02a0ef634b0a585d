import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import en from '~/locales/en/assessment.json';
import { parseQuestionFields } from '~/domain/answer-form';
import {
  autosaveBody,
  autosaveHttpStatus,
  autosaveReply,
  questionEntries,
  readAutosaveRequest,
  type AnswerView,
} from '~/domain/autosave-contract';
import { questionIndex } from '~/domain/questionnaire/tree';
import { loadVersion } from '../../support/content';

/*
 * The autosave's JSON between the answering page's script and app/routes/assessments/answers.ts:
 * every reply the route builds parses on the client as it was sent, anything else does not (the
 * script then retries, as after a server error), and the request keeps its wire format.
 */

/** As answerView() renders a stored answer: dates as ISO strings, the editor's name or null. */
const theirs: AnswerView = {
  state: 'answered',
  value: '3',
  comment: 'Approved by the Bureau in March',
  evidence: ['https://intranet.example/strategy.pdf'],
  revision: 2,
  needsReview: false,
  updatedAt: new Date(Date.UTC(2026, 2, 1, 9, 30)).toISOString(),
  updatedByName: 'Ama Mensah',
};

/** One of each reply the route sends, with the HTTP status it goes with. */
const replies: [string, unknown, number][] = [
  [
    'saved',
    { status: 'saved', revision: 1, savedAt: new Date(Date.UTC(2026, 2, 1, 9, 31)).toISOString() },
    200,
  ],
  ['a retry of a save', { status: 'duplicate', revision: 1 }, 200],
  ['unchanged, nothing stored yet', { status: 'unchanged', revision: 0 }, 200],
  ['unchanged', { status: 'unchanged', revision: 4 }, 200],
  ['a conflict with a choice', { status: 'conflict', current: theirs }, 409],
  [
    'a conflict with ticked items, by a removed account',
    { status: 'conflict', current: { ...theirs, value: ['register'], updatedByName: null } },
    409,
  ],
  ['a conflict with a figure', { status: 'conflict', current: { ...theirs, value: 87.5 } }, 409],
  [
    'a conflict with "not applicable", to review',
    {
      status: 'conflict',
      current: { ...theirs, state: 'not-applicable', value: null, needsReview: true },
    },
    409,
  ],
  ['a conflict over an answer since removed', { status: 'conflict', current: null }, 409],
  ['locked', { status: 'locked' }, 409],
  ['an operation id used before', { status: 'invalid', error: 'answer.operationReused' }, 409],
  // The route's own checks, then those of parseQuestionFields.
  ...[
    'unknownQuestion',
    'badOperation',
    'chooseFirst',
    'commentTooLong',
    'evidenceInvalid',
    'numberInvalid',
    'numberOutOfRange',
    'notAnOption',
  ].map((key): [string, unknown, number] => [
    `invalid: ${key}`,
    { status: 'invalid', error: `answer.${key}` },
    400,
  ]),
];

describe('replies', () => {
  test.each(replies)('%s parses as sent, with its status', (_, body, status) => {
    const parsed = autosaveReply.safeParse(JSON.parse(JSON.stringify(body)));
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(body);
    if (parsed.success) expect(autosaveHttpStatus(parsed.data)).toBe(status);
  });

  test('every error a reply names has a message in the catalogue', () => {
    const messages = new Map(Object.entries(en.answer));
    for (const [, body] of replies) {
      const parsed = autosaveReply.parse(body);
      if (parsed.status === 'invalid')
        expect(typeof messages.get(parsed.error.replace(/^answer\./, '')), parsed.error).toBe(
          'string',
        );
    }
  });

  test('a field the contract does not know is dropped, not a failure', () => {
    expect(autosaveReply.parse({ status: 'locked', detail: 'submitted' })).toEqual({
      status: 'locked',
    });
  });

  const malformed: [string, unknown][] = [
    ['null', null],
    ['a number', 200],
    ['text', 'Saved'],
    ['a list', [{ status: 'saved', revision: 1 }]],
    ['no status', { revision: 1 }],
    ['an unknown status', { status: 'done', revision: 1 }],
    ['saved, without revision or time', { status: 'saved' }],
    ['saved, without a time', { status: 'saved', revision: 1 }],
    ['saved, a revision in text', { status: 'saved', revision: '1', savedAt: theirs.updatedAt }],
    ['saved, a negative revision', { status: 'saved', revision: -1, savedAt: theirs.updatedAt }],
    ['saved, a fractional revision', { status: 'saved', revision: 1.5, savedAt: theirs.updatedAt }],
    ['saved, a time in words', { status: 'saved', revision: 1, savedAt: 'just now' }],
    ['duplicate, without revision', { status: 'duplicate' }],
    ['unchanged, a null revision', { status: 'unchanged', revision: null }],
    ['conflict, without the answer', { status: 'conflict' }],
    [
      'conflict, an answer without revision',
      { status: 'conflict', current: { ...theirs, revision: undefined } },
    ],
    [
      'conflict, an unknown state',
      { status: 'conflict', current: { ...theirs, state: 'skipped' } },
    ],
    [
      'conflict, a value of another shape',
      { status: 'conflict', current: { ...theirs, value: { a: 1 } } },
    ],
    [
      'conflict, evidence as text',
      { status: 'conflict', current: { ...theirs, evidence: 'https://a.example' } },
    ],
    [
      'conflict, a date as a number',
      { status: 'conflict', current: { ...theirs, updatedAt: 1767225600000 } },
    ],
    ['invalid, without an error', { status: 'invalid' }],
    ['invalid, an error as a number', { status: 'invalid', error: 400 }],
    ['the 405 of a GET', { error: 'Use POST' }],
  ];
  test.each(malformed)('%s does not parse', (_, body) => {
    expect(autosaveReply.safeParse(body).success).toBe(false);
  });
});

describe('request', () => {
  const readiness = loadVersion('examples/digital-readiness', '1.0');
  const backups = questionIndex(readiness).get('tools.backups')?.node;

  test("a save's body: the question's fields, the revision, then questionId, operation and csrf", () => {
    const body = autosaveBody(
      { questionId: 'tools.backups', operation: 'op-12345678', csrf: 'token' },
      3,
      [
        ['tools.backups::present', '1'],
        ['tools.backups::answer', 'always'],
        ['tools.backups::comment', 'Nightly & tested: 100%'],
      ],
    );
    expect(body.toString()).toBe(
      'tools.backups%3A%3Apresent=1&tools.backups%3A%3Aanswer=always' +
        '&tools.backups%3A%3Acomment=Nightly+%26+tested%3A+100%25' +
        '&tools.backups%3A%3Arevision=3&questionId=tools.backups&operation=op-12345678&csrf=token',
    );
    expect(readAutosaveRequest(body)).toEqual({
      questionId: 'tools.backups',
      operation: 'op-12345678',
    });
    if (!backups) throw new Error('tools.backups is missing from the example');
    expect(parseQuestionFields(readiness, backups, body)).toMatchObject({
      kind: 'answer',
      baseRevision: 3,
      answer: { state: 'answered', value: 'always', comment: 'Nightly & tested: 100%' },
    });
  });

  test('the revision the script holds wins over any among the fields', () => {
    const body = autosaveBody(
      { questionId: 'tools.backups', operation: 'op-12345678', csrf: 'token' },
      5,
      [['tools.backups::revision', '2']],
    );
    expect(body.getAll('tools.backups::revision')).toEqual(['5']);
  });

  test("a question's own entries: its fields as strings, without the revision", () => {
    const form = new FormData();
    form.append('csrf', 'token');
    form.append('tools.backups::present', '1');
    form.append('tools.backups::revision', '2');
    form.append('tools.backups::answer', 'always');
    form.append('tools.backups-extra::answer', 'never');
    form.append('tools.patching::answer', 'sometimes');
    form.append('tools.backups::evidence', new File(['x'], 'x.txt'));
    expect(questionEntries(form.entries(), 'tools.backups')).toEqual([
      ['tools.backups::present', '1'],
      ['tools.backups::answer', 'always'],
    ]);
  });

  const operations: [string, string | null, boolean][] = [
    ['a UUID', randomUUID(), true],
    ['the fallback id (base 36, a dash)', 'm3k1x9qa-0q8y2l7c4vd', true],
    ['8 characters', 'abcdefgh', true],
    ['80 characters', 'a'.repeat(80), true],
    ['7 characters', 'abcdefg', false],
    ['81 characters', 'a'.repeat(81), false],
    ["the page form's per-question id", 'op-12345678:tools.backups', false],
    ['a space', 'op 12345678', false],
    ['missing', null, false],
  ];
  test.each(operations)('operation id: %s', (_, operation, accepted) => {
    const body = new URLSearchParams({ questionId: 'tools.backups' });
    if (operation !== null) body.set('operation', operation);
    expect(readAutosaveRequest(body)).toEqual({
      questionId: 'tools.backups',
      operation: accepted ? operation : undefined,
    });
  });

  test('a missing question id, or a file in its place, reads as none', () => {
    expect(readAutosaveRequest(new URLSearchParams({ operation: 'op-12345678' }))).toEqual({
      questionId: undefined,
      operation: 'op-12345678',
    });
    const form = new FormData();
    form.append('questionId', new File(['tools.backups'], 'q.txt'));
    expect(readAutosaveRequest(form).questionId).toBeUndefined();
  });
});
