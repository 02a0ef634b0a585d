import { markDomainReady } from '~/services/domain-review.server';
import { requestLocale } from '~/access/locale.server';
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CsrfInput, Notice } from '~/components/forms';
import { can } from '~/domain/policy';
import { progressByDomain } from '~/domain/progress';
import { textIn } from '~/domain/questionnaire/text';
import { readForm } from '~/access/csrf.server';
import { requireAssessment, type AssessmentContext } from '~/access/guards.server';
import { getFixedT } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';
import { listAnswerRecords } from '~/models/answer.server';
import { assignablePeople } from '~/models/role.server';
import { listAssignments, listReadyDomains, setAssignees } from '~/models/domain-work.server';
import { reopenAssessment } from '~/services/reopen-assessment.server';

export async function loader(args: LoaderFunctionArgs) {
  const ctx = requireAssessment(args, 'assessment:view');
  const { user, organisation, assessment, definition, target } = ctx;
  const locale = await requestLocale(args);
  const t = await getFixedT(locale, 'assessment');
  const answers = new Map(listAnswerRecords(assessment.id).map((a) => [a.questionId, a]));
  const assignments = listAssignments(assessment.id);
  const ready = listReadyDomains(assessment.id);
  const progress = progressByDomain(definition, answers);
  return {
    base: `/o/${organisation.id}/assessments/${assessment.id}`,
    status: assessment.status,
    domains: definition.domains.map((domain, index) => {
      const p = progress[index];
      return {
        id: domain.id,
        title: textIn(domain.title, locale),
        answered: p?.answered ?? 0,
        total: p?.total ?? 0,
        needsReview: p?.needsReview ?? 0,
        assignees: assignments
          .filter((a) => a.domainId === domain.id)
          .map((a) => ({ id: a.userId, name: a.name })),
        ready: ready.some((r) => r.domainId === domain.id),
        assignedToMe: assignments.some((a) => a.domainId === domain.id && a.userId === user.id),
      };
    }),
    people: can(user.actor, 'assessment:manage', target) ? assignablePeople(organisation.id) : [],
    canManage: can(user.actor, 'assessment:manage', target),
    canReopen: can(user.actor, 'assessment:reopen', target),
    meta: { title: t('header.title', { cycle: assessment.cycle }), site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

const assignSchema = z.object({
  intent: z.literal('assign'),
  domainId: z.string().min(1),
  userId: z.array(z.coerce.number().int().positive()).default([]),
});
const readySchema = z.object({
  intent: z.enum(['ready', 'not-ready']),
  domainId: z.string().min(1),
});
const reopenSchema = z.object({
  intent: z.literal('reopen'),
  reason: z.string().trim().min(5, 'assessment:reopen.reasonRequired').max(2000),
});

/**
 * Where the person who reopened lands: the assessment itself when they may still read it, else
 * (a coordinator, who reads submitted work only) the member's page in a hub they coordinate.
 */
function afterReopening({ user, organisation, assessment, target, cohortIds }: AssessmentContext) {
  if (can(user.actor, 'assessment:view', { ...target, submitted: false }))
    return `/o/${organisation.id}/assessments/${assessment.id}?reopened=1`;
  const hub = cohortIds.find((id) => user.actor.coordinatedCohorts.includes(id));
  return hub === undefined
    ? `/o/${organisation.id}/assessments`
    : `/cohorts/${hub}/members/${organisation.id}?cycle=${assessment.cycle}&reopened=1`;
}

export async function action(args: ActionFunctionArgs) {
  const address = args.context.clientAddress;
  const ctx = requireAssessment(args, 'assessment:view');
  const form = await readForm(args);
  const intent = form.get('intent');
  const { user, organisation, assessment, definition } = ctx;

  if (intent === 'reopen') {
    const reopen = requireAssessment(args, 'assessment:reopen');
    const parsed = reopenSchema.safeParse({ intent, reason: form.get('reason') });
    if (!parsed.success)
      return data(
        { error: parsed.error.issues[0]?.message ?? 'assessment:reopen.reasonRequired' },
        { status: 400 },
      );
    reopenAssessment(reopen.assessment.id, user.id, parsed.data.reason, {
      organisationId: organisation.id,
      address,
    });
    return redirect(afterReopening(reopen), 303);
  }

  const domainId = String(form.get('domainId') ?? '');
  if (!definition.domains.some((d) => d.id === domainId))
    return data({ error: 'assessment:overview.unknownDomain' }, { status: 400 });

  if (intent === 'assign') {
    requireAssessment(args, 'assessment:manage');
    const parsed = assignSchema.safeParse({ intent, domainId, userId: form.getAll('userId') });
    if (!parsed.success)
      return data({ error: 'assessment:overview.assignInvalid' }, { status: 400 });
    const allowed = new Set(assignablePeople(organisation.id).map((p) => p.id));
    if (!parsed.data.userId.every((id) => allowed.has(id)))
      return data({ error: 'assessment:overview.assignInvalid' }, { status: 400 });
    setAssignees(assessment.id, domainId, parsed.data.userId, user.id);
    return { notice: 'assigned' };
  }

  const parsed = readySchema.safeParse({ intent, domainId });
  if (!parsed.success) return data({ error: 'assessment:overview.unknownAction' }, { status: 400 });
  // Marking a domain ready is for the people who answer it.
  requireAssessment(args, 'assessment:answer', { domainId });
  markDomainReady({
    assessmentId: assessment.id,
    domainId,
    userId: user.id,
    ready: parsed.data.intent === 'ready',
  });
  return { notice: parsed.data.intent === 'ready' ? 'marked-ready' : 'marked-not-ready' };
}

export default function AssessmentOverview() {
  const { t } = useTranslation('assessment');
  const { base, status, domains, people, canManage, canReopen } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const answered = domains.reduce((n, d) => n + d.answered, 0);
  const total = domains.reduce((n, d) => n + d.total, 0);
  const review = domains.reduce((n, d) => n + d.needsReview, 0);
  const open = status !== 'submitted';
  return (
    <>
      {params.get('prefilled') ? (
        <Notice tone="info">
          {t('overview.prefilled', { count: Number(params.get('prefilled')) })}
        </Notice>
      ) : null}
      {params.get('submitted') ? (
        <Notice tone="success">{t('overview.submittedNotice')}</Notice>
      ) : null}
      {params.get('reopened') ? (
        <Notice tone="warning">{t('overview.reopenedNotice')}</Notice>
      ) : null}
      {actionData && 'notice' in actionData ? (
        <Notice tone="success">{t(`overview.notice.${actionData.notice}`)}</Notice>
      ) : null}
      {actionData && 'error' in actionData ? (
        <Notice tone="error">{t(actionData.error.replace('assessment:', ''))}</Notice>
      ) : null}
      <p className="progress-summary">
        {t('overview.progress', { answered, total })}
        {review > 0 ? ` ${t('overview.toReview', { count: review })}` : ''}
      </p>
      <progress max={total} value={answered} aria-label={t('overview.progressLabel')}>
        {answered}/{total}
      </progress>
      <div className="table-wrap">
        <table>
          <caption>{t('overview.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.domain')}</th>
              <th scope="col" className="number">
                {t('overview.answered')}
              </th>
              <th scope="col">{t('overview.assigned')}</th>
              <th scope="col">{t('overview.state')}</th>
              {canManage && open ? <th scope="col">{t('overview.assign')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {domains.map((d) => (
              <tr key={d.id}>
                <td>
                  <Link to={`${base}/domains/${d.id}`}>{d.title}</Link>
                </td>
                <td className="number">
                  {d.answered}/{d.total}
                  {d.needsReview > 0 ? (
                    <span className="tag">{t('overview.reviewTag', { count: d.needsReview })}</span>
                  ) : null}
                </td>
                <td>
                  {d.assignees.length
                    ? d.assignees.map((a) => a.name).join(', ')
                    : t('overview.unassigned')}
                </td>
                <td>
                  {d.ready
                    ? t('overview.ready')
                    : d.answered === d.total
                      ? t('overview.complete')
                      : t('overview.inProgress')}
                  {open && d.assignedToMe ? (
                    <Form method="post" className="inline-form">
                      <CsrfInput />
                      <input type="hidden" name="domainId" value={d.id} />
                      <button
                        type="submit"
                        name="intent"
                        value={d.ready ? 'not-ready' : 'ready'}
                        className="link-button"
                      >
                        {d.ready
                          ? t('overview.markNotReady', { domain: d.title })
                          : t('overview.markReady', { domain: d.title })}
                      </button>
                    </Form>
                  ) : null}
                </td>
                {canManage && open ? (
                  <td>
                    <Form method="post">
                      <CsrfInput />
                      <input type="hidden" name="domainId" value={d.id} />
                      <fieldset className="checkbox-list">
                        <legend className="visually-hidden">
                          {t('overview.assignLegend', { domain: d.title })}
                        </legend>
                        {people.map((p) => (
                          <label key={p.id}>
                            <input
                              type="checkbox"
                              name="userId"
                              value={p.id}
                              defaultChecked={d.assignees.some((a) => a.id === p.id)}
                            />{' '}
                            {p.name}
                          </label>
                        ))}
                      </fieldset>
                      <button
                        type="submit"
                        name="intent"
                        value="assign"
                        className="button button--secondary button--small"
                      >
                        {t('overview.saveAssignment', { domain: d.title })}
                      </button>
                    </Form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canReopen && status === 'submitted' ? (
        <section aria-labelledby="reopen-title">
          <h2 id="reopen-title">{t('reopen.title')}</h2>
          <p>{t('reopen.intro')}</p>
          <Form method="post">
            <CsrfInput />
            <div className="field">
              <label htmlFor="reason">{t('reopen.reason')}</label>
              <textarea id="reason" name="reason" required minLength={5} rows={3} />
            </div>
            <button type="submit" name="intent" value="reopen" className="button button--danger">
              {t('reopen.submit')}
            </button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
