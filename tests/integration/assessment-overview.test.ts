import { afterAll, describe, expect, test } from 'vitest';
import { getFixedT } from '~/lib/i18n.server';
import { listEvents } from '~/models/assessment.server';
import { listAssignments, listReadyDomains } from '~/models/domain-work.server';
import { assessmentOverview } from '~/services/assessment-overview.server';
import { assignDomain } from '~/services/domain-assignment.server';
import { markDomainReady } from '~/services/domain-review.server';
import { submitAssessment } from '~/services/submit-assessment.server';
import { makeHub, makeOrganisation, makeUser } from '../support/factories';
import {
  answer,
  person,
  removeServicesDemo,
  seenBy,
  startDemo,
  yes,
} from '../support/services-demo';

afterAll(removeServicesDemo);

/**
 * Lena leads; Carl contributes and is given Strategy, which he marks ready; Vera only reads.
 * Strategy has 3 questions (the text one counts for progress), People 1.
 */
function team() {
  const organisationId = makeOrganisation();
  const lena = person('Lena Lead', 'lead', organisationId);
  const carl = person('Carl Contributor', 'contributor', organisationId);
  const vera = person('Vera Viewer', 'viewer', organisationId);
  const { assessmentId } = startDemo({ organisationId, lead: lena });
  answer(assessmentId, lena.id, 'strategy.plan', yes);
  answer(assessmentId, lena.id, 'strategy.notes', { state: 'answered', value: 'To revisit' });
  return { organisationId, lena, carl, vera, assessmentId };
}

describe('assigning a domain and marking it ready', () => {
  test("only the parliament's leads and contributors can be given a domain; a refusal changes nothing", () => {
    const { organisationId, lena, carl, vera, assessmentId } = team();
    const stranger = person('Sam Stranger', 'lead', makeOrganisation());
    const assign = (domainId: string, userIds: number[]) =>
      assignDomain({ assessmentId, organisationId, domainId, userIds, assignedBy: lena.id });
    const cases: [string, number[], string][] = [
      ['strategy', [carl.id], 'assigned'],
      ['people', [vera.id], 'not-assignable'],
      ['people', [carl.id, stranger.id], 'not-assignable'],
      ['people', [lena.id, carl.id], 'assigned'],
      // An empty choice takes the domain back from everybody.
      ['people', [], 'assigned'],
    ];
    for (const [domainId, userIds, status] of cases)
      expect(assign(domainId, userIds), `${domainId} ${userIds.join()}`).toEqual({ status });
    expect(listAssignments(assessmentId).map((a) => [a.domainId, a.name])).toEqual([
      ['strategy', 'Carl Contributor'],
    ]);
  });

  test('ready, then not ready: the mark comes and goes, and each is an event', () => {
    const { carl, assessmentId } = team();
    markDomainReady({ assessmentId, domainId: 'strategy', userId: carl.id, ready: true });
    expect(listReadyDomains(assessmentId).map((r) => [r.domainId, r.readyByName])).toEqual([
      ['strategy', 'Carl Contributor'],
    ]);
    markDomainReady({ assessmentId, domainId: 'strategy', userId: carl.id, ready: false });
    expect(listReadyDomains(assessmentId)).toEqual([]);
    expect(listEvents(assessmentId).map((e) => [e.kind, e.domainId, e.actorName])).toEqual([
      ['started', null, 'Lena Lead'],
      ['domain-ready', 'strategy', 'Carl Contributor'],
      ['domain-reopened', 'strategy', 'Carl Contributor'],
    ]);
  });
});

describe('the overview', () => {
  test('progress, assignees and the ready mark per domain; what each person may do', async () => {
    const { organisationId, lena, carl, vera, assessmentId } = team();
    assignDomain({
      assessmentId,
      organisationId,
      domainId: 'strategy',
      userIds: [carl.id],
      assignedBy: lena.id,
    });
    markDomainReady({ assessmentId, domainId: 'strategy', userId: carl.id, ready: true });
    const t = await getFixedT('en', 'assessment');
    const view = (who: typeof lena) =>
      assessmentOverview({ ...seenBy(who.actor, organisationId, assessmentId), locale: 'en', t });

    const lead = view(lena);
    expect(lead.base).toBe(`/o/${organisationId}/assessments/${assessmentId}`);
    expect(lead.status).toBe('draft');
    expect(lead.meta).toEqual({
      title: 'Assessment 2026',
      site: 'ICT Governance Maturity for Parliaments',
    });
    expect(lead.domains).toEqual([
      {
        id: 'strategy',
        title: 'Strategy',
        // The plan and the notes of 3 questions (text questions count for progress).
        answered: 2,
        total: 3,
        needsReview: 0,
        assignees: [{ id: carl.id, name: 'Carl Contributor' }],
        ready: true,
        assignedToMe: false,
      },
      {
        id: 'people',
        title: 'People',
        answered: 0,
        total: 1,
        needsReview: 0,
        assignees: [],
        ready: false,
        assignedToMe: false,
      },
    ]);

    const cases: [string, typeof lena, boolean, string[], boolean][] = [
      // who, may manage, the people offered for assignment (by name), Strategy is theirs
      ['lead', lena, true, ['Carl Contributor', 'Lena Lead'], false],
      ['contributor', carl, false, [], true],
      ['viewer', vera, false, [], false],
    ];
    for (const [who, actor, canManage, people, mine] of cases) {
      const seen = view(actor);
      expect(
        {
          canManage: seen.canManage,
          canReopen: seen.canReopen,
          people: seen.people.map((p) => p.name),
          mine: seen.domains[0]?.assignedToMe,
        },
        who,
      ).toEqual({ canManage, canReopen: false, people, mine });
    }
  });

  test("in the reader's language", async () => {
    const { organisationId, lena, assessmentId } = team();
    const t = await getFixedT('fr', 'assessment');
    const view = assessmentOverview({
      ...seenBy(lena.actor, organisationId, assessmentId),
      locale: 'fr',
      t,
    });
    expect(view.domains.map((d) => d.title)).toEqual(['Stratégie', 'Personnes']);
    expect(view.meta.title).toBe('Évaluation 2026');
  });

  test('answers carried over from the last cycle wait for review; a coordinator may reopen the submitted cycle', async () => {
    const { organisationId, lena, assessmentId } = team();
    expect(submitAssessment(assessmentId, lena.id).ok).toBe(true);
    const next = startDemo({ organisationId, lead: lena, cycle: 2027, prefill: true });
    const t = await getFixedT('en', 'assessment');
    const carried = assessmentOverview({
      ...seenBy(lena.actor, organisationId, next.assessmentId),
      locale: 'en',
      t,
    });
    // Both 2026 answers of Strategy came across, each to review; People had none.
    expect(carried.domains.map((d) => [d.id, d.answered, d.needsReview])).toEqual([
      ['strategy', 2, 2],
      ['people', 0, 0],
    ]);

    const hub = makeHub([organisationId]);
    const coordinator = makeUser({ coordinates: hub }).actor();
    const submitted = assessmentOverview({
      ...seenBy(coordinator, organisationId, assessmentId, [hub]),
      locale: 'en',
      t,
    });
    expect([submitted.status, submitted.canReopen, submitted.canManage]).toEqual([
      'submitted',
      true,
      false,
    ]);
    const lead = assessmentOverview({
      ...seenBy(lena.actor, organisationId, assessmentId),
      locale: 'en',
      t,
    });
    expect(lead.canReopen).toBe(false);
  });
});
