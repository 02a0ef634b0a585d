import { afterAll, describe, expect, test } from 'vitest';
import { getAssessmentFor, listEvents } from '~/models/assessment.server';
import { listAudit } from '~/models/audit.server';
import { reopenWithReason } from '~/services/reopen-assessment.server';
import { submitAssessment } from '~/services/submit-assessment.server';
import { makeHub, makeOrganisation, makeUser } from '../support/factories';
import { person, removeServicesDemo, startDemo } from '../support/services-demo';

afterAll(removeServicesDemo);

describe('reopening a submitted assessment from its page', () => {
  test('reopened with its reason, audited; each person lands on a page they may still read', () => {
    const organisationId = makeOrganisation();
    const lena = person('Lena Lead', 'lead', organisationId);
    const hub = makeHub([organisationId]);
    const otherHub = makeHub([]);
    const admin = makeUser({ isAdmin: true });
    const coordinator = makeUser({ coordinates: hub });
    const elsewhere = makeUser({ coordinates: otherHub });
    const { assessmentId } = startDemo({ organisationId, lead: lena });
    const target = { organisationId, hubIds: [hub], submitted: true, assignees: [] };
    const page = `/o/${organisationId}/assessments/${assessmentId}`;
    const cases: [string, typeof admin, string][] = [
      // An administrator may read it reopened: back to the assessment.
      ['administrator', admin, `${page}?reopened=1`],
      // A coordinator reads submitted work only: to the member's page of their hub, same cycle.
      ['coordinator', coordinator, `/hubs/${hub}/members/${organisationId}?cycle=2026&reopened=1`],
      // Someone who coordinates none of its hubs: to the list of assessments.
      ['coordinator of another hub', elsewhere, `/o/${organisationId}/assessments`],
    ];
    for (const [who, reopener, landing] of cases) {
      expect(submitAssessment(assessmentId, lena.id).ok, who).toBe(true);
      const outcome = reopenWithReason({
        actor: reopener.actor(),
        organisationId,
        assessment: { id: assessmentId, cycle: 2026 },
        target,
        reason: `Asked by ${who}`,
        address: '192.0.2.4',
      });
      expect(outcome, who).toEqual({ landing });
      expect(getAssessmentFor(lena.actor, organisationId, assessmentId)?.status, who).toBe(
        'reopened',
      );
    }
    expect(
      listEvents(assessmentId)
        .filter((e) => e.kind === 'reopened')
        .map((e) => e.reason),
    ).toEqual([
      'Asked by administrator',
      'Asked by coordinator',
      'Asked by coordinator of another hub',
    ]);
    const audited = listAudit({ action: 'assessment.reopened' }).filter(
      (a) => a.organisationId === organisationId,
    );
    expect(audited.map((a) => [a.targetId, a.address, a.detail])).toEqual(
      [...cases]
        .reverse()
        .map(([who]) => [String(assessmentId), '192.0.2.4', { reason: `Asked by ${who}` }]),
    );
  });
});
