import { requestLocale } from '~/access/locale.server';
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
import { progressByDomain } from '~/domain/progress';
import { textIn } from '~/domain/questionnaire/text';
import { questionIndex } from '~/domain/questionnaire/tree';
import { readForm } from '~/access/csrf.server';
import { requireAssessment } from '~/access/guards.server';
import { getFixedT } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';
import { listAnswerRecords } from '~/models/answer.server';
import { audit } from '~/models/audit.server';
import { submitAssessment } from '~/services/submit-assessment.server';

export async function loader(args: LoaderFunctionArgs) {
  const { organisation, assessment, definition } = requireAssessment(args, 'assessment:manage');
  const locale = await requestLocale(args);
  const t = await getFixedT(locale, 'assessment');
  const answers = new Map(listAnswerRecords(assessment.id).map((a) => [a.questionId, a]));
  const index = questionIndex(definition);
  const base = `/o/${organisation.id}/assessments/${assessment.id}`;
  const progress = progressByDomain(definition, answers);
  return {
    base,
    status: assessment.status,
    answered: progress.reduce((n, p) => n + p.answered, 0),
    total: progress.reduce((n, p) => n + p.total, 0),
    review: progress.reduce((n, p) => n + p.needsReview, 0),
    unanswered: progress.flatMap((p) =>
      p.unanswered.map((id) => ({
        id,
        domainId: p.domainId,
        text: textIn(index.get(id)?.node.text ?? id, locale),
      })),
    ),
    meta: { title: t('submit.title'), site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export async function action(args: ActionFunctionArgs) {
  const address = args.context.clientAddress;
  const { user, organisation, assessment } = requireAssessment(args, 'assessment:manage');
  await readForm(args);
  const result = submitAssessment(assessment.id, user.id);
  if (!result.ok) return data({ error: 'submit.notOpen' }, { status: 409 });
  audit({
    action: 'assessment.submitted',
    actorId: user.id,
    targetType: 'assessment',
    targetId: assessment.id,
    organisationId: organisation.id,
    address,
    detail: { cycle: assessment.cycle },
  });
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
