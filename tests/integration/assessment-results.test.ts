import { afterAll, describe, expect, test } from 'vitest';
import { getFixedT } from '~/lib/i18n.server';
import { saveTargets } from '~/models/target.server';
import { assessmentResults } from '~/services/assessment-results.server';
import { reopenAssessment } from '~/services/reopen-assessment.server';
import { submitAssessment } from '~/services/submit-assessment.server';
import { makeOrganisation } from '../support/factories';
import {
  answer,
  no,
  partly,
  person,
  removeServicesDemo,
  seenBy,
  startDemo,
  yes,
} from '../support/services-demo';

afterAll(removeServicesDemo);

const targets = (domains: Record<string, number>) => ({
  domains: new Map(Object.entries(domains)),
  questions: new Map<string, number>(),
});

/**
 * 2025: everything "no", aiming at 4 for Strategy. 2026, measured from 2025: the plan "yes", the
 * budget "partly", training "no", aiming at 4 for Strategy and 2 for People. Both submitted.
 */
function twoCycles() {
  const organisationId = makeOrganisation();
  const lena = person('Lena Lead', 'lead', organisationId);
  const earlier = startDemo({ organisationId, lead: lena, cycle: 2025 });
  for (const id of ['strategy.plan', 'strategy.budget', 'people.training'])
    answer(earlier.assessmentId, lena.id, id, no);
  saveTargets(earlier.assessmentId, targets({ strategy: 4 }), lena.id);
  expect(submitAssessment(earlier.assessmentId, lena.id).ok).toBe(true);
  const current = startDemo({ organisationId, lead: lena, cycle: 2026, baselineCycle: 2025 });
  answer(current.assessmentId, lena.id, 'strategy.plan', yes);
  answer(current.assessmentId, lena.id, 'strategy.budget', partly);
  answer(current.assessmentId, lena.id, 'people.training', no);
  saveTargets(current.assessmentId, targets({ strategy: 4, people: 2 }), lena.id);
  expect(submitAssessment(current.assessmentId, lena.id).ok).toBe(true);
  return { organisationId, lena, earlier: earlier.assessmentId, current: current.assessmentId };
}

async function results(actor: Parameters<typeof seenBy>[0], organisationId: number, id: number) {
  const t = await getFixedT('en', ['results', 'common']);
  return assessmentResults({ ...seenBy(actor, organisationId, id), locale: 'en', t });
}

