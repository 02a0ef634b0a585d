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
import { z } from 'zod';
import { CsrfInput, Field, FormErrors, SelectField } from '~/components/forms';
import { StatusBadge } from '~/components/assessment/status-badge';
import { can } from '~/domain/policy';
import { readForm } from '~/access/csrf.server';
import { requireOrganisation } from '~/access/guards.server';
import { getFixedT } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';
import { listAssessmentsFor } from '~/models/assessment.server';
import { audit } from '~/models/audit.server';
import { listVersions } from '~/models/questionnaire.server';
import { startAssessment } from '~/services/start-assessment.server';

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

/** The newest published version of each questionnaire: the ones a new assessment may use. */
function offeredVersions() {
  const latest = new Map<string, ReturnType<typeof listVersions>[number]>();
  for (const v of listVersions()) if (v.status === 'published') latest.set(v.questionnaireId, v);
  return [...latest.values()];
}

export async function loader(args: LoaderFunctionArgs) {
  const { user, organisation, cohortIds } = requireOrganisation(args, 'organisation:view');
  const t = await getFixedT(await requestLocale(args), 'assessment');
  const list = listAssessmentsFor(user.actor, organisation.id);
  return {
    organisationId: organisation.id,
    assessments: list.map((a) => ({
      id: a.id,
      cycle: a.cycle,
      status: a.status,
      title: a.title,
      version: a.version,
      submittedAt: a.submittedAt?.toISOString() ?? null,
    })),
    canStart: can(user.actor, 'assessment:manage', { organisationId: organisation.id, cohortIds }),
    versions: offeredVersions().map((v) => ({ id: v.id, label: `${v.title} ${v.version}` })),
    nextCycle: new Date().getFullYear(),
    hasPrevious: list.some((a) => a.status === 'submitted'),
    meta: { title: t('list.title', { name: organisation.name }), site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const address = args.context.clientAddress;
  const { user, organisation } = requireOrganisation(args, 'assessment:manage');
  const form = await readForm(args);
  const submission = parseWithZod(form, { schema: startSchema });
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 });
  if (!offeredVersions().some((v) => v.id === submission.value.versionId)) {
    return data(
      {
        result: submission.reply({
          fieldErrors: { versionId: ['assessment:start.versionRequired'] },
        }),
      },
      { status: 400 },
    );
  }
  const started = startAssessment({
    organisationId: organisation.id,
    versionId: submission.value.versionId,
    cycle: submission.value.cycle,
    baselineCycle: submission.value.baselineCycle ?? null,
    prefill: submission.value.prefill === 'on',
    userId: user.id,
  });
  if (!started.ok) {
    return data(
      { result: submission.reply({ fieldErrors: { cycle: ['assessment:start.cycleTaken'] } }) },
      { status: 409 },
    );
  }
  audit({
    action: 'assessment.started',
    actorId: user.id,
    targetType: 'assessment',
    targetId: started.id,
    organisationId: organisation.id,
    address,
    detail: { cycle: submission.value.cycle, prefilled: started.prefilled },
  });
  return redirect(
    `/o/${organisation.id}/assessments/${started.id}${started.prefilled ? '?prefilled=' + started.prefilled : ''}`,
    303,
  );
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
