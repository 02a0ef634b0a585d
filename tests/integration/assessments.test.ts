import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { registerContent } from '~/services/registry.server';
import { getDb } from '~/db/client.server';
import { canonicalAnswers } from '~/domain/scoring/answer-hash';
import { scoreAssessment } from '~/domain/scoring/score';
import {
  listAnswerHistory,
  listAnswerRecords,
  listStoredAnswers,
  saveAnswer,
} from '~/models/answer.server';
import { getAssessmentFor, listEvents } from '~/models/assessment.server';
import { findVersion } from '~/models/questionnaire.server';
import { makeOrganisation, makeUser } from '../support/factories';
import { definitionOf } from '~/models/questionnaire.server';
import { readSnapshot } from '~/models/score-snapshot.server';
import { reopenAssessment } from '~/services/reopen-assessment.server';
import { startAssessment } from '~/services/start-assessment.server';
import { submitAssessment } from '~/services/submit-assessment.server';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join('tests/.tmp', 'assessments-'));
  cpSync('tests/fixtures/questionnaires/valid/carry-demo', join(root, 'carry-demo'), {
    recursive: true,
  });
  cpSync('questionnaires/examples/digital-readiness', join(root, 'digital-readiness'), {
    recursive: true,
  });
  registerContent(root);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function version(id: string, v: string): number {
  const found = findVersion(id, v);
  if (!found) throw new Error(`${id} ${v} not registered`);
  return found.id;
}

function setup(questionnaire = 'digital-readiness', v = '1.0', cycle = 2026) {
  const organisationId = makeOrganisation();
  const lead = makeUser({ role: 'lead', organisationId });
  const started = startAssessment({
    organisationId,
    versionId: version(questionnaire, v),
    cycle,
    baselineCycle: null,
    prefill: false,
    userId: lead.id,
  });
  if (!started.ok) throw new Error('not started');
  return { organisationId, lead, assessmentId: started.id };
}

const answer = (
  state: 'answered' | 'not-applicable' | 'dont-know',
  value: string | number | string[] | null = null,
) => ({
  state,
  value,
  comment: '',
  evidence: [],
});

describe('saving answers', () => {
  test('each save raises the revision and writes its history in the same transaction', () => {
    const { lead, assessmentId } = setup();
    const first = saveAnswer({
      assessmentId,
      questionId: 'tools.helpdesk',
      answer: answer('answered', 'no'),
      baseRevision: 0,
      operationId: 'op-1',
      userId: lead.id,
    });
    expect(first).toMatchObject({ status: 'saved', revision: 1 });
    const second = saveAnswer({
      assessmentId,
      questionId: 'tools.helpdesk',
      answer: answer('answered', 'yes'),
      baseRevision: 1,
      operationId: 'op-2',
      userId: lead.id,
    });
    expect(second).toMatchObject({ status: 'saved', revision: 2 });
    const history = listAnswerHistory(assessmentId, 'tools.helpdesk');
    expect(
      history.map((h) => [
        h.revision,
        (h.before as { value?: unknown } | null)?.value ?? null,
        (h.after as { value: unknown }).value,
      ]),
    ).toEqual([
      [2, 'no', 'yes'],
      [1, null, 'no'],
    ]);
  });

  test('a retried operation counts once', () => {
    const { lead, assessmentId } = setup();
    const input = {
      assessmentId,
      questionId: 'tools.backups',
      answer: answer('answered', 'always'),
      baseRevision: 0,
      operationId: 'retry-me',
      userId: lead.id,
    };
    expect(saveAnswer(input)).toMatchObject({ status: 'saved', revision: 1 });
    expect(saveAnswer(input)).toEqual({
      status: 'duplicate',
      questionId: 'tools.backups',
      revision: 1,
    });
    expect(listAnswerHistory(assessmentId, 'tools.backups')).toHaveLength(1);
    expect(
      listAnswerRecords(assessmentId).find((a) => a.questionId === 'tools.backups')?.revision,
    ).toBe(1);
  });

  test('a save on a stale revision is a conflict that writes nothing and returns the current answer', () => {
    const { lead, assessmentId } = setup();
    const colleague = makeUser();
    saveAnswer({
      assessmentId,
      questionId: 'tools.helpdesk',
      answer: answer('answered', 'yes'),
      baseRevision: 0,
      operationId: 'a',
      userId: lead.id,
    });
    const late = saveAnswer({
      assessmentId,
      questionId: 'tools.helpdesk',
      answer: answer('answered', 'no'),
      baseRevision: 0,
      operationId: 'b',
      userId: colleague.id,
    });
    expect(late).toMatchObject({
      status: 'conflict',
      current: { state: 'answered', value: 'yes', revision: 1 },
    });
    expect(
      listStoredAnswers(assessmentId).find((a) => a.questionId === 'tools.helpdesk')?.value,
    ).toBe('yes');
    expect(listAnswerHistory(assessmentId, 'tools.helpdesk')).toHaveLength(1);
  });
});

