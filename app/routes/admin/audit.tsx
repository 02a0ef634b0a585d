import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { requireAdmin } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { documentTitle } from '~/lib/meta';
import { auditLog } from '~/services/audit-log.server';

/** `?action=<action>&before=<entry id>`; a missing or malformed value filters nothing. */
const auditQuery = z.object({
  action: z.string().min(1).optional().catch(undefined),
  before: z.coerce.number().int().positive().optional().catch(undefined),
});

export async function loader(args: LoaderFunctionArgs) {
  requireAdmin(args);
  const params = new URL(args.request.url).searchParams;
  const query = auditQuery.parse({
    action: params.get('action') ?? undefined,
    before: params.get('before') ?? undefined,
  });
  const { t } = await requestT(args, 'admin');
  return { ...auditLog(query), meta: { title: t('audit.title'), site: t('common:app.name') } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export default function AuditLog() {
  const { t, i18n } = useTranslation('admin');
  const { entries, next } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'UTC',
  });
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <Form method="get" className="inline-form">
        <label htmlFor="action">{t('audit.filter')}</label>
        <input
          id="action"
          name="action"
          defaultValue={params.get('action') ?? ''}
          placeholder="sign-in.failed"
        />
        <button type="submit" className="button button--secondary">
          {t('audit.apply')}
        </button>
      </Form>
      <div className="table-wrap">
        <table>
          <caption>{t('audit.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('audit.target')}</th>
              <th scope="col">{t('audit.address')}</th>
              <th scope="col">{t('audit.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>
                  <time dateTime={e.at}>{format.format(new Date(e.at))} UTC</time>
                </td>
                <td>
                  <code>{e.action}</code>
                </td>
                <td>{e.actorEmail ?? '–'}</td>
                <td>{e.targetType ? `${e.targetType} ${e.targetId ?? ''}` : '–'}</td>
                <td>{e.address ?? '–'}</td>
                <td>
                  <code>{JSON.stringify(e.detail)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {next ? (
        <p>
          <Link
            to={`?${new URLSearchParams({ ...(params.get('action') ? { action: params.get('action') ?? '' } : {}), before: String(next) })}`}
          >
            {t('audit.older')}
          </Link>
        </p>
      ) : null}
    </>
  );
}
