import { requestLocale } from '~/access/locale.server';
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '~/components/assessment/status-badge';
import { CyclePicker } from '~/components/cycle-picker';
import { CsrfInput, Notice } from '~/components/forms';
import { LocalTime } from '~/components/local-time';
import { TableWrap } from '~/components/table-wrap';
import { can } from '~/domain/policy';
import { questionsOf } from '~/domain/questionnaire/tree';
import { cohortContext } from '~/services/cohort-view.server';
import { readForm } from '~/access/csrf.server';
import { requireCohort } from '~/access/guards.server';
import { publicLink, cycleParam } from '~/lib/http.server';
import { getFixedT } from '~/lib/i18n.server';
import { sendMail } from '~/services/mail.server';
import { documentTitle } from '~/lib/meta';
import { audit } from '~/models/audit.server';
import { decideRequest, isCohortMember, pendingRequests } from '~/models/cohort.server';
import { leadsOf } from '~/models/role.server';
import { memberStatuses } from '~/services/hub-members.server';

export async function loader(args: LoaderFunctionArgs) {
  const { user, cohort } = requireCohort(args, 'cohort:view');
  const locale = await requestLocale(args);
  const t = await getFixedT(locale, 'cohort');
  const ctx = cohortContext(cohort.id, cycleParam(new URL(args.request.url)));
  const total = ctx ? ctx.definition.domains.flatMap(questionsOf).length : 0;
  const statuses = ctx ? memberStatuses(cohort.id, ctx.questionnaireId, ctx.cycle) : [];
  return {
    cohortId: cohort.id,
    cycles: ctx?.cycles ?? [],
    cycle: ctx?.cycle ?? new Date().getFullYear(),
    total,
    members: statuses.map((m) => ({
      ...m,
      lastActivity: m.lastActivity?.toISOString() ?? null,
      submittedAt: m.submittedAt?.toISOString() ?? null,
    })),
    requests: can(user.actor, 'cohort:manage', { cohortId: cohort.id })
      ? pendingRequests(cohort.id).map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }))
      : [],
    canManage: can(user.actor, 'cohort:manage', { cohortId: cohort.id }),
    meta: { title: cohort.name, site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const address = args.context.clientAddress;
  const { user, cohort } = requireCohort(args, 'cohort:manage');
  const form = await readForm(args);
  const intent = form.get('intent');
  if (intent === 'accept' || intent === 'decline') {
    const decided = decideRequest(
      cohort.id,
      Number(form.get('requestId')),
      intent === 'accept',
      user.id,
    );
    if (!decided) return data({ notice: 'request-gone' }, { status: 409 });
    audit({
      action: intent === 'accept' ? 'cohort.request-accepted' : 'cohort.request-declined',
      actorId: user.id,
      targetType: 'cohort',
      targetId: cohort.id,
      organisationId: decided.organisationId,
      address,
    });
    return { notice: intent === 'accept' ? 'accepted' : 'declined' };
  }
  if (intent === 'remind') {
    const organisationId = Number(form.get('organisationId'));
    if (!isCohortMember(cohort.id, organisationId))
      return data({ notice: 'not-member' }, { status: 400 });
    const cycle = Number(form.get('cycle')) || new Date().getFullYear();
    const leads = leadsOf(organisationId);
    for (const lead of leads) {
      const t = await getFixedT(lead.locale ?? (await requestLocale(args)), 'mail');
      await sendMail({
        to: lead.email,
        subject: t('reminder.subject', { cycle }),
        body: t('reminder.body', {
          name: lead.name,
          coordinator: user.name,
          hub: cohort.name,
          cycle,
          link: publicLink(`/o/${organisationId}/assessments`),
        }),
      });
    }
    audit({
      action: 'cohort.reminder-sent',
      actorId: user.id,
      targetType: 'organisation',
      targetId: organisationId,
      organisationId,
      address,
      detail: { cycle, recipients: leads.length },
    });
    return { notice: leads.length ? 'reminded' : 'no-lead' };
  }
  return data({ notice: 'unknown' }, { status: 400 });
}

