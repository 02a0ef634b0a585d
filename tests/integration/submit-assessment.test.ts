import { afterAll, describe, expect, test } from 'vitest';
import { getFixedT } from '~/lib/i18n.server';
import { listAudit } from '~/models/audit.server';
import { submitAsLead, submitPage } from '~/services/submit-assessment.server';
import { makeOrganisation } from '../support/factories';
import {
  answer,
  no,
  person,
  removeServicesDemo,
  seenBy,
  startDemo,
  yes,
} from '../support/services-demo';

afterAll(removeServicesDemo);

/** 2025 answered the plan and training and was submitted; 2026 starts from it and adds the notes. */
function carriedOver() {
  const organisationId = makeOrganisation();
  const lena = person('Lena Lead', 'lead', organisationId);
  const earlier = startDemo({ organisationId, lead: lena, cycle: 2025 });
  answer(earlier.assessmentId, lena.id, 'strategy.plan', yes);
  answer(earlier.assessmentId, lena.id, 'people.training', no);
  expect(
    submitAsLead({
      organisationId,
      assessment: { id: earlier.assessmentId, cycle: 2025 },
      userId: lena.id,
      address: '192.0.2.1',
    }),
  ).toEqual({ status: 'submitted' });
  const { assessmentId } = startDemo({ organisationId, lead: lena, cycle: 2026, prefill: true });
  answer(assessmentId, lena.id, 'strategy.notes', { state: 'answered', value: 'Later' });
  return { organisationId, lena, assessmentId };
}

describe('before submitting', () => {
  test('how much is answered, how much waits for review, and which questions have no answer', async () => {
    const { organisationId, lena, assessmentId } = carriedOver();
    const t = await getFixedT('en', 'assessment');
    const seen = seenBy(lena.actor, organisationId, assessmentId);
    expect(submitPage({ ...seen, locale: 'en', t })).toEqual({
      base: `/o/${organisationId}/assessments/${assessmentId}`,
      status: 'draft',
      // The plan and training (carried over) and the notes, of 4 questions.
      answered: 3,
      total: 4,
      // The two carried over.
      review: 2,
      unanswered: [{ id: 'strategy.budget', domainId: 'strategy', text: 'A budget is set' }],
      meta: { title: 'Review and submit', site: 'ICT Governance Maturity for Parliaments' },
    });
    const fr = await getFixedT('fr', 'assessment');
    const french = submitPage({ ...seen, locale: 'fr', t: fr });
    expect([french.unanswered[0]?.text, french.meta.title]).toEqual([
      'Un budget est fixé',
      'Relire et soumettre',
    ]);
  });
});

describe('submitting', () => {
  test('once, written to the audit log; a second submission is refused and leaves no entry', async () => {
    const { organisationId, lena, assessmentId } = carriedOver();
    const submit = () =>
      submitAsLead({
        organisationId,
        assessment: { id: assessmentId, cycle: 2026 },
        userId: lena.id,
        address: '192.0.2.9',
      });
    expect([submit(), submit()]).toEqual([{ status: 'submitted' }, { status: 'not-open' }]);
    const audited = listAudit({ action: 'assessment.submitted' }).filter(
      (a) => a.organisationId === organisationId,
    );
    // 2026 here, and 2025 when the fixture submitted it.
    expect(audited.map((a) => [a.targetId, a.address, a.detail])).toEqual([
      [String(assessmentId), '192.0.2.9', { cycle: 2026 }],
      [expect.any(String), '192.0.2.1', { cycle: 2025 }],
    ]);
    const t = await getFixedT('en', 'assessment');
    const seen = seenBy(lena.actor, organisationId, assessmentId);
    expect(submitPage({ ...seen, locale: 'en', t }).status).toBe('submitted');
  });
});
