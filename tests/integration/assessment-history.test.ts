import { afterAll, describe, expect, test } from 'vitest';
import { getFixedT } from '~/lib/i18n.server';
import { definitionOf } from '~/models/questionnaire.server';
import { assessmentHistory } from '~/services/assessment-history.server';
import { markDomainReady } from '~/services/domain-review.server';
import { submitAssessment } from '~/services/submit-assessment.server';
import { makeOrganisation } from '../support/factories';
import {
  answer,
  partly,
  person,
  removeServicesDemo,
  startDemo,
  yes,
} from '../support/services-demo';

afterAll(removeServicesDemo);

/**
 * Lena answers the plan "yes" with a comment, then "partly"; the budget "not applicable"; the
 * notes in words. Carl marks Strategy ready, and Lena submits.
 */
function history() {
  const organisationId = makeOrganisation();
  const lena = person('Lena Lead', 'lead', organisationId);
  const carl = person('Carl Contributor', 'contributor', organisationId);
  const { assessmentId, versionId } = startDemo({ organisationId, lead: lena });
  answer(assessmentId, lena.id, 'strategy.plan', { ...yes, comment: 'Adopted' });
  answer(assessmentId, lena.id, 'strategy.plan', partly, 1);
  answer(assessmentId, lena.id, 'strategy.budget', { state: 'not-applicable' });
  answer(assessmentId, lena.id, 'strategy.notes', { state: 'answered', value: 'Later' });
  markDomainReady({ assessmentId, domainId: 'strategy', userId: carl.id, ready: true });
  expect(submitAssessment(assessmentId, lena.id).ok).toBe(true);
  const definition = definitionOf({ versionId });
  return { organisationId, assessmentId, definition };
}

describe('the history of an assessment', () => {
  test('its events, and every change of an answer in words, newest first', async () => {
    const { organisationId, assessmentId, definition } = history();
    const t = await getFixedT('en', ['assessment', 'common']);
    const page = assessmentHistory({
      organisationId,
      assessmentId,
      definition,
      questionId: undefined,
      locale: 'en',
      t,
    });
    expect(page.base).toBe(`/o/${organisationId}/assessments/${assessmentId}`);
    expect(page.question).toBeNull();
    expect(page.meta.title).toBe('History');
    expect(
      page.events.map((e) => [e.kind, e.actorName, e.domain, e.overallScore, e.overallLevel]),
    ).toEqual([
      ['started', 'Lena Lead', null, null, null],
      ['domain-ready', 'Carl Contributor', 'Strategy', null, null],
      // Strategy: partly (0.5), the budget left out as not applicable, the notes not scored:
      // ratio 0.5, score 0.5 × 4 = 2, level floor(2) = 2. People is unanswered and left out,
      // so the overall figure is Strategy's.
      ['submitted', 'Lena Lead', null, 2, 2],
    ]);
    expect(page.events.every((e) => !Number.isNaN(Date.parse(e.at)))).toBe(true);
    expect(
      page.changes.map((c) => [c.questionId, c.questionText, c.revision, c.before, c.after, c.by]),
    ).toEqual([
      ['strategy.notes', 'Notes', 1, null, 'Later', 'Lena Lead'],
      ['strategy.budget', 'A budget is set', 1, null, 'Not applicable', 'Lena Lead'],
      ['strategy.plan', 'A plan exists', 2, 'Yes — “Adopted”', 'Partly', 'Lena Lead'],
      ['strategy.plan', 'A plan exists', 1, null, 'Yes — “Adopted”', 'Lena Lead'],
    ]);
  });

  test('narrowed to one question: its changes only, and no events', async () => {
    const { organisationId, assessmentId, definition } = history();
    const t = await getFixedT('en', ['assessment', 'common']);
    const page = (questionId: string) =>
      assessmentHistory({ organisationId, assessmentId, definition, questionId, locale: 'en', t });
    const cases: [string, { id: string; text: string } | null, number[]][] = [
      ['strategy.plan', { id: 'strategy.plan', text: 'A plan exists' }, [2, 1]],
      ['people.training', { id: 'people.training', text: 'Staff are trained' }, []],
      // An id the questionnaire does not have narrows to nothing.
      ['nowhere', null, []],
    ];
    for (const [questionId, question, revisions] of cases) {
      const seen = page(questionId);
      expect(
        {
          question: seen.question,
          events: seen.events,
          revisions: seen.changes.map((c) => c.revision),
        },
        questionId,
      ).toEqual({ question, events: [], revisions });
    }
  });

  test("in the reader's language", async () => {
    const { organisationId, assessmentId, definition } = history();
    const t = await getFixedT('fr', ['assessment', 'common']);
    const page = assessmentHistory({
      organisationId,
      assessmentId,
      definition,
      questionId: undefined,
      locale: 'fr',
      t,
    });
    expect(page.meta.title).toBe('Historique');
    expect(page.events[1]?.domain).toBe('Stratégie');
    expect(page.changes.map((c) => [c.questionText, c.after])).toEqual([
      ['Notes', 'Later'],
      ['Un budget est fixé', 'Sans objet'],
      ['Un plan existe', 'En partie'],
      ['Un plan existe', 'Oui — “Adopted”'],
    ]);
  });
});