describe('the results page', () => {
  test('scores, targets, gaps and progress since the baseline cycle, from the snapshot', async () => {
    const { organisationId, lena, current } = twoCycles();
    const page = await results(lena.actor, organisationId, current);
    expect(page).toMatchObject({
      base: `/o/${organisationId}/assessments/${current}`,
      learningHref: `/o/${organisationId}/learning`,
      cycle: 2026,
      baselineCycle: 2025,
      status: 'submitted',
      meta: { title: 'Results of the 2026 assessment' },
    });
    const figures = (f: NonNullable<typeof page>['view']['overall']) => ({
      score: f.score,
      level: f.level,
      levelName: f.levelName,
      target: f.target,
      gap: f.gap,
      percentToTarget: f.percentToTarget,
      baseline: f.baseline,
      progress: f.progress,
      answered: f.answered,
      total: f.total,
    });
    const cases: [string, ReturnType<typeof figures> | undefined, ReturnType<typeof figures>][] = [
      [
        'strategy',
        page && figures(page.view.domains[0] ?? page.view.overall),
        {
          // (1 + 0.5) ÷ 2 = 0.75 × 4 = 3, level 3; against 4, one level short.
          score: 3,
          level: 3,
          levelName: 'Defined',
          target: 4,
          gap: 1,
          // Question gaps: the plan 4 − 4 = 0, the budget 4 − 2 = 2; 1 − 2 ÷ (4 + 4) = 0.75.
          percentToTarget: 0.75,
          // 2025 scored 0: (3 − 0) ÷ (4 − 0) = 0.75.
          baseline: 0,
          progress: 0.75,
          // The notes are not scored.
          answered: 2,
          total: 2,
        },
      ],
      [
        'people',
        page && figures(page.view.domains[1] ?? page.view.overall),
        {
          score: 0,
          level: 0,
          levelName: 'None',
          target: 2,
          gap: 2,
          // 1 − 2 ÷ 2 = 0.
          percentToTarget: 0,
          baseline: 0,
          // (0 − 0) ÷ (2 − 0) = 0.
          progress: 0,
          answered: 1,
          total: 1,
        },
      ],
      [
        'overall',
        page && figures(page.view.overall),
        {
          // (0.75 + 0) ÷ 2 = 0.375 × 4 = 1.5, level floor(1.5) = 1.
          score: 1.5,
          level: 1,
          levelName: 'Initial',
          // The mean of the domain targets: (4 + 2) ÷ 2 = 3, two levels above 1.
          target: 3,
          gap: 2,
          // Gaps 0 + 2 + 2 = 4 of targets 4 + 4 + 2 = 10: 1 − 0.4 = 0.6.
          percentToTarget: 0.6,
          baseline: 0,
          // (1.5 − 0) ÷ (3 − 0) = 0.5.
          progress: 0.5,
          answered: 3,
          total: 3,
        },
      ],
    ];
    for (const [name, got, expected] of cases) expect(got, name).toEqual(expected);
    expect(page?.view.top).toBe(4);
    // Largest first; equal gaps by question id.
    expect(page?.view.largestGaps).toEqual([
      {
        questionId: 'people.training',
        text: 'Staff are trained',
        domain: 'People',
        current: 0,
        target: 2,
        gap: 2,
      },
      {
        questionId: 'strategy.budget',
        text: 'A budget is set',
        domain: 'Strategy',
        current: 2,
        target: 4,
        gap: 2,
      },
    ]);
    expect(page?.view.overall.explanation.rows.map((r) => [r.label, r.score])).toEqual([
      ['Strategy', 3],
      ['People', 0],
    ]);
  });

  test('the first three steps of the learning path, and how many there are in all', async () => {
    const { organisationId, lena, earlier, current } = twoCycles();
    const cases: [string, number, number, string[]][] = [
      // Strategy at 0 aiming at 4: the four modules from 0→1 to 3→4 (People has none).
      ['2025', earlier, 4, ['strategy-step-0', 'strategy-step-1', 'strategy-step-2']],
      // Strategy at 3 aiming at 4: only 3→4.
      ['2026', current, 1, ['strategy-step-3']],
    ];
    for (const [cycle, id, steps, shown] of cases) {
      const page = await results(lena.actor, organisationId, id);
      expect(
        { steps: page?.learningSteps, shown: page?.learning?.steps.map((s) => s.module.id) },
        cycle,
      ).toEqual({ steps, shown });
    }
  });

  test('none before submission; without a submitted baseline, no progress; reopened, still shown', async () => {
    const { organisationId, lena, current } = twoCycles();
    const draft = startDemo({ organisationId, lead: lena, cycle: 2027 });
    expect(await results(lena.actor, organisationId, draft.assessmentId)).toBeUndefined();

    const alone = startDemo({ cycle: 2026, baselineCycle: 2024 });
    answer(alone.assessmentId, alone.lead.id, 'strategy.plan', yes);
    expect(submitAssessment(alone.assessmentId, alone.lead.id).ok).toBe(true);
    const page = await results(alone.lead.actor, alone.organisationId, alone.assessmentId);
    expect([page?.baselineCycle, page?.view.overall.baseline, page?.view.overall.progress]).toEqual(
      [null, null, null],
    );

    reopenAssessment(current, lena.id, 'A figure was wrong');
    const reopened = await results(lena.actor, organisationId, current);
    expect([reopened?.status, reopened?.view.overall.score]).toEqual(['reopened', 1.5]);
  });
});
