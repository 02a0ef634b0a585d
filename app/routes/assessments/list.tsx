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
import { z } from 'zod';
import { CsrfInput, Field, FormErrors, SelectField } from '~/components/forms';
import { StatusBadge } from '~/components/assessment/status-badge';
import { readForm } from '~/access/csrf.server';
import { requireOrganisation } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { documentTitle } from '~/lib/meta';
import { assessmentList } from '~/services/assessment-list.server';
import { startOfferedAssessment } from '~/services/start-assessment.server';

const cycle = z.coerce
  .number({ error: 'assessment:start.cycleInvalid' })
  .int('assessment:start.cycleInvalid')
  .min(2000, 'assessment:start.cycleInvalid')
  .max(2100, 'assessment:start.cycleInvalid');

const startSchema = z
  .object({
    versionId: z.coerce
      .number({ error: 'assessment:start.versionRequired' })
      .int()
      .positive('assessment:start.versionRequired'),
    cycle,
    baselineCycle: cycle.optional(),
    prefill: z.literal('on').optional(),
  })
  .refine((v) => v.baselineCycle === undefined || v.baselineCycle < v.cycle, {
    path: ['baselineCycle'],
    message: 'assessment:start.baselineBefore',
  });

export async function loader(args: LoaderFunctionArgs) {
  const { user, organisation, hubIds } = requireOrganisation(args, 'organisation:view');
  const { t } = await requestT(args, 'assessment');
  return assessmentList({ actor: user.actor, organisation, hubIds, t });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const { user, organisation } = requireOrganisation(args, 'assessment:manage');
  const form = await readForm(args);
  const submission = parseWithZod(form, { schema: startSchema });
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 });
  const started = startOfferedAssessment({
    organisationId: organisation.id,
    versionId: submission.value.versionId,
    cycle: submission.value.cycle,
    baselineCycle: submission.value.baselineCycle ?? null,
    prefill: submission.value.prefill === 'on',
    userId: user.id,
    address: args.context.clientAddress,
  });
  switch (started.status) {
    case 'version-not-offered':
      return data(
        {
          result: submission.reply({
            fieldErrors: { versionId: ['assessment:start.versionRequired'] },
          }),
        },
        { status: 400 },
      );
    case 'cycle-taken':
      return data(
        { result: submission.reply({ fieldErrors: { cycle: ['assessment:start.cycleTaken'] } }) },
        { status: 409 },
      );
    case 'started':
      return redirect(
        `/o/${organisation.id}/assessments/${started.id}${started.prefilled ? '?prefilled=' + started.prefilled : ''}`,
        303,
      );
  }
}

export default function AssessmentList() {
  const { t, i18n } = useTranslation('assessment');
  const { organisationId, assessments, canStart, versions, nextCycle, hasPrevious } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: {
      versionId: versions[0] ? String(versions[0].id) : '',
      cycle: String(nextCycle),
      prefill: hasPrevious ? 'on' : undefined,
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: startSchema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
  });
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <>
      <h2>{t('list.heading')}</h2>
      {assessments.length === 0 ? <p>{t('list.none')}</p> : null}
      {assessments.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption>{t('list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.cycle')}</th>
                <th scope="col">{t('list.questionnaire')}</th>
                <th scope="col">{t('list.status')}</th>
                <th scope="col">{t('list.submitted')}</th>
              </tr>
            </thead>
            <tbody>
              {assessments.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link to={`/o/${organisationId}/assessments/${a.id}`}>
                      {t('list.cycleLink', { cycle: a.cycle })}
                    </Link>
                  </td>
                  <td>
                    {a.title} {a.version}
                  </td>
                  <td>
                    <StatusBadge status={a.status} />
                  </td>
                  <td>{a.submittedAt ? date.format(new Date(a.submittedAt)) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {canStart ? (
        <section aria-labelledby="start-title">
          <h2 id="start-title">{t('start.title')}</h2>
          <p>{t('start.intro')}</p>
          <FormErrors form={form} />
          <Form method="post" {...getFormProps(form)}>
            <CsrfInput />
            <SelectField
              field={fields.versionId}
              label={t('start.version')}
              options={versions.map((v) => ({ value: String(v.id), label: v.label }))}
            />
            <Field
              field={fields.cycle}
              label={t('start.cycle')}
              hint={t('start.cycleHint')}
              type="number"
              inputMode="numeric"
            />
            <Field
              field={fields.baselineCycle}
              label={t('start.baseline')}
              hint={t('start.baselineHint')}
              type="number"
              inputMode="numeric"
            />
            {hasPrevious ? (
              <div className="field field--checkbox">
                <input
                  type="checkbox"
                  id={fields.prefill.id}
                  name={fields.prefill.name}
                  defaultChecked
                />
                <label htmlFor={fields.prefill.id}>{t('start.prefill')}</label>
              </div>
            ) : null}
            <button type="submit" className="button">
              {t('start.submit')}
            </button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
