import { afterAll, describe, expect, test } from 'vitest';
import { fieldName } from '~/domain/answer-form';
import { autosaveReply } from '~/domain/autosave-contract';
import { questionIndex } from '~/domain/questionnaire/tree';
import { listAnswerHistory, listAnswerRecords } from '~/models/answer.server';
import { definitionOf } from '~/models/questionnaire.server';
import { autosaveAnswer, saveDomainAnswers } from '~/services/answering.server';
import { submitAssessment } from '~/services/submit-assessment.server';
import { answer, removeServicesDemo, startDemo } from '../support/services-demo';

afterAll(removeServicesDemo);

/** A form as the answering page posts it: each question's fields, `present` marking it shown. */
function formOf(questions: Record<string, Record<string, string>>): FormData {
  const form = new FormData();
  for (const [id, fields] of Object.entries(questions)) {
    form.append(fieldName(id, 'present'), '1');
    for (const [field, value] of Object.entries(fields)) form.append(`${id}::${field}`, value);
  }
  return form;
}

function setup() {
  const started = startDemo();
  const definition = definitionOf({ versionId: started.versionId });
  const save = (form: FormData, operation?: string) =>
    saveDomainAnswers({
      assessmentId: started.assessmentId,
      definition,
      domainId: 'strategy',
      form,
      operation,
      userId: started.lead.id,
    });
  return { ...started, definition, save };
}

describe("the answering page's form, posted as a whole", () => {
  test('each question on its own: a failing one leaves the others saved and keeps what was typed', () => {
    const { assessmentId, save } = setup();
    const outcome = save(
      formOf({
        'strategy.plan': { revision: '0', answer: 'yes' },
        'strategy.budget': { revision: '0', answer: 'maybe', comment: 'To check' },
        // Shown but left blank: nothing to save.
        'strategy.notes': { revision: '0', text: '' },
      }),
      'page-1',
    );
    const plan = listAnswerRecords(assessmentId).find((a) => a.questionId === 'strategy.plan');
    expect(outcome).toEqual({
      failed: true,
      results: [
        { status: 'saved', questionId: 'strategy.plan' },
        { status: 'invalid', questionId: 'strategy.budget', error: 'answer.notAnOption' },
        { status: 'unchanged', questionId: 'strategy.notes' },
      ],
      saved: 1,
      raw: {
        'strategy.budget::present': ['1'],
        'strategy.budget::revision': ['0'],
        'strategy.budget::answer': ['maybe'],
        'strategy.budget::comment': ['To check'],
      },
      fresh: {
        'strategy.plan': {
          state: 'answered',
          value: 'yes',
          comment: '',
          evidence: [],
          revision: 1,
          needsReview: false,
          updatedAt: plan?.updatedAt.toISOString(),
          updatedByName: 'Lena Lead',
        },
        'strategy.budget': null,
        'strategy.notes': null,
      },
    });
    // Each question is saved under the form's operation with its own id appended.
    expect(listAnswerHistory(assessmentId).map((h) => h.questionId)).toEqual(['strategy.plan']);
  });

  test('a question the form does not carry, or of another domain, is left alone', () => {
    const { assessmentId, save } = setup();
    const form = formOf({ 'strategy.budget': { revision: '0', answer: 'no' } });
    form.append(fieldName('people.training', 'present'), '1');
    form.append(fieldName('people.training', 'answer'), 'yes');
    form.append(fieldName('strategy.plan', 'answer'), 'yes');
    expect(save(form).results).toEqual([{ status: 'saved', questionId: 'strategy.budget' }]);
    expect(listAnswerRecords(assessmentId).map((a) => a.questionId)).toEqual(['strategy.budget']);
  });

  test('posted twice, stale, or after submission: nothing is written twice, overwritten or changed', () => {
    const { assessmentId, lead, save } = setup();
    const post = (operation: string) =>
      save(formOf({ 'strategy.plan': { revision: '0', answer: 'yes' } }), operation);
    const cases: [string, () => unknown, string, string, boolean][] = [
      // what happens first, the operation posted, the outcome, whether the page says it failed
      ['nothing', () => undefined, 'p1', 'saved', false],
      ['nothing: the same post again', () => undefined, 'p1', 'unchanged', false],
      [
        'someone saves "no" on revision 1, then the first post arrives again (a retry)',
        () => answer(assessmentId, lead.id, 'strategy.plan', { state: 'answered', value: 'no' }, 1),
        'p1',
        'duplicate',
        false,
      ],
      [
        'nothing: a new post on revision 0, stale since the first save',
        () => undefined,
        'p2',
        'conflict',
        true,
      ],
      [
        'the assessment is submitted',
        () => submitAssessment(assessmentId, lead.id),
        'p3',
        'locked',
        true,
      ],
    ];
    for (const [before, run, operation, status, failed] of cases) {
      run();
      const outcome = post(operation);
      expect([outcome.results[0]?.status, outcome.failed], before).toEqual([status, failed]);
      if (status === 'conflict') {
        // The answer saved meanwhile comes back, and what was typed is kept.
        expect(outcome.results[0]).toMatchObject({ current: { value: 'no', revision: 2 } });
        expect(outcome.raw['strategy.plan::answer']).toEqual(['yes']);
      }
    }
    // Two writes in all: the first post, and the other person's.
    expect(listAnswerHistory(assessmentId).map((h) => h.revision)).toEqual([2, 1]);
  });
});

