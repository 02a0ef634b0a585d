import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { registerContent } from '~/services/registry.server';
import { fieldName } from '~/domain/answer-form';
import { questionIndex } from '~/domain/questionnaire/tree';
import { listAnswerHistory, listAnswerRecords, saveAnswer } from '~/models/answer.server';
import { findVersion } from '~/models/questionnaire.server';
import { saveQuestion } from '~/services/answering.server';
import { makeOrganisation, makeUser } from '../support/factories';
import { definitionOf } from '~/models/questionnaire.server';
import { startAssessment } from '~/services/start-assessment.server';
import { submitAssessment } from '~/services/submit-assessment.server';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join('tests/.tmp', 'answering-'));
  cpSync('tests/fixtures/questionnaires/valid/carry-demo', join(root, 'carry-demo'), {
    recursive: true,
  });
  registerContent(root);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function versionId(v: string): number {
  const found = findVersion('carry-demo', v);
  if (!found) throw new Error(`carry-demo ${v} not registered`);
  return found.id;
}

/** A 2026 assessment of carry-demo 1.1, pre-filled from a submitted 2025 one. */
function carriedOver() {
  const organisationId = makeOrganisation();
  const lead = makeUser({ role: 'lead', organisationId });
  const first = startAssessment({
    organisationId,
    versionId: versionId('1.0'),
    cycle: 2025,
    baselineCycle: null,
    prefill: false,
    userId: lead.id,
  });
  if (!first.ok) throw new Error('not started');
  for (const questionId of ['plan.kept', 'plan.old-name']) {
    saveAnswer({
      assessmentId: first.id,
      questionId,
      answer: { state: 'answered', value: 'yes', comment: 'as last year', evidence: [] },
      baseRevision: 0,
      operationId: `first-${questionId}`,
      userId: lead.id,
    });
  }
  submitAssessment(first.id, lead.id);
  const next = startAssessment({
    organisationId,
    versionId: versionId('1.1'),
    cycle: 2026,
    baselineCycle: 2025,
    prefill: true,
    userId: lead.id,
  });
  if (!next.ok) throw new Error('not started');
  const definition = definitionOf({ versionId: versionId('1.1') });
  const question = (id: string) => {
    const node = questionIndex(definition).get(id)?.node;
    if (!node) throw new Error(`no question ${id}`);
    return node;
  };
  const record = (id: string) => listAnswerRecords(next.id).find((a) => a.questionId === id);
  /** Saves one question as the page's form posts it: its fields as shown, plus any changes. */
  const post = (id: string, extra: [string, string][] = [], operationId = `op-${id}`) => {
    const current = record(id);
    const form = new FormData();
    form.append(fieldName(id, 'present'), '1');
    const fields = new Map<string, string>([
      [fieldName(id, 'revision'), String(current?.revision ?? 0)],
      [fieldName(id, 'answer'), String(current?.value ?? '')],
      [fieldName(id, 'comment'), current?.comment ?? ''],
      [fieldName(id, 'evidence'), ''],
      ...extra,
    ]);
    for (const [name, value] of fields) form.append(name, value);
    return saveQuestion({
      questionnaire: definition,
      question: question(id),
      form,
      current,
      assessmentId: next.id,
      operationId,
      userId: lead.id,
    });
  };
  return { assessmentId: next.id, record, post };
}

describe('answers carried over from the last cycle', () => {
  test('saving the page as it stands leaves them to review', () => {
    const { record, post } = carriedOver();
    expect(record('plan.kept')?.needsReview).toBe(true);
    expect(post('plan.kept')).toEqual({ status: 'unchanged', questionId: 'plan.kept' });
    expect(record('plan.kept')).toMatchObject({ needsReview: true, revision: 1 });
  });

  test('"still right" confirms one as it is; a change confirms it too', () => {
    const { record, post } = carriedOver();
    expect(post('plan.kept', [[fieldName('plan.kept', 'confirm'), '1']])).toMatchObject({
      status: 'saved',
      revision: 2,
    });
    expect(record('plan.kept')).toMatchObject({ needsReview: false, value: 'yes' });
    expect(post('plan.new-name', [[fieldName('plan.new-name', 'answer'), 'no']])).toMatchObject({
      status: 'saved',
    });
    expect(record('plan.new-name')).toMatchObject({ needsReview: false, value: 'no' });
  });
});

describe('operation ids', () => {
  test('an id used for one question and sent again for another is refused; nothing is dropped unseen', () => {
    const { assessmentId, record, post } = carriedOver();
    expect(
      post('plan.kept', [[fieldName('plan.kept', 'answer'), 'no']], 'shared-op'),
    ).toMatchObject({ status: 'saved' });
    const reused = post('plan.part-a', [[fieldName('plan.part-a', 'answer'), 'yes']], 'shared-op');
    expect(reused).toMatchObject({
      status: 'invalid',
      questionId: 'plan.part-a',
      error: 'answer.operationReused',
    });
    expect(record('plan.part-a')).toBeUndefined();
    expect(listAnswerHistory(assessmentId, 'plan.part-a')).toEqual([]);
  });

  test('the same id with another answer for the same question is refused too; a true retry is not', () => {
    const { record, post } = carriedOver();
    const change = (value: string): [string, string][] => [
      [fieldName('plan.kept', 'answer'), value],
      [fieldName('plan.kept', 'revision'), '1'],
    ];
    expect(post('plan.kept', change('no'), 'op-x')).toMatchObject({ status: 'saved', revision: 2 });
    // The retry finds its answer already stored: counted once.
    expect(post('plan.kept', change('no'), 'op-x')).toEqual({
      status: 'unchanged',
      questionId: 'plan.kept',
    });
    expect(post('plan.kept', change('partly'), 'op-x')).toMatchObject({
      status: 'invalid',
      error: 'answer.operationReused',
    });
    expect(record('plan.kept')).toMatchObject({ value: 'no', revision: 2 });
  });
});
