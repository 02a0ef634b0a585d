import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CsrfInput, Notice } from '~/components/forms';
import { readForm } from '~/access/csrf.server';
import { requireAssessment } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { documentTitle } from '~/lib/meta';
import { submitAsLead, submitPage } from '~/services/submit-assessment.server';

export async function loader(args: LoaderFunctionArgs) {
  const { organisation, assessment, definition } = requireAssessment(args, 'assessment:manage');
  const { locale, t } = await requestT(args, 'assessment');
  return submitPage({ organisationId: organisation.id, assessment, definition, locale, t });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const { user, organisation, assessment } = requireAssessment(args, 'assessment:manage');
  // The form carries nothing but its token: submitting is the whole request.
  await readForm(args);
  const result = submitAsLead({
    organisationId: organisation.id,
    assessment,
    userId: user.id,
    address: args.context.clientAddress,
  });
  if (result.status === 'not-open') return data({ error: 'submit.notOpen' }, { status: 409 });
  return redirect(`/o/${organisation.id}/assessments/${assessment.id}/results?submitted=1`, 303);
}

export default function Submit() {
  const { t } = useTranslation('assessment');
  const { base, status, answered, total, review, unanswered } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (status === 'submitted') {
    return <Notice tone="info">{t('submit.already')}</Notice>;
  }
  return (
    <>
      <h2>{t('submit.title')}</h2>
      {actionData ? <Notice tone="error">{t(actionData.error)}</Notice> : null}
      <p>{t('submit.progress', { answered, total })}</p>
      {review > 0 ? <Notice tone="warning">{t('submit.review', { count: review })}</Notice> : null}
      {unanswered.length > 0 ? (
        <>
          <h3>{t('submit.unanswered', { count: unanswered.length })}</h3>
          <p>{t('submit.unansweredHint')}</p>
          <ul>
            {unanswered.map((q) => (
              <li key={q.id}>
                <Link to={`${base}/domains/${q.domainId}#q-${q.id}`}>{q.text}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('submit.allAnswered')}</p>
      )}
      <h3>{t('submit.whatHappens')}</h3>
      <p>{t('submit.explain')}</p>
      <Form method="post">
        <CsrfInput />
        <button type="submit" className="button">
          {t('submit.submit')}
        </button>
      </Form>
    </>
  );
}
