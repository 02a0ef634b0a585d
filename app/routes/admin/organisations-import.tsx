import { requestLocale } from '~/access/locale.server';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, useActionData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CsrfInput, Notice } from '~/components/forms';
import { checkOrganisationImport, importColumns } from '~/domain/organisation-import';
import { readForm } from '~/access/csrf.server';
import { BODY_LIMITS } from '~/lib/request-body.server';
import { requireAdmin } from '~/access/guards.server';
import { getFixedT } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';
import { audit } from '~/models/audit.server';
import { findOrganisationByName, importOrganisations } from '~/models/organisation.server';

const MAX_BYTES = 1024 * 1024;

export async function loader(args: LoaderFunctionArgs) {
  requireAdmin(args);
  const t = await getFixedT(await requestLocale(args), 'admin');
  return { meta: { title: t('import.title'), site: t('common:app.name') } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const user = requireAdmin(args);
  // Said on the page, rather than as an error page, when the browser declares the size.
  if (Number(args.request.headers.get('content-length') ?? 0) > BODY_LIMITS.import) {
    return data(
      {
        imported: 0,
        problems: [
          {
            line: 0,
            message: 'import.tooLarge' as string,
            column: undefined as string | undefined,
            params: undefined as Record<string, string | number> | undefined,
          },
        ],
      },
      { status: 413 },
    );
  }
  const form = await readForm(args, { kind: 'import' });
  const file = form.get('file');
  const pasted = form.get('csv');
  const text =
    file instanceof File && file.size > 0
      ? await file.text()
      : typeof pasted === 'string'
        ? pasted
        : '';
  if (text.trim() === '')
    return data(
      {
        imported: 0,
        problems: [{ line: 0, message: 'import.empty', column: undefined, params: undefined }],
      },
      { status: 400 },
    );
  if (text.length > MAX_BYTES)
    return data(
      {
        imported: 0,
        problems: [{ line: 0, message: 'import.tooLarge', column: undefined, params: undefined }],
      },
      { status: 413 },
    );
  const check = checkOrganisationImport(
    text,
    (name, country) => findOrganisationByName(name, country) !== undefined,
  );
  if (!check.ok) return data({ imported: 0, problems: check.problems }, { status: 400 });
  const imported = importOrganisations(check.rows);
  audit({
    action: 'organisations.imported',
    actorId: user.id,
    address: args.context.clientAddress,
    detail: { count: imported },
  });
  return { imported, problems: [] };
}

export default function ImportOrganisations() {
  const { t } = useTranslation('admin');
  const actionData = useActionData<typeof action>();
  return (
    <>
      <h1>{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      <p>
        {t('import.columns')} <code>{importColumns.join(',')}</code> {t('import.optional')}{' '}
        <code>is_demo</code>
      </p>
      {actionData && actionData.problems.length === 0 ? (
        <Notice tone="success">{t('import.done', { count: actionData.imported })}</Notice>
      ) : null}
      {actionData && actionData.problems.length > 0 ? (
        <div className="notice notice--error" role="alert">
          <p>{t('import.nothingImported', { count: actionData.problems.length })}</p>
          <div className="table-wrap">
            <table>
              <caption>{t('import.problems')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.line')}</th>
                  <th scope="col">{t('import.column')}</th>
                  <th scope="col">{t('import.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {actionData.problems.map((p, index) => (
                  <tr key={index}>
                    <td className="number">{p.line || '–'}</td>
                    <td>{p.column ?? '–'}</td>
                    <td>{t(`common:${p.message}`, { ...p.params, defaultValue: p.message })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
      <Form method="post" encType="multipart/form-data">
        <CsrfInput />
        <div className="field">
          <label htmlFor="file">{t('import.file')}</label>
          <input id="file" name="file" type="file" accept=".csv,text/csv" />
        </div>
        <div className="field">
          <label htmlFor="csv">{t('import.paste')}</label>
          <textarea id="csv" name="csv" rows={8} className="mono" />
        </div>
        <button type="submit" className="button">
          {t('import.submit')}
        </button>
      </Form>
    </>
  );
}
