import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listAnswerRecords } from '~/models/answer.server';
import { listAudit } from '~/models/audit.server';
import { findVersion } from '~/models/questionnaire.server';
import { registerContent } from '~/services/registry.server';
import { offeredVersions, startOfferedAssessment } from '~/services/start-assessment.server';
import { submitAssessment } from '~/services/submit-assessment.server';
import { makeOrganisation } from '../support/factories';
import {
  answer,
  no,
  person,
  registerServicesDemo,
  removeServicesDemo,
  startDemo,
  yes,
} from '../support/services-demo';

/* start-demo: 1.0 and 1.1 published, 1.2 a draft. Only 1.1 may start an assessment. */
const version = (v: string, status: string, revises?: string) => `
format: 1
id: start-demo
version: "${v}"
${revises ? `revises: "${revises}"` : ''}
title: Start demo
description: Three versions.
authors:
  - name: Tests
licence: CC0-1.0
status: ${status}
languages: [en]
maturity:
  levels:
    - { level: 0, name: None }
    - { level: 1, name: Some }
answers: { notApplicable: exclude, dontKnow: zero }
scoring: { aggregate: mean, levels: floor }
domains:
  - id: only
    title: Only
    aggregate: mean
    questions:
      - { id: only.one, kind: yes-no, text: One }
`;

let root: string;

beforeAll(() => {
  root = mkdtempSync(join('tests/.tmp', 'start-demo-'));
  mkdirSync(join(root, 'start-demo'));
  writeFileSync(join(root, 'start-demo', '1.0.yaml'), version('1.0', 'published'));
  writeFileSync(join(root, 'start-demo', '1.1.yaml'), version('1.1', 'published', '1.0'));
  writeFileSync(join(root, 'start-demo', '1.2.yaml'), version('1.2', 'draft', '1.1'));
  registerContent(root);
  registerServicesDemo();
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  removeServicesDemo();
});

function versionId(questionnaireId: string, v: string): number {
  const found = findVersion(questionnaireId, v);
  if (!found) throw new Error(`${questionnaireId} ${v} not registered`);
  return found.id;
}

describe('the versions a new assessment may use', () => {
  test('the newest published version of each questionnaire, drafts aside', () => {
    expect(offeredVersions().map((v) => [v.questionnaireId, v.version])).toEqual([
      // The shipped flagship (registered in every test database), then the two registered here.
      ['parliamentary-ict-governance', '1.1'],
      ['services-demo', '1.0'],
      ['start-demo', '1.1'],
    ]);
  });
});

describe('starting an assessment', () => {
  test('on an offered version only, one per cycle, and written to the audit log', () => {
    const organisationId = makeOrganisation();
    const lena = person('Lena Lead', 'lead', organisationId);
    const start = (v: string, cycle: number) =>
      startOfferedAssessment({
        organisationId,
        versionId: versionId('start-demo', v),
        cycle,
        baselineCycle: null,
        prefill: false,
        userId: lena.id,
        address: '192.0.2.7',
      });
    const cases: [string, number, string][] = [
      ['1.0', 2026, 'version-not-offered'],
      ['1.2', 2026, 'version-not-offered'],
      ['1.1', 2026, 'started'],
      ['1.1', 2026, 'cycle-taken'],
      ['1.1', 2027, 'started'],
    ];
    const started: number[] = [];
    for (const [v, cycle, status] of cases) {
      const outcome = start(v, cycle);
      expect(outcome.status, `${v} in ${cycle}`).toBe(status);
      if (outcome.status === 'started') started.push(outcome.id);
    }
    const audited = listAudit({ action: 'assessment.started' }).filter(
      (a) => a.organisationId === organisationId,
    );
    // Newest first: one entry per assessment started, none for the refusals.
    expect(audited.map((a) => [a.targetId, a.address, a.detail])).toEqual([
      [String(started[1]), '192.0.2.7', { cycle: 2027, prefilled: 0 }],
      [String(started[0]), '192.0.2.7', { cycle: 2026, prefilled: 0 }],
    ]);
  });

  test('pre-filled from the last submitted cycle: its answers come across, each to review', () => {
    const { organisationId, lead, assessmentId } = startDemo({ cycle: 2025 });
    answer(assessmentId, lead.id, 'strategy.plan', yes);
    answer(assessmentId, lead.id, 'people.training', no);
    expect(submitAssessment(assessmentId, lead.id).ok).toBe(true);
    const outcome = startOfferedAssessment({
      organisationId,
      versionId: versionId('services-demo', '1.0'),
      cycle: 2026,
      baselineCycle: 2025,
      prefill: true,
      userId: lead.id,
      address: '192.0.2.8',
    });
    // Two answers in 2025: two carried.
    expect(outcome).toMatchObject({ status: 'started', prefilled: 2 });
    if (outcome.status !== 'started') return;
    const carried = listAnswerRecords(outcome.id)
      .map((a) => [a.questionId, a.value, a.needsReview])
      .sort();
    expect(carried).toEqual([
      ['people.training', 'no', true],
      ['strategy.plan', 'yes', true],
    ]);
    expect(listAudit({ action: 'assessment.started', limit: 1 })[0]?.detail).toEqual({
      cycle: 2026,
      prefilled: 2,
    });
  });
});
