import { Form } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { HubOverview } from '~/services/hub-overview.server';
import { CsrfInput } from './forms';
import { LocalTime } from './local-time';

/** Parliaments asking to join the hub, each with its message and a form to accept or decline. */
export function JoinRequests({ requests }: Pick<HubOverview, 'requests'>) {
  const { t } = useTranslation('hub');
  return (
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
              <button type="submit" name="intent" value="accept" className="button button--small">
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
  );
}
