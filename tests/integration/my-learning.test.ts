import { beforeAll, describe, expect, test } from 'vitest';
import { generateAnswers, profileFor } from '~/domain/demo-answers';
import { findVersion, getDefinition } from '~/models/questionnaire.server';
import { insertAssessment } from '~/services/bulk-assessments.server';
import { myLearningView } from '~/services/my-learning.server';
import { makeOrganisation, makeUser } from '../support/factories';
import { registerLearningFixture, setProgress } from '../support/learning-fixture';
import { grantRole } from '~/models/role.server';

const FLAGSHIP = 'parliamentary-ict-governance';

/** A submitted flagship assessment of cycle 2025, with generated answers. */
function submitFlagship(organisationId: number) {
  const version = findVersion(FLAGSHIP, '1.1');
  const definition = version ? getDefinition(version.id) : undefined;
  if (!version || !definition) throw new Error('the flagship 1.1 is not registered');
  insertAssessment({
    organisationId,
    questionnaireId: FLAGSHIP,
    versionId: version.id,
    definition,
    cycle: 2025,
    answers: generateAnswers(
      definition,
      profileFor(
        `org ${organisationId}`,
        2,
        definition.domains.map((d) => d.id),
      ),
      0,
      `${organisationId}:2025`,
    ),
    userId: null,
    at: new Date(Date.UTC(2025, 2, 1)),
    submit: true,
  });
}

beforeAll(() => {
  registerLearningFixture();
});

const day = (d: number) => new Date(Date.UTC(2026, 0, d, 10));

describe('a learner’s own page', () => {
  test('the modules opened, latest first, each at its latest step', () => {
    const learner = makeUser();
    setProgress(learner.id, 'lf-archive-basics', { startedAt: day(5) });
    setProgress(learner.id, 'lf-mixed', { startedAt: day(2), completedAt: day(7) });
    setProgress(learner.id, 'lf-web-check', { startedAt: day(6), bestScore: 1 / 3 });
    const view = myLearningView({ userId: learner.id, actor: learner.actor(), locale: 'fr' });
    // Completed on the 7th, started on the 6th, started on the 5th.
    expect(
      view.modules.map(({ id, status, startedAt, completedAt, bestScore }) => ({
        id,
        status,
        startedAt,
        completedAt,
        bestScore,
      })),
    ).toEqual([
      {
        id: 'lf-mixed',
        status: 'completed',
        startedAt: '2026-01-02T10:00:00.000Z',
        completedAt: '2026-01-07T10:00:00.000Z',
        bestScore: null,
      },
      {
        id: 'lf-web-check',
        status: 'started',
        startedAt: '2026-01-06T10:00:00.000Z',
        completedAt: null,
        bestScore: 1 / 3,
      },
      {
        id: 'lf-archive-basics',
        status: 'started',
        startedAt: '2026-01-05T10:00:00.000Z',
        completedAt: null,
        bestScore: null,
      },
    ]);
    expect(view.modules[0]?.title).toBe('Les archives en ligne');
    expect(view.status).toEqual({
      'lf-archive-basics': 'started',
      'lf-mixed': 'completed',
      'lf-web-check': 'started',
    });
    expect(view.paths).toEqual([]);
  });

  test('a learning path for each of the learner’s parliaments that submitted an assessment', () => {
    const submitted = makeOrganisation({ name: 'Parliament that submitted' });
    const notYet = makeOrganisation({ name: 'Parliament still answering' });
    submitFlagship(submitted);
    const learner = makeUser({ role: 'viewer', organisationId: submitted });
    grantRole(learner.id, notYet, 'contributor');
    const view = myLearningView({ userId: learner.id, actor: learner.actor(), locale: 'fr' });
    expect(view.modules).toEqual([]);
    expect(view.paths.map((p) => p.organisation)).toEqual([
      { id: submitted, name: 'Parliament that submitted', role: 'viewer' },
    ]);
    expect(view.paths[0]?.path.cycle).toBe(2025);
    expect(view.paths[0]?.path.choice.shown.id).toBe(FLAGSHIP);
    expect(view.paths[0]?.path.steps.length).toBeGreaterThan(0);
  });
});
