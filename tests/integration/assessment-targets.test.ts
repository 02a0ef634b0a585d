import { afterAll, describe, expect, test } from 'vitest';
import { getFixedT } from '~/lib/i18n.server';
import { getAssessmentFor } from '~/models/assessment.server';
import { readTargets } from '~/models/target.server';
import { setTargets, targetsPage } from '~/services/assessment-targets.server';
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

/** The plan "yes", the budget "partly", training "no". */
function answered() {
  const organisationId = makeOrganisation();
  const lena = person('Lena Lead', 'lead', organisationId);
  const vera = person('Vera Viewer', 'viewer', organisationId);
  const started = startDemo({ organisationId, lead: lena });
  const { assessmentId } = started;
  answer(assessmentId, lena.id, 'strategy.plan', yes);
  answer(assessmentId, lena.id, 'strategy.budget', partly);
  answer(assessmentId, lena.id, 'people.training', no);
  const save = (targets: { node: string; level?: number }[]) => {
    const seen = seenBy(lena.actor, organisationId, assessmentId);
    return setTargets({ ...seen, targets, userId: lena.id });
  };
  return { organisationId, lena, vera, assessmentId, save };
}

const asObject = (assessmentId: number) => {
  const set = readTargets(assessmentId);
  return { domains: Object.fromEntries(set.domains), questions: Object.fromEntries(set.questions) };
};

describe('setting targets', () => {
  test('levels of the scale only; unknown ids ignored; each save replaces the last; none once submitted', () => {
    const { lena, assessmentId, save } = answered();
    const cases: [string, { node: string; level?: number }[], string, object][] = [
      [
        'a target per domain, one question refined, an unknown id',
        [
          { node: 'strategy', level: 4 },
          { node: 'strategy.budget', level: 3 },
          { node: 'people', level: 2 },
          { node: 'nowhere', level: 1 },
        ],
        'saved',
        { domains: { strategy: 4, people: 2 }, questions: { 'strategy.budget': 3 } },
      ],
      // Levels run from 0 to 4: anything else is refused, and nothing changes.
      [
        'above the top level',
        [{ node: 'strategy', level: 5 }],
        'invalid',
        { domains: { strategy: 4, people: 2 }, questions: { 'strategy.budget': 3 } },
      ],
      [
        'between levels',
        [{ node: 'people', level: 2.5 }],
        'invalid',
        { domains: { strategy: 4, people: 2 }, questions: { 'strategy.budget': 3 } },
      ],
      [
        'below the scale',
        [{ node: 'strategy.plan', level: -1 }],
        'invalid',
        { domains: { strategy: 4, people: 2 }, questions: { 'strategy.budget': 3 } },
      ],
      // A node without a level has no target: the domain's target goes, the others are replaced.
      [
        'fewer targets',
        [{ node: 'strategy' }, { node: 'people', level: 0 }],
        'saved',
        { domains: { people: 0 }, questions: {} },
      ],
    ];
    for (const [name, targets, status, stored] of cases) {
      expect(save(targets), name).toEqual({ status });
      expect(asObject(assessmentId), name).toEqual(stored);
    }
    expect(submitAssessment(assessmentId, lena.id).ok).toBe(true);
    expect(save([{ node: 'strategy', level: 1 }])).toEqual({ status: 'locked' });
    expect(asObject(assessmentId)).toEqual({ domains: { people: 0 }, questions: {} });
  });
});

describe('the targets page', () => {
  test('current levels from the answers while answering, from the snapshot once submitted', async () => {
    const { organisationId, lena, vera, assessmentId, save } = answered();
    save([
      { node: 'strategy', level: 4 },
      { node: 'strategy.budget', level: 3 },
      { node: 'people', level: 2 },
    ]);
    const t = await getFixedT('en', 'assessment');
    const page = (actor: typeof lena.actor) =>
      targetsPage({ ...seenBy(actor, organisationId, assessmentId), locale: 'en', t });
    const lead = page(lena.actor);
    expect(lead.levels).toEqual([
      { level: 0, name: 'None' },
      { level: 1, name: 'Initial' },
      { level: 2, name: 'Managed' },
      { level: 3, name: 'Defined' },
      { level: 4, name: 'Optimised' },
    ]);
    expect(lead.domains).toEqual([
      {
        id: 'strategy',
        title: 'Strategy',
        // (1 + 0.5) ÷ 2 = 0.75 of the way: floor(0.75 × 4) = level 3.
        current: 3,
        target: 4,
        // The text question has no level and no target: it is not listed.
        questions: [
          // yes: ratio 1, level floor(4) = 4.
          { id: 'strategy.plan', text: 'A plan exists', current: 4, target: null },
          // partly: ratio 0.5, level floor(2) = 2.
          { id: 'strategy.budget', text: 'A budget is set', current: 2, target: 3 },
        ],
      },
      {
        id: 'people',
        title: 'People',
        current: 0,
        target: 2,
        questions: [{ id: 'people.training', text: 'Staff are trained', current: 0, target: null }],
      },
    ]);
    expect(lead.meta.title).toBe('Targets');

    const cases: [string, () => unknown, [string, typeof lena.actor, boolean][]][] = [
      [
        'a draft',
        () => undefined,
        [
          ['lead', lena.actor, true],
          ['viewer', vera.actor, false],
        ],
      ],
      ['submitted', () => submitAssessment(assessmentId, lena.id), [['lead', lena.actor, false]]],
      [
        'reopened',
        () => reopenAssessment(assessmentId, lena.id, 'To correct'),
        [['lead', lena.actor, true]],
      ],
    ];
    for (const [state, happen, people] of cases) {
      happen();
      for (const [who, actor, canManage] of people)
        expect(page(actor).canManage, `${who}, ${state}`).toBe(canManage);
    }
    expect(getAssessmentFor(lena.actor, organisationId, assessmentId)?.status).toBe('reopened');
    // Reopened, training becomes "yes"; its level stays the submitted one until the next submission.
    answer(assessmentId, lena.id, 'people.training', yes, 1);
    expect(page(lena.actor).domains[1]?.current).toBe(0);
  });

  test("in the reader's language", async () => {
    const { organisationId, lena, assessmentId } = answered();
    const t = await getFixedT('fr', 'assessment');
    const page = targetsPage({
      ...seenBy(lena.actor, organisationId, assessmentId),
      locale: 'fr',
      t,
    });
    expect(page.levels.map((l) => l.name)).toEqual([
      'Aucun',
      'Initial',
      'Géré',
      'Défini',
      'Optimisé',
    ]);
    expect(page.domains.map((d) => d.title)).toEqual(['Stratégie', 'Personnes']);
    expect(page.meta.title).toBe('Cibles');
  });
});
