import { Form, Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { HubOverview } from '~/services/hub-overview.server';
import { StatusBadge } from './assessment/status-badge';
import { CsrfInput } from './forms';
import { LocalTime } from './local-time';
import { TableWrap } from './table-wrap';

/**
 * The hub's members and their assessment of a cycle; those who may manage the hub get a
 * reminder button for each member that has not submitted.
 */
export function HubMembersTable({
  hubId,
  cycle,
  total,
  members,
  canManage,
}: Pick<HubOverview, 'cycle' | 'total' | 'members' | 'canManage'> & { hubId: number }) {
  const { t } = useTranslation('hub');
  return (
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
                  <Link to={`/hubs/${hubId}/members/${m.organisationId}?cycle=${cycle}`}>
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
  );
}
