import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { Explanation } from '~/components/assessment/explanation';
import { DomainResultsTable, percent } from '~/components/assessment/results-table';
import { ResultsCharts } from '~/components/assessment/results-charts';
import { formatFigure } from '~/components/charts/chart-data';
import { Notice } from '~/components/forms';
import { LearningPath } from '~/components/learning-path';
import { requireAssessment } from '~/access/guards.server';
import { requestT } from '~/access/locale.server';
import { notFound } from '~/access/session.server';
import { documentTitle } from '~/lib/meta';
import { assessmentResults } from '~/services/assessment-results.server';

export async function loader(args: LoaderFunctionArgs) {
  const { organisation, assessment, definition } = requireAssessment(args, 'assessment:view');
  const { locale, t } = await requestT(args, ['results', 'common']);
  const page = assessmentResults({
    organisationId: organisation.id,
    assessment,
    definition,
    locale,
    t,
  });
  if (!page) throw notFound();
  return page;
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

export default function Results() {
  const { t } = useTranslation('results');
  const { base, cycle, baselineCycle, status, view, learning, learningHref, learningSteps } =
    useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const { overall, domains } = view;
  return (
    <>
      {params.get('submitted') ? <Notice tone="success">{t('submittedNotice')}</Notice> : null}
      {status === 'reopened' ? <Notice tone="warning">{t('reopenedNotice')}</Notice> : null}
      <h2>{t('title', { cycle })}</h2>
      <dl className="headline-figures">
        <div>
          <dt>{t('overallScore')}</dt>
          <dd>
            {formatFigure(overall.score)} <span className="meta">/ {view.top}</span>
          </dd>
        </div>
        <div>
          <dt>{t('overallLevel')}</dt>
          <dd>{overall.level === null ? '–' : `${overall.level} · ${overall.levelName}`}</dd>
        </div>
        <div>
          <dt>{t('percentToTarget')}</dt>
          <dd>{percent(overall.percentToTarget)}</dd>
        </div>
        <div>
          <dt>{t('coverage')}</dt>
          <dd>
            {overall.answered}/{overall.total}
          </dd>
        </div>
        {baselineCycle ? (
          <div>
            <dt>{t('progressSince', { cycle: baselineCycle })}</dt>
            <dd>{percent(overall.progress)}</dd>
          </div>
        ) : null}
      </dl>
      <Explanation explanation={overall.explanation} title={t('overallScore')} />

      <ResultsCharts view={view} />

      <h3>{t('byDomain')}</h3>
      <DomainResultsTable base={base} domains={domains} baselineCycle={baselineCycle} />

      {view.largestGaps.length ? (
        <section aria-labelledby="gaps-title">
          <h3 id="gaps-title">{t('largestGaps')}</h3>
          <ol>
            {view.largestGaps.map((g) => (
              <li key={g.questionId}>
                {g.text}{' '}
                <span className="meta">
                  ({g.domain}: {t('gapLine', { current: g.current, target: g.target })})
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {learning ? (
        <section aria-labelledby="learning-title">
          <h3 id="learning-title">{t('learning.title')}</h3>
          <p>{t('learning.intro')}</p>
          <LearningPath path={learning} headingLevel={4} />
          <p>
            <Link to={learningHref}>{t('learning.all', { count: learningSteps })}</Link>
          </p>
        </section>
      ) : null}
    </>
  );
}
