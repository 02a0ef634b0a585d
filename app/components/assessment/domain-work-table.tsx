import { Form, Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { AssessmentOverview } from '~/services/assessment-overview.server';
import { CsrfInput } from '../forms';

/**
 * Each domain of an assessment: how far it is, who answers it, whether it is ready for review;
 * with the forms to mark it ready (for its assignees) and to assign it (for the lead respondent).
 */
export function DomainWorkTable({
  base,
  domains,
  people,
  assign,
  open,
}: {
  base: string;
  domains: AssessmentOverview['domains'];
  people: AssessmentOverview['people'];
  /** Show the assignment forms. */
  assign: boolean;
  /** The assessment is not submitted: its domains can be marked ready. */
  open: boolean;
}) {
  const { t } = useTranslation('assessment');
  return (
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
            {assign ? <th scope="col">{t('overview.assign')}</th> : null}
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
              {assign ? (
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
  );
}
