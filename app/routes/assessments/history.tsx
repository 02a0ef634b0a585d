import { requestLocale } from '~/access/locale.server';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { LocalTime } from '~/components/local-time';
import { textIn } from '~/domain/questionnaire/text';
import { questionIndex } from '~/domain/questionnaire/tree';
import { describeAnswer } from '~/services/describe-answer.server';
import { requireAssessment } from '~/access/guards.server';
import { getFixedT } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';
import { listAnswerHistory } from '~/models/answer.server';
import { listEvents } from '~/models/assessment.server';

interface Snapshot {
  state?: unknown;
  value?: unknown;
  comment?: unknown;
  evidence?: unknown;
}

const asSnapshot = (value: unknown): Snapshot | null =>
  value && typeof value === 'object' ? (value as Snapshot) : null;

export async function loader(args: LoaderFunctionArgs) {
  const { organisation, assessment, definition } = requireAssessment(args, 'assessment:view');
  const locale = await requestLocale(args);
  const t = await getFixedT(locale, ['assessment', 'common']);
  const filter = new URL(args.request.url).searchParams.get('question') ?? undefined;
  const index = questionIndex(definition);
  const question = filter ? index.get(filter) : undefined;
  const describe = (questionId: string, raw: unknown) => {
    const entry = index.get(questionId);
    const snapshot = asSnapshot(raw);
    if (!entry) return '';
    const words = describeAnswer(definition, entry.node, snapshot, locale, t);
    const comment =
      typeof snapshot?.comment === 'string' && snapshot.comment ? ` — “${snapshot.comment}”` : '';
    return words + comment;
  };
  return {
    base: `/o/${organisation.id}/assessments/${assessment.id}`,
    question: question ? { id: question.node.id, text: textIn(question.node.text, locale) } : null,
    events: filter
      ? []
      : listEvents(assessment.id).map((e) => ({
          ...e,
          at: e.at.toISOString(),
          domain: e.domainId
            ? textIn(
                definition.domains.find((d) => d.id === e.domainId)?.title ?? e.domainId,
                locale,
              )
            : null,
        })),
    changes: listAnswerHistory(assessment.id, filter).map((h) => ({
      id: h.id,
      questionId: h.questionId,
      questionText: textIn(index.get(h.questionId)?.node.text ?? h.questionId, locale),
      revision: h.revision,
      before: h.before ? describe(h.questionId, h.before) : null,
      after: describe(h.questionId, h.after),
      at: h.changedAt.toISOString(),
      by: h.changedByName,
    })),
    meta: { title: t('history.title'), site: t('common:app.name') },
  };
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
