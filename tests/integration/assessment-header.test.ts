import { afterAll, describe, expect, test } from 'vitest';
import { assessmentHeader } from '~/services/assessment-header.server';
import { reopenAssessment } from '~/services/reopen-assessment.server';
import { submitAssessment } from '~/services/submit-assessment.server';
import { makeHub, makeOrganisation, makeUser } from '../support/factories';
import { person, removeServicesDemo, seenBy, startDemo } from '../support/services-demo';

afterAll(removeServicesDemo);

describe('the head of an assessment', () => {
  test('its cycle, state and version; the submit tab for its lead, the results tab once submitted', () => {
    const organisationId = makeOrganisation();
    const lena = person('Lena Lead', 'lead', organisationId);
    const vera = person('Vera Viewer', 'viewer', organisationId);
    const hub = makeHub([organisationId]);
    const coordinator = makeUser({ coordinates: hub });
    const { assessmentId } = startDemo({ organisationId, lead: lena });
    const header = (actor: typeof lena.actor) =>
      assessmentHeader(seenBy(actor, organisationId, assessmentId, [hub]));

    expect(header(lena.actor)).toEqual({
      base: `/o/${organisationId}/assessments/${assessmentId}`,
      assessment: {
        id: assessmentId,
        cycle: 2026,
        status: 'draft',
        title: 'Services demo',
        version: '1.0',
      },
      canManage: true,
      hasResults: false,
    });

    const cases: [string, () => unknown, [string, typeof lena.actor, boolean, boolean][]][] = [
      // what happened, then per person: may manage, has results
      ['a draft', () => undefined, [['viewer', vera.actor, false, false]]],
      [
        'submitted',
        () => submitAssessment(assessmentId, lena.id),
        [
          ['lead', lena.actor, true, true],
          ['coordinator', coordinator.actor(), false, true],
        ],
      ],
      // The snapshot stays while reopened: the results of the submission can still be read.
      [
        'reopened',
        () => reopenAssessment(assessmentId, coordinator.id, 'A figure was wrong'),
        [['lead', lena.actor, true, true]],
      ],
    ];
    for (const [state, happen, people] of cases) {
      happen();
      for (const [who, actor, canManage, hasResults] of people) {
        const seen = header(actor);
        expect([seen.canManage, seen.hasResults], `${who}, ${state}`).toEqual([
          canManage,
          hasResults,
        ]);
      }
    }
    expect(header(lena.actor).assessment.status).toBe('reopened');
  });
});
