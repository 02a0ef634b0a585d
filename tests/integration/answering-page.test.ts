import { afterAll, describe, expect, test } from 'vitest';
import { getFixedT } from '~/lib/i18n.server';
import { assignDomain } from '~/services/domain-assignment.server';
import { answeringPage } from '~/services/answering-page.server';
import { submitAssessment } from '~/services/submit-assessment.server';
import { makeOrganisation } from '../support/factories';
import {
  answer,
  person,
  removeServicesDemo,
  seenBy,
  startDemo,
  yes,
} from '../support/services-demo';

afterAll(removeServicesDemo);

function team() {
  const organisationId = makeOrganisation();
  const lena = person('Lena Lead', 'lead', organisationId);
  const carl = person('Carl Contributor', 'contributor', organisationId);
  const cleo = person('Cleo Contributor', 'contributor', organisationId);
  const vera = person('Vera Viewer', 'viewer', organisationId);
  const { assessmentId } = startDemo({ organisationId, lead: lena });
  assignDomain({
    assessmentId,
    organisationId,
    domainId: 'strategy',
    userIds: [carl.id],
    assignedBy: lena.id,
  });
  return { organisationId, lena, carl, cleo, vera, assessmentId };
}

describe('the answering page of a domain', () => {
  test('its questions numbered within the questionnaire, each with its answer; its neighbours', async () => {
    const { organisationId, lena, assessmentId } = team();
    const saved = answer(assessmentId, lena.id, 'strategy.plan', { ...yes, comment: 'Adopted' });
    const t = await getFixedT('en', 'assessment');
    const page = (domainId: string) =>
      answeringPage({
        ...seenBy(lena.actor, organisationId, assessmentId),
        domainId,
        locale: 'en',
        t,
      });
    const strategy = page('strategy');
    expect(strategy?.base).toBe(`/o/${organisationId}/assessments/${assessmentId}`);
    expect(strategy?.domain).toEqual({
      id: 'strategy',
      number: 1,
      title: 'Strategy',
      description: null,
    });
    expect(strategy?.questions.map((q) => [q.view.number, q.view.id, q.view.text])).toEqual([
      ['1.1', 'strategy.plan', 'A plan exists'],
      ['1.2', 'strategy.budget', 'A budget is set'],
      ['1.3', 'strategy.notes', 'Notes'],
    ]);
    expect(strategy?.questions[0]?.view).toMatchObject({
      kind: 'yes-no',
      options: [
        { id: 'yes', label: 'yes' },
        { id: 'partly', label: 'partly' },
        { id: 'no', label: 'no' },
      ],
      // Not applicable is left out of the score, don't know counts as zero: both may be chosen.
      allowNotApplicable: true,
      allowDontKnow: true,
      // The modules serve the domain, not this question.
      modules: [],
    });
    // A text question is not scored: neither special answer applies to it.
    expect(strategy?.questions[2]?.view).toMatchObject({
      kind: 'text',
      allowNotApplicable: false,
      allowDontKnow: false,
    });
    expect(strategy?.questions.map((q) => q.answer)).toEqual([
      {
        state: 'answered',
        value: 'yes',
        comment: 'Adopted',
        evidence: [],
        revision: 1,
        needsReview: false,
        updatedAt: saved.savedAt.toISOString(),
        updatedByName: 'Lena Lead',
      },
      null,
      null,
    ]);
    expect(strategy?.meta.title).toBe('Strategy · Assessment 2026');
    expect(strategy?.operation).toMatch(/^[0-9a-f-]{36}$/);
    expect(page('strategy')?.operation).not.toBe(strategy?.operation);

    const cases: [
      string,
      { id: string; title: string } | null,
      { id: string; title: string } | null,
    ][] = [
      ['strategy', null, { id: 'people', title: 'People' }],
      ['people', { id: 'strategy', title: 'Strategy' }, null],
    ];
    for (const [domainId, previous, next] of cases) {
      const seen = page(domainId);
      expect([seen?.previous, seen?.next], domainId).toEqual([previous, next]);
    }
    expect(page('people')?.questions.map((q) => q.view.number)).toEqual(['2.1']);
    expect(page('nowhere')).toBeUndefined();
  });

  test('who may answer: the lead, and a contributor in the domains given to them; nobody once submitted', async () => {
    const { organisationId, lena, carl, cleo, vera, assessmentId } = team();
    const t = await getFixedT('en', 'assessment');
    const canAnswer = (who: typeof lena, domainId: string) =>
      answeringPage({
        ...seenBy(who.actor, organisationId, assessmentId),
        domainId,
        locale: 'en',
        t,
      })?.canAnswer;
    const cases: [string, typeof lena, string, boolean][] = [
      ['lead', lena, 'strategy', true],
      ['lead', lena, 'people', true],
      ['contributor given Strategy', carl, 'strategy', true],
      ['contributor given Strategy', carl, 'people', false],
      ['contributor given nothing', cleo, 'strategy', false],
      ['viewer', vera, 'strategy', false],
    ];
    for (const [who, actor, domainId, expected] of cases)
      expect(canAnswer(actor, domainId), `${who} in ${domainId}`).toBe(expected);

    expect(submitAssessment(assessmentId, lena.id).ok).toBe(true);
    expect(canAnswer(lena, 'strategy')).toBe(false);
    expect(canAnswer(carl, 'strategy')).toBe(false);
  });

  test("in the reader's language", async () => {
    const { organisationId, lena, assessmentId } = team();
    const t = await getFixedT('fr', 'assessment');
    const page = answeringPage({
      ...seenBy(lena.actor, organisationId, assessmentId),
      domainId: 'people',
      locale: 'fr',
      t,
    });
    expect(page?.domain.title).toBe('Personnes');
    expect(page?.questions.map((q) => q.view.text)).toEqual(['Le personnel est formé']);
    expect(page?.previous).toEqual({ id: 'strategy', title: 'Stratégie' });
    expect(page?.meta.title).toBe('Personnes · Évaluation 2026');
  });
});
