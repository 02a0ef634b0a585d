import { requestLocale } from '~/access/locale.server';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { Explanation } from '~/components/assessment/explanation';
import { palette, formatFigure } from '~/components/charts/chart-data';
import { ChartFigure } from '~/components/charts/chart-figure';
import { Notice } from '~/components/forms';
import { LearningPath } from '~/components/learning-path';
import { notFound } from '~/access/session.server';
import { requireAssessment } from '~/access/guards.server';
import { getFixedT } from '~/lib/i18n.server';
import { assessmentPath } from '~/services/learning.server';
import { documentTitle } from '~/lib/meta';
import { resultsView } from '~/services/results.server';
import { submittedInCycle } from '~/models/assessment.server';
import { readSnapshot } from '~/models/score-snapshot.server';
import { readTargets } from '~/models/target.server';

export async function loader(args: LoaderFunctionArgs) {
  const { organisation, assessment, definition } = requireAssessment(args, 'assessment:view');
  const nodes = readSnapshot(assessment.id);
  if (nodes.size === 0) throw notFound();
  const locale = await requestLocale(args);
  const t = await getFixedT(locale, ['results', 'common']);
  const baselineAssessment = assessment.baselineCycle
    ? submittedInCycle(organisation.id, assessment.questionnaireId, assessment.baselineCycle)
    : undefined;
  const view = resultsView({
    questionnaire: definition,
    nodes,
    targets: readTargets(assessment.id),
    baseline: baselineAssessment ? readSnapshot(baselineAssessment.id) : undefined,
    locale,
    t,
  });
  const path = assessmentPath(assessment, locale);
  return {
    base: `/o/${organisation.id}/assessments/${assessment.id}`,
    learningHref: `/o/${organisation.id}/learning`,
    // The first steps only: the whole path has its own page.
    learning: path ? { ...path, steps: path.steps.slice(0, 3) } : null,
    learningSteps: path?.steps.length ?? 0,
    cycle: assessment.cycle,
    baselineCycle: baselineAssessment ? assessment.baselineCycle : null,
    status: assessment.status,
    view,
    meta: { title: t('title', { cycle: assessment.cycle }), site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)} %`);

export default function Results() {
  const { t } = useTranslation('results');
  const { base, cycle, baselineCycle, status, view, learning, learningHref, learningSteps } =
    useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const { overall, domains } = view;
  const categories = domains.map((d) => d.title);
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

      <div className="chart-grid">
        <ChartFigure
          id="radar"
          kind="radar"
          title={t('charts.radar')}
          description={t('charts.radarHelp')}
          categoryHeader={t('domain')}
          figures={{
            categories,
            min: 0,
            max: view.top,
            series: [
              { label: t('score'), values: domains.map((d) => d.score), color: palette.primary },
              {
                label: t('target'),
                values: domains.map((d) => d.target),
                color: palette.secondary,
                dashed: true,
              },
            ],
          }}
        />
        <ChartFigure
          id="bars"
          kind="bar"
          title={t('charts.bars')}
          description={t('charts.barsHelp')}
          categoryHeader={t('domain')}
          digits={0}
          figures={{
            categories,
            min: 0,
            max: view.top,
            series: [
              { label: t('level'), values: domains.map((d) => d.level), color: palette.primary },
              { label: t('gap'), values: domains.map((d) => d.gap), color: palette.secondary },
            ],
          }}
        />
      </div>

      <h3>{t('byDomain')}</h3>
      <div className="table-wrap">
        <table className="results-table">
          <caption>{t('byDomainCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('domain')}</th>
              <th scope="col" className="number">
                {t('score')}
              </th>
              <th scope="col">{t('level')}</th>
              <th scope="col" className="number">
                {t('target')}
              </th>
              <th scope="col" className="number">
                {t('gap')}
              </th>
              <th scope="col" className="number">
                {t('percentToTarget')}
              </th>
              {baselineCycle ? (
                <th scope="col" className="number">
                  {t('progressSince', { cycle: baselineCycle })}
                </th>
              ) : null}
              <th scope="col" className="number">
                {t('coverage')}
              </th>
            </tr>
          </thead>
          <tbody>
            {domains.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <Link to={`${base}/domains/${d.id}`}>{d.title}</Link>
                  <Explanation explanation={d.explanation} title={d.title} />
                </th>
                <td className="number">{formatFigure(d.score)}</td>
                <td>{d.level === null ? '–' : `${d.level} · ${d.levelName}`}</td>
                <td className="number">{d.target ?? '–'}</td>
                <td className="number">{d.gap ?? '–'}</td>
                <td className="number">{percent(d.percentToTarget)}</td>
                {baselineCycle ? <td className="number">{percent(d.progress)}</td> : null}
                <td className="number">
                  {d.answered}/{d.total}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

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