describe('the autosave of one question', () => {
  test('every outcome as the contract says', () => {
    const { assessmentId, lead, definition } = setup();
    const plan = questionIndex(definition).get('strategy.plan')?.node;
    if (!plan) throw new Error('no question');
    const send = (fields: Record<string, string>, operationId: string) =>
      autosaveAnswer({
        assessmentId,
        definition,
        question: plan,
        form: formOf({ 'strategy.plan': fields }),
        operationId,
        userId: lead.id,
      });
    const first = send({ revision: '0', answer: 'yes' }, 'auto-1');
    expect(first).toMatchObject({ status: 'saved', revision: 1 });
    const cases: [string, Record<string, string>, string, unknown][] = [
      ['a retry', { revision: '0', answer: 'yes' }, 'auto-1', { status: 'unchanged', revision: 1 }],
      [
        'the answer as stored',
        { revision: '1', answer: 'yes' },
        'auto-2',
        { status: 'unchanged', revision: 1 },
      ],
      [
        'a change',
        { revision: '1', answer: 'partly' },
        'auto-3',
        { status: 'saved', revision: 2, savedAt: expect.any(String) },
      ],
      // The first operation again, now that the stored answer differs: counted once.
      [
        'a late retry',
        { revision: '0', answer: 'yes' },
        'auto-1',
        { status: 'duplicate', revision: 1 },
      ],
      [
        'a stale revision',
        { revision: '1', answer: 'no' },
        'auto-4',
        { status: 'conflict', current: expect.objectContaining({ value: 'partly', revision: 2 }) },
      ],
      [
        'not an option',
        { revision: '2', answer: 'maybe' },
        'auto-5',
        { status: 'invalid', error: 'answer.notAnOption' },
      ],
      [
        'an operation used for another answer',
        { revision: '2', answer: 'no' },
        'auto-3',
        { status: 'invalid', error: 'answer.operationReused' },
      ],
    ];
    for (const [name, fields, operation, expected] of cases) {
      const reply = send(fields, operation);
      expect(reply, name).toEqual(expected);
      expect(autosaveReply.safeParse(reply).success, name).toBe(true);
    }
    expect(submitAssessment(assessmentId, lead.id).ok).toBe(true);
    expect(send({ revision: '2', answer: 'no' }, 'auto-6')).toEqual({ status: 'locked' });
  });
});
