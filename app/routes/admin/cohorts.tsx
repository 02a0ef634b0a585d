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
import { readForm } from '~/access/csrf.server';
import { requireAdmin } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { CsrfInput, Field, FormErrors, TextareaField } from '~/components/forms';
import { documentTitle } from '~/lib/meta';
import { cohortSchema } from '~/lib/schemas';
import { createHub, hubList } from '~/services/hub-list.server';

export async function loader(args: LoaderFunctionArgs) {
  requireAdmin(args);
  const { t } = await requestT(args, 'admin');
  return { cohorts: hubList(), meta: { title: t('cohorts.title'), site: t('common:app.name') } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const user = requireAdmin(args);
  const submission = parseWithZod(await readForm(args), { schema: cohortSchema });
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 });
  const id = createHub({
    ...submission.value,
    actorId: user.id,
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
