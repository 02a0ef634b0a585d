import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { requireAdmin } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { documentTitle } from '~/lib/meta';
import { mailOutbox } from '~/services/mail-outbox.server';

export async function loader(args: LoaderFunctionArgs) {
  requireAdmin(args);
  const { t } = await requestT(args, 'admin');
  return {
    messages: mailOutbox(),
    meta: { title: t('outbox.title'), site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

/** Mail as it was sent (or would have been, without SMTP): invitation and reset links work from here. */
export default function Outbox() {
  const { t, i18n } = useTranslation('admin');
  const { messages } = useLoaderData<typeof loader>();
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  return (
    <>
      <h1>{t('outbox.title')}</h1>
      <p>{t('outbox.intro')}</p>
      {messages.length === 0 ? <p>{t('outbox.empty')}</p> : null}
      {messages.map((m) => (
        <article key={m.id} className="card mail" aria-labelledby={`mail-${m.id}`}>
          <h2 id={`mail-${m.id}`}>{m.subject}</h2>
          <p className="meta">
            {t('outbox.to', { to: m.to })} ·{' '}
            <time dateTime={m.createdAt}>{format.format(new Date(m.createdAt))} UTC</time> ·{' '}
            {m.sentAt
              ? t('outbox.sent')
              : m.error
                ? t('outbox.failed', { error: m.error })
                : t('outbox.notSent')}
          </p>
          <pre className="mail-body">{m.body}</pre>
        </article>
      ))}
    </>
  );
}
