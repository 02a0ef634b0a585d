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
import { hubSchema } from '~/lib/schemas';
import { createHub, hubList } from '~/services/hub-list.server';

export async function loader(args: LoaderFunctionArgs) {
  requireAdmin(args);
  const { t } = await requestT(args, 'admin');
  return { hubs: hubList(), meta: { title: t('hubs.title'), site: t('common:app.name') } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const user = requireAdmin(args);
  const submission = parseWithZod(await readForm(args), { schema: hubSchema });
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 });
  const id = createHub({
    ...submission.value,
    actorId: user.id,
    address: args.context.clientAddress,
  });
  return redirect(`/admin/hubs/${id}`, 303);
}

export default function AdminHubs() {
  const { t } = useTranslation('admin');
  const { hubs } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: hubSchema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  return (
    <>
      <h1>{t('hubs.title')}</h1>
      <div className="table-wrap">
        <table>
          <caption>{t('hubs.caption', { count: hubs.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('hubs.name')}</th>
              <th scope="col" className="number">
                {t('hubs.members')}
              </th>
            </tr>
          </thead>
          <tbody>
            {hubs.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/admin/hubs/${c.id}`}>{c.name}</Link>
                </td>
                <td className="number">{c.members}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('hubs.add')}</h2>
      <FormErrors form={form} />
      <Form method="post" {...getFormProps(form)}>
        <CsrfInput />
        <Field field={fields.name} label={t('hubs.name')} />
        <TextareaField field={fields.description} label={t('hubs.description')} />
        <button type="submit" className="button">
          {t('hubs.create')}
        </button>
      </Form>
    </>
  );
}