describe('submitting', () => {
  function answerAll(assessmentId: number, userId: number) {
    const given: [string, ReturnType<typeof answer>][] = [
      ['tools.backups', answer('answered', 'sometimes')],
      ['tools.equipment', answer('answered', ['laptop', 'vpn'])],
      ['tools.helpdesk', answer('answered', 'partly')],
      ['people.training.days', answer('answered', 3)],
      ['people.training.plan', answer('answered', 'no')],
      ['people.support.downtime', answer('answered', 10)],
      ['people.support.survey', answer('not-applicable')],
      ['people.notes.comment', answer('answered', 'Two new hires')],
    ];
    for (const [questionId, value] of given) {
      saveAnswer({
        assessmentId,
        questionId,
        answer: value,
        baseRevision: 0,
        operationId: `fill-${questionId}`,
        userId,
      });
    }
  }

  test('the snapshot holds exactly what the scoring engine computes from the stored answers, and the hash', () => {
    const { lead, assessmentId, organisationId } = setup();
    answerAll(assessmentId, lead.id);
    const result = submitAssessment(assessmentId, lead.id);
    expect(result.ok).toBe(true);
    const assessment = getAssessmentFor(lead.actor(), organisationId, assessmentId);
    if (!assessment) throw new Error('missing');
    expect(assessment.status).toBe('submitted');
    const stored = listStoredAnswers(assessmentId);
    const expected = scoreAssessment(
      definitionOf(assessment),
      new Map(stored.map((a) => [a.questionId, a])),
    );
    const snapshot = readSnapshot(assessmentId);
    expect([...snapshot.keys()].sort()).toEqual([...expected.nodes.keys()].sort());
    for (const [id, node] of expected.nodes) expect(snapshot.get(id)).toEqual(node);
    expect(assessment.answersHash).toBe(
      createHash('sha256').update(canonicalAnswers(stored)).digest('hex'),
    );
  });

  test('submitted answers cannot change by any path, not even raw SQL', () => {
    const { lead, assessmentId } = setup();
    answerAll(assessmentId, lead.id);
    submitAssessment(assessmentId, lead.id);
    expect(
      saveAnswer({
        assessmentId,
        questionId: 'tools.helpdesk',
        answer: answer('answered', 'yes'),
        baseRevision: 1,
        operationId: 'late',
        userId: lead.id,
      }),
    ).toEqual({
      status: 'locked',
      questionId: 'tools.helpdesk',
    });
    const sqlite = getDb().$client;
    expect(() =>
      sqlite
        .prepare('UPDATE answers SET value = \'"yes"\' WHERE assessment_id = ?')
        .run(assessmentId),
    ).toThrow(/submitted assessment cannot change/);
    expect(() =>
      sqlite.prepare('DELETE FROM answers WHERE assessment_id = ?').run(assessmentId),
    ).toThrow(/submitted assessment cannot change/);
    expect(() =>
      sqlite
        .prepare(
          "INSERT INTO answers (assessment_id, question_id, state, value, updated_at) VALUES (?, 'x.y', 'answered', '1', 0)",
        )
        .run(assessmentId),
    ).toThrow(/submitted assessment cannot change/);
    expect(() =>
      sqlite.prepare('DELETE FROM score_snapshots WHERE assessment_id = ?').run(assessmentId),
    ).toThrow(/cannot change/);
    expect(() =>
      sqlite
        .prepare('UPDATE answer_history SET after = ? WHERE assessment_id = ?')
        .run('{}', assessmentId),
    ).toThrow(/append-only/);
  });

  test('a second submission is refused; reopening keeps the first in the history and allows changes again', () => {
    const { lead, assessmentId } = setup();
    const coordinator = makeUser();
    answerAll(assessmentId, lead.id);
    expect(submitAssessment(assessmentId, lead.id).ok).toBe(true);
    expect(submitAssessment(assessmentId, lead.id)).toEqual({ ok: false, reason: 'not-open' });
    expect(
      reopenAssessment(assessmentId, coordinator.id, 'The security officer found an error'),
    ).toBe(true);
    expect(reopenAssessment(assessmentId, coordinator.id, 'again')).toBe(false);
    expect(
      saveAnswer({
        assessmentId,
        questionId: 'tools.helpdesk',
        answer: answer('answered', 'yes'),
        baseRevision: 1,
        operationId: 'fix',
        userId: lead.id,
      }),
    ).toMatchObject({ status: 'saved' });
    expect(submitAssessment(assessmentId, lead.id).ok).toBe(true);
    const events = listEvents(assessmentId);
    expect(events.map((e) => e.kind)).toEqual(['started', 'submitted', 'reopened', 'submitted']);
    expect(events[2]?.reason).toBe('The security officer found an error');
    expect(events[1]?.answersHash).not.toBe(events[3]?.answersHash);
    expect(readSnapshot(assessmentId).get('tools')?.score).toBeCloseTo(1 + 5 + 1, 10);
  });
});

