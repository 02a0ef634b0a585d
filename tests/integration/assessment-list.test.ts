import { afterAll, describe, expect, test } from 'vitest';
import { getFixedT } from '~/lib/i18n.server';
import { assessmentList } from '~/services/assessment-list.server';
import { submitAssessment } from '~/services/submit-assessment.server';
import { makeHub, makeOrganisation, makeUser } from '../support/factories';
import { person, removeServicesDemo, startDemo } from '../support/services-demo';

afterAll(removeServicesDemo);

describe("a parliament's assessments", () => {
  test('newest cycle first, as each person may see them; who may start one', async () => {
    const organisationId = makeOrganisation({ name: 'Parliament of Elsewhere' });
    const lena = person('Lena Lead', 'lead', organisationId);
    const vera = person('Vera Viewer', 'viewer', organisationId);
    const hub = makeHub([organisationId]);
    const coordinator = makeUser({ coordinates: hub }).actor();
    const admin = makeUser({ isAdmin: true }).actor();
    const earlier = startDemo({ organisationId, lead: lena, cycle: 2025 });
    expect(submitAssessment(earlier.assessmentId, lena.id).ok).toBe(true);
    const current = startDemo({ organisationId, lead: lena, cycle: 2026 });
    const t = await getFixedT('en', 'assessment');
    const list = (actor: typeof admin) =>
      assessmentList({
        actor,
        organisation: { id: organisationId, name: 'Parliament of Elsewhere' },
        hubIds: [hub],
        t,
      });

    const lead = list(lena.actor);
    expect(lead.organisationId).toBe(organisationId);
    expect(lead.assessments).toEqual([
      {
        id: current.assessmentId,
        cycle: 2026,
        status: 'draft',
        title: 'Services demo',
        version: '1.0',
        submittedAt: null,
      },
      {
        id: earlier.assessmentId,
        cycle: 2025,
        status: 'submitted',
        title: 'Services demo',
        version: '1.0',
        submittedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
    // The newest published version of each questionnaire, by questionnaire id.
    expect(lead.versions.map((v) => v.label)).toEqual([
      'Parliamentary ICT Governance Maturity 1.1',
      'Services demo 1.0',
    ]);
    expect(lead.nextCycle).toBe(new Date().getFullYear());
    expect(lead.meta).toEqual({
      title: 'Assessments of Parliament of Elsewhere',
      site: 'ICT Governance Maturity for Parliaments',
    });

    const cases: [string, typeof admin, number[], boolean][] = [
      // who, the cycles they see, whether they may start one
      ['lead', lena.actor, [2026, 2025], true],
      ['viewer', vera.actor, [2026, 2025], false],
      // Coordinators read submitted work only.
      ['coordinator', coordinator, [2025], false],
      // Administrators run the platform, not assessments.
      ['administrator', admin, [2026, 2025], false],
    ];
    for (const [who, actor, cycles, canStart] of cases) {
      const seen = list(actor);
      expect(
        {
          cycles: seen.assessments.map((a) => a.cycle),
          canStart: seen.canStart,
          hasPrevious: seen.hasPrevious,
        },
        who,
      ).toEqual({ cycles, canStart, hasPrevious: true });
    }
  });

  test('before any assessment: nothing listed, nothing to start from', async () => {
    const organisationId = makeOrganisation({ name: 'Parliament of Nowhere' });
    const lena = person('Lena Lead', 'lead', organisationId);
    const t = await getFixedT('fr', 'assessment');
    const list = assessmentList({
      actor: lena.actor,
      organisation: { id: organisationId, name: 'Parliament of Nowhere' },
      hubIds: [],
      t,
    });
    expect([list.assessments, list.hasPrevious, list.canStart]).toEqual([[], false, true]);
    expect(list.meta.title).toBe('Évaluations – Parliament of Nowhere');
  });
});
