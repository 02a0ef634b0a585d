import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { LocalTime } from '~/components/local-time';
import { requireAssessment } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { documentTitle } from '~/lib/meta';
import { assessmentHistory } from '~/services/assessment-history.server';

/** `?question=<id>` narrows the history to one question; empty, it names none. */
const questionParam = z.string().min(1).optional().catch(undefined);

export async function loader(args: LoaderFunctionArgs) {
  const { organisation, assessment, definition } = requireAssessment(args, 'assessment:view');
  const { locale, t } = await requestT(args, ['assessment', 'common']);
  const asked = new URL(args.request.url).searchParams.get('question') ?? undefined;
  return assessmentHistory({
    organisationId: organisation.id,
    assessmentId: assessment.id,
    definition,
    questionId: questionParam.parse(asked),
    locale,
    t,
  });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export default function History() {
  const { t } = useTranslation('assessment');
  const { base, question, events, changes } = useLoaderData<typeof loader>();
  return (
    <>
      <h2>
        {question ? t('history.questionTitle', { question: question.text }) : t('history.title')}
      </h2>
      {question ? (
        <p>
          <Link to={`${base}/history`}>{t('history.all')}</Link>
        </p>
      ) : null}
      {events.length > 0 ? (
        <section aria-labelledby="events-title">
          <h3 id="events-title">{t('history.events')}</h3>
          <ol className="timeline">
            {events.map((e) => (
              <li key={e.id}>
                <LocalTime iso={e.at} /> —{' '}
                {t(`history.event.${e.kind}`, {
                  name: e.actorName ?? t('answer.someone'),
                  domain: e.domain ?? '',
                })}
                {e.kind === 'submitted' && e.overallScore !== null
                  ? ` ${t('history.submittedScore', { score: e.overallScore.toFixed(2), level: e.overallLevel })}`
                  : null}
                {e.reason ? <blockquote>{e.reason}</blockquote> : null}
                {e.answersHash ? (
                  <span className="meta">
                    {' '}
                    {t('history.hash')} <code>{e.answersHash.slice(0, 16)}…</code>
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="changes-title">
        <h3 id="changes-title">{t('history.changes')}</h3>
        {changes.length === 0 ? <p>{t('history.noChanges')}</p> : null}
        {changes.length > 0 ? (
          <div className="table-wrap">
            <table>
              <caption>{t('history.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('history.when')}</th>
                  <th scope="col">{t('history.who')}</th>
                  {question ? null : <th scope="col">{t('history.question')}</th>}
                  <th scope="col">{t('history.before')}</th>
                  <th scope="col">{t('history.after')}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <LocalTime iso={c.at} />
                    </td>
                    <td>{c.by ?? '–'}</td>
                    {question ? null : (
                      <td>
                        <Link to={`${base}/history?question=${encodeURIComponent(c.questionId)}`}>
                          {c.questionText}
                        </Link>
                      </td>
                    )}
                    <td>{c.before ?? t('history.nothing')}</td>
                    <td>{c.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </>
  );
}