describe('starting from last cycle', () => {
  test('answers are carried across versions by the map, each marked for review', () => {
    const organisationId = makeOrganisation();
    const lead = makeUser({ role: 'lead', organisationId });
    const first = startAssessment({
      organisationId,
      versionId: version('carry-demo', '1.0'),
      cycle: 2025,
      baselineCycle: null,
      prefill: false,
      userId: lead.id,
    });
    if (!first.ok) throw new Error('not started');
    const values: Record<string, ReturnType<typeof answer>> = {
      'plan.kept': answer('answered', 'yes'),
      'plan.old-name': answer('answered', 'partly'),
      'plan.whole': answer('answered', 'partly'),
      'plan.left': answer('dont-know'),
      'plan.right': answer('answered', 'yes'),
      'plan.gone': answer('answered', 'yes'),
      'plan.count': answer('answered', 75),
    };
    for (const [questionId, value] of Object.entries(values)) {
      saveAnswer({
        assessmentId: first.id,
        questionId,
        answer: { ...value, comment: `about ${questionId}` },
        baseRevision: 0,
        operationId: `c-${questionId}`,
        userId: lead.id,
      });
    }
    submitAssessment(first.id, lead.id);

    const next = startAssessment({
      organisationId,
      versionId: version('carry-demo', '1.1'),
      cycle: 2026,
      baselineCycle: 2025,
      prefill: true,
      userId: lead.id,
    });
    if (!next.ok) throw new Error('not started');
    const carried = Object.fromEntries(
      listAnswerRecords(next.id).map((a) => [
        a.questionId,
        { state: a.state, value: a.value, review: a.needsReview, comment: a.comment },
      ]),
    );
    expect(carried).toEqual({
      'plan.kept': { state: 'answered', value: 'yes', review: true, comment: 'about plan.kept' },
      'plan.new-name': {
        state: 'answered',
        value: 'partly',
        review: true,
        comment: 'about plan.old-name',
      },
      'plan.part-a': {
        state: 'answered',
        value: 'partly',
        review: true,
        comment: 'about plan.whole',
      },
      // "partly" is no longer offered for this part: that answer stays behind.
      'plan.both': { state: 'dont-know', value: null, review: true, comment: 'about plan.left' },
      // 75 is beyond the new maximum of 40: left behind rather than changed.
    });
    expect(next.prefilled).toBe(4);
  });

  test('a cycle cannot be taken twice for the same questionnaire', () => {
    const { organisationId, lead } = setup('digital-readiness', '1.0', 2024);
    expect(
      startAssessment({
        organisationId,
        versionId: version('digital-readiness', '1.0'),
        cycle: 2024,
        baselineCycle: null,
        prefill: false,
        userId: lead.id,
      }),
    ).toEqual({ ok: false, reason: 'cycle-taken' });
  });
});