export default function CohortOverview() {
  const { t } = useTranslation('cohort');
  const { cohortId, cycles, cycle, total, members, requests, canManage } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const submitted = members.filter((m) => m.status === 'submitted').length;
  const started = members.filter((m) => m.status === 'draft' || m.status === 'reopened').length;
  return (
    <>
      <CyclePicker cycles={cycles} cycle={cycle} />
      {actionData?.notice ? (
        <Notice
          tone={
            ['accepted', 'declined', 'reminded'].includes(actionData.notice) ? 'success' : 'warning'
          }
        >
          {t(`notice.${actionData.notice}`)}
        </Notice>
      ) : null}
      <p className="progress-summary">
        {t('overview.summary', {
          submitted,
          started,
          notStarted: members.length - submitted - started,
          total: members.length,
          cycle,
        })}
      </p>
      <TableWrap label={t('overview.caption', { cycle })}>
        <table>
          <caption>{t('overview.caption', { cycle })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('parliament')}</th>
              <th scope="col">{t('overview.status')}</th>
              <th scope="col" className="number">
                {t('overview.answered')}
              </th>
              <th scope="col">{t('overview.lastActivity')}</th>
              <th scope="col">{t('overview.submittedAt')}</th>
              {canManage ? <th scope="col">{t('overview.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.organisationId}>
                <th scope="row">
                  {m.status === 'submitted' ? (
                    <Link to={`/cohorts/${cohortId}/members/${m.organisationId}?cycle=${cycle}`}>
                      {m.name}
                    </Link>
                  ) : (
                    m.name
                  )}
                  <span className="meta"> · {m.country}</span>
                </th>
                <td>
                  {m.status === 'not-started' ? (
                    t('overview.notStarted')
                  ) : (
                    <StatusBadge status={m.status} />
                  )}
                </td>
                <td className="number">
                  {m.status === 'not-started'
                    ? '–'
                    : `${m.answered}/${total} (${total ? Math.round((m.answered / total) * 100) : 0}\u00a0%)`}
                </td>
                <td>{m.lastActivity ? <LocalTime iso={m.lastActivity} style="date" /> : '–'}</td>
                <td>
                  {m.status === 'submitted' && m.submittedAt ? (
                    <LocalTime iso={m.submittedAt} style="date" />
                  ) : (
                    '–'
                  )}
                </td>
                {canManage ? (
                  <td>
                    {m.status !== 'submitted' ? (
                      <Form method="post" className="inline-form">
                        <CsrfInput />
                        <input type="hidden" name="organisationId" value={m.organisationId} />
                        <input type="hidden" name="cycle" value={cycle} />
                        <button
                          type="submit"
                          name="intent"
                          value="remind"
                          className="button button--secondary button--small"
                        >
                          {t('overview.remind', { name: m.name })}
                        </button>
                      </Form>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <p className="no-print">
        {t('exports.title')}:{' '}
        <a href={`/cohorts/${cohortId}/export.csv?cycle=${cycle}`}>{t('exports.csv')}</a> ·{' '}
        <a href={`/cohorts/${cohortId}/export.xlsx?cycle=${cycle}`}>{t('exports.xlsx')}</a> ·{' '}
        <a href={`/cohorts/${cohortId}/export.json?cycle=${cycle}`}>{t('exports.json')}</a> ·{' '}
        <a href={`/cohorts/${cohortId}/export.csv?cycle=${cycle}&kind=answers`}>
          {t('exports.answersCsv')}
        </a>{' '}
        ·{' '}
        <a href={`/cohorts/${cohortId}/export.xlsx?cycle=${cycle}&kind=answers`}>
          {t('exports.answersXlsx')}
        </a>
      </p>
      {canManage ? (
        <section aria-labelledby="requests-title">
          <h2 id="requests-title">{t('requests.title')}</h2>
          {requests.length === 0 ? <p>{t('requests.none')}</p> : null}
          <ul className="plain-list">
            {requests.map((r) => (
              <li key={r.id}>
                <strong>{r.organisation}</strong> —{' '}
                {t('requests.by', { name: r.requestedByName ?? '–' })}{' '}
                <LocalTime iso={r.createdAt} style="date" />
                {r.message ? <blockquote>{r.message}</blockquote> : null}
                <Form method="post" className="inline-form">
                  <CsrfInput />
                  <input type="hidden" name="requestId" value={r.id} />
                  <button
                    type="submit"
                    name="intent"
                    value="accept"
                    className="button button--small"
                  >
                    {t('requests.accept', { name: r.organisation })}
                  </button>
                  <button
                    type="submit"
                    name="intent"
                    value="decline"
                    className="button button--secondary button--small"
                  >
                    {t('requests.decline', { name: r.organisation })}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
