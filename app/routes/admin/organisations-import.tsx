import { parseWithZod } from '@conform-to/zod/v4';
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { readForm } from '~/access/csrf.server';
import { requireAdmin } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { CsrfInput, Notice } from '~/components/forms';
import { importColumns, type ImportProblem } from '~/domain/organisation-import';
import { documentTitle } from '~/lib/meta';
import { BODY_LIMITS } from '~/lib/request-body.server';
import { importOrganisationCsv } from '~/services/organisation-import.server';

/** A CSV file, or the same text pasted: the file wins when both are given. */
const importForm = z.object({
  file: z.file().optional().catch(undefined),
  csv: z.string().optional().catch(undefined),
});

export async function loader(args: LoaderFunctionArgs) {
  requireAdmin(args);
  const { t } = await requestT(args, 'admin');
  return { meta: { title: t('import.title'), site: t('common:app.name') } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

/** Nothing was imported: the page lists why. */
function refused(status: 400 | 413, problems: ImportProblem[]) {
  return data({ imported: 0, problems }, { status });
}

export async function action(args: ActionFunctionArgs) {
  const user = requireAdmin(args);
  // Said on the page, rather than as an error page, when the browser declares the size.
  if (Number(args.request.headers.get('content-length') ?? 0) > BODY_LIMITS.import)
    return refused(413, [{ line: 0, message: 'import.tooLarge' }]);
  const submission = parseWithZod(await readForm(args, { kind: 'import' }), {
    schema: importForm,
  });
  const { file, csv } = submission.status === 'success' ? submission.value : {};
  const text = file && file.size > 0 ? await file.text() : (csv ?? '');
  const outcome = importOrganisationCsv({
    text,
    actorId: user.id,
    address: args.context.clientAddress,
  });
  switch (outcome.status) {
    case 'empty':
      return refused(400, [{ line: 0, message: 'import.empty' }]);
    case 'too-large':
      return refused(413, [{ line: 0, message: 'import.tooLarge' }]);
    case 'refused':
      return refused(400, outcome.problems);
    case 'imported':
      return { imported: outcome.count, problems: [] };
  }
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
