import { requestLocale } from '~/access/locale.server';
import { getFormProps, useForm } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CsrfInput, Field, FormErrors, TextareaField } from '~/components/forms';
import { readForm } from '~/access/csrf.server';
import { requireAdmin } from '~/access/guards.server';
import { getFixedT } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';
import { cohortSchema } from '~/lib/schemas';
import { audit } from '~/models/audit.server';
import { createCohort, listCohorts } from '~/models/cohort.server';

export async function loader(args: LoaderFunctionArgs) {
  requireAdmin(args);
  const t = await getFixedT(await requestLocale(args), 'admin');
  return {
    cohorts: listCohorts(),
    meta: { title: t('cohorts.title'), site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base || 'hub'}-${Date.now().toString(36)}`;
}

export async function action(args: ActionFunctionArgs) {
  const user = requireAdmin(args);
  const form = await readForm(args);
  const submission = parseWithZod(form, { schema: cohortSchema });
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 });
  const id = createCohort({ ...submission.value, slug: slugify(submission.value.name) });
  audit({
    action: 'cohort.created',
    actorId: user.id,
    targetType: 'cohort',
    targetId: id,
    address: args.context.clientAddress,
  });
  return redirect(`/admin/cohorts/${id}`, 303);
}

export default function AdminCohorts() {
  const { t } = useTranslation('admin');
  const { cohorts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: cohortSchema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  return (
    <>
      <h1>{t('cohorts.title')}</h1>
      <div className="table-wrap">
        <table>
          <caption>{t('cohorts.caption', { count: cohorts.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cohorts.name')}</th>
              <th scope="col" className="number">
                {t('cohorts.members')}
              </th>
            </tr>
          </thead>
          <tbody>
            {cohorts.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/admin/cohorts/${c.id}`}>{c.name}</Link>
                </td>
                <td className="number">{c.members}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('cohorts.add')}</h2>
      <FormErrors form={form} />
      <Form method="post" {...getFormProps(form)}>
        <CsrfInput />
        <Field field={fields.name} label={t('cohorts.name')} />
        <TextareaField field={fields.description} label={t('cohorts.description')} />
        <button type="submit" className="button">
          {t('cohorts.create')}
        </button>
      </Form>
    </>
  );
}
