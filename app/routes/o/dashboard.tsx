import { cycleParam } from '~/lib/http.server';
import { requestLocale } from '~/access/locale.server';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData, useLocation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { formatFigure, palette } from '~/components/charts/chart-data';
import { ChartFigure } from '~/components/charts/chart-figure';
import { QuestionnairePicker } from '~/components/questionnaire-picker';
import { SuppressedNote } from '~/components/suppressed-note';
import {
  chamberTypes,
  incomeGroups,
  ipuGroups,
  memberBands,
  staffBands,
} from '~/domain/organisation';
import { parsePeerGroup } from '~/domain/peer-groups';
import { dashboardView } from '~/services/dashboard.server';
import { requireOrganisation } from '~/access/guards.server';
import { getFixedT } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';
import { listCohorts } from '~/models/cohort.server';

export async function loader(args: LoaderFunctionArgs) {
  const { organisation, cohortIds } = requireOrganisation(args, 'results:view');
  const locale = await requestLocale(args);
  const t = await getFixedT(locale, ['dashboard', 'results', 'common']);
  const url = new URL(args.request.url);
  const { group, ignored } = parsePeerGroup(url.searchParams);
  const view = dashboardView({
    organisation: { ...organisation, cohortIds },
    questionnaire: url.searchParams.get('questionnaire'),
    cycle: cycleParam(url),
    group,
    locale,
    t,
  });
  return {
    organisationId: organisation.id,
    view: view ?? null,
    group,
    ignored,
    hubs: listCohorts().map((c) => ({ id: c.id, name: c.name })),
    meta: { title: t('dashboard:title', { name: organisation.name }), site: t('common:app.name') },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

const percent = (value: number) => `${Math.round(value)}`;

export default function Dashboard() {
  const { t } = useTranslation('dashboard');
  const { organisationId, view, group, ignored, hubs } = useLoaderData<typeof loader>();
  const location = useLocation();
  if (!view) return <p>{t('noSubmission')}</p>;
  const questionnaire = view.choice.shown.id;
  const csv = (chart: string) => {
    const params = new URLSearchParams(location.search);
    params.set('chart', chart);
    params.set('cycle', String(view.cycle));
    params.set('questionnaire', questionnaire);
    return { href: `/o/${organisationId}/dashboard/csv?${params}`, label: t('downloadCsv') };
  };
  // Switching questionnaires keeps the peer group; cycles differ between questionnaires.
  const peerFields = Object.fromEntries(
    Object.entries(group).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
  );
  const select = (
    name: string,
    values: readonly string[],
    labelOf: (v: string) => string,
    current: string | number | undefined,
  ) => (
    <div className="field">
      <label htmlFor={`peer-${name}`}>{t(`peers.${name}`)}</label>
      <select
        id={`peer-${name}`}
        name={name}
        defaultValue={current === undefined ? '' : String(current)}
      >
        <option value="">{t('peers.any')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {labelOf(v)}
          </option>
        ))}
      </select>
    </div>
  );
  const domains = view.domains;
  const categories = domains.map((d) => d.title);
  const median = (d: (typeof domains)[number]) => (d.peer.shown ? d.peer.value.median : null);
  return (
    <div className="dashboard">
      <h2>{t('heading', { cycle: view.cycle })}</h2>
      <QuestionnairePicker choice={view.choice} extra={peerFields} />
      <Form method="get" className="peer-form no-print" aria-labelledby="peer-title">
        <input type="hidden" name="questionnaire" value={questionnaire} />
        <h3 id="peer-title">{t('peers.title')}</h3>
        <p className="field-hint">{t('peers.hint')}</p>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="cycle">{t('cycle')}</label>
            <select id="cycle" name="cycle" defaultValue={String(view.cycle)}>
              {view.cycles.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
          {select('ipu', ipuGroups, (v) => t(`common:ipuGroups.${v}`), group.ipu)}
          {select('chamber', chamberTypes, (v) => t(`common:chamberTypes.${v}`), group.chamber)}
          {select(
            'members',
            memberBands.map((b) => b.id),
            (v) => t(`peers.bands.${v}`),
            group.members,
          )}
          {select(
            'staff',
            staffBands.map((b) => b.id),
            (v) => t(`peers.bands.${v}`),
            group.staff,
          )}
          {select('income', incomeGroups, (v) => t(`common:incomeGroups.${v}`), group.income)}
          <div className="field">
            <label htmlFor="peer-hub">{t('peers.hub')}</label>
            <select
              id="peer-hub"
              name="hub"
              defaultValue={group.hub === undefined ? '' : String(group.hub)}
            >
              <option value="">{t('peers.any')}</option>
              {hubs.map((h) => (
                <option key={h.id} value={h.id}>
                  {h.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {t('peers.compare')}
          </button>
        </div>
      </Form>
      {ignored.length ? (
        <p className="notice notice--warning">
          {t('peers.ignored', { fields: ignored.join(', ') })}
        </p>
      ) : null}
      <p role="status" className="peer-count">
        {view.peers.shown
          ? t('peers.count', { count: view.peers.value })
          : t('peers.fewer', { minimum: view.peers.minimum })}{' '}
        {view.viewerInGroup ? '' : t('peers.notInGroup')}
      </p>

      <dl className="headline-figures">
        <div>
          <dt>{t('overallScore')}</dt>
          <dd>
            {formatFigure(view.overall.score)} <span className="meta">/ {view.top}</span>
          </dd>
        </div>
        <div>
          <dt>{t('overallLevel')}</dt>
          <dd>
            {view.overall.level === null
              ? '–'
              : `${view.overall.level} · ${view.levels.find((l) => l.level === view.overall.level)?.name ?? ''}`}
          </dd>
        </div>
        <div>
          <dt>{t('peerMedian')}</dt>
          <dd>{view.overall.peer.shown ? formatFigure(view.overall.peer.value.median) : '–'}</dd>
        </div>
        <div>
          <dt>{t('rank')}</dt>
          <dd>{view.overall.rank?.shown ? percent(view.overall.rank.value) : '–'}</dd>
        </div>
      </dl>
      {!view.overall.peer.shown ? (
        <SuppressedNote reason={view.overall.peer.reason} minimum={view.overall.peer.minimum} />
      ) : null}

      {view.cluster ? (
        <section aria-labelledby="cluster-title" className="card cluster">
          <h3 id="cluster-title">{t('clusters.title', { name: view.cluster.name })}</h3>
          <p>{view.cluster.description}</p>
          <p className="meta">
            {t('clusters.rule')} {view.cluster.rule}
            {view.cluster.progressPerCycle !== null
              ? ` · ${t('clusters.progress', { value: formatFigure(view.cluster.progressPerCycle) })}`
              : ''}
          </p>
        </section>
      ) : null}

      <div className="chart-grid">
        <ChartFigure
          id="radar"
          kind="radar"
          title={t('charts.radar')}
          description={t('charts.radarHelp')}
          categoryHeader={t('domain')}
          download={csv('radar')}
          figures={{
            categories,
            min: 0,
            max: view.top,
            series: [
              { label: t('yours'), values: domains.map((d) => d.score), color: palette.primary },
              {
                label: t('peerMedian'),
                values: domains.map(median),
                color: palette.secondary,
                dashed: true,
              },
            ],
          }}
        />
        <ChartFigure
          id="band"
          kind="band"
          title={t('charts.band')}
          description={t('charts.bandHelp')}
          categoryHeader={t('domain')}
          download={csv('band')}
          figures={{
            categories,
            min: 0,
            max: view.top,
            series: [
              {
                label: t('q1'),
                values: domains.map((d) => (d.peer.shown ? d.peer.value.q1 : null)),
                color: palette.neutral,
              },
              {
                label: t('q3'),
                values: domains.map((d) => (d.peer.shown ? d.peer.value.q3 : null)),
                color: palette.neutral,
              },
              { label: t('yours'), values: domains.map((d) => d.score), color: palette.primary },
            ],
          }}
        />
      </div>

      <h3>{t('table.title')}</h3>
      <div className="table-wrap">
        <table>
          <caption>{t('table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('domain')}</th>
              <th scope="col" className="number">
                {t('yours')}
              </th>
              <th scope="col" className="number">
                {t('p10')}
              </th>
              <th scope="col" className="number">
                {t('q1')}
              </th>
              <th scope="col" className="number">
                {t('peerMedian')}
              </th>
              <th scope="col" className="number">
                {t('q3')}
              </th>
              <th scope="col" className="number">
                {t('p90')}
              </th>
              <th scope="col" className="number">
                {t('mean')}
              </th>
              <th scope="col" className="number">
                {t('peerCount')}
              </th>
              <th scope="col" className="number">
                {t('rank')}
              </th>
            </tr>
          </thead>
          <tbody>
            {[view.overall, ...domains].map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.title}</th>
                <td className="number">{formatFigure(d.score)}</td>
                {d.peer.shown ? (
                  <>
                    <td className="number">{formatFigure(d.peer.value.p10)}</td>
                    <td className="number">{formatFigure(d.peer.value.q1)}</td>
                    <td className="number">{formatFigure(d.peer.value.median)}</td>
                    <td className="number">{formatFigure(d.peer.value.q3)}</td>
                    <td className="number">{formatFigure(d.peer.value.p90)}</td>
                    <td className="number">{formatFigure(d.peer.value.mean)}</td>
                    <td className="number">{d.peer.value.count}</td>
                    <td className="number">{d.rank?.shown ? percent(d.rank.value) : '–'}</td>
                  </>
                ) : (
                  <td colSpan={8}>
                    <SuppressedNote reason={d.peer.reason} minimum={d.peer.minimum} inline />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section aria-labelledby="distribution-title">
        <h3 id="distribution-title">{t('distribution.title')}</h3>
        {view.distribution.shown ? (
          <table>
            <caption>{t('distribution.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('level')}</th>
                <th scope="col" className="number">
                  {t('distribution.parliaments')}
                </th>
              </tr>
            </thead>
            <tbody>
              {view.distribution.value.map(([level, count]) => (
                <tr key={level}>
                  <th scope="row">
                    {level} · {view.levels.find((l) => l.level === level)?.name}
                  </th>
                  <td className="number">{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <SuppressedNote reason={view.distribution.reason} minimum={view.distribution.minimum} />
        )}
      </section>

      <section aria-labelledby="gaps-title">
        <h3 id="gaps-title">{t('gaps.title')}</h3>
        {view.gaps.length === 0 ? <p>{t('gaps.none')}</p> : null}
        <ol>
          {view.gaps.map((g) => (
            <li key={g.id}>
              {g.title}: {t('gaps.line', { level: g.level ?? '–', target: g.target, gap: g.gap })}
            </li>
          ))}
        </ol>
        <p className="no-print">
          <Link to={`/o/${organisationId}/learning?${new URLSearchParams({ questionnaire })}`}>
            {t('gaps.learn')}
          </Link>
        </p>
      </section>

      {view.examples.length ? (
        <section aria-labelledby="examples-title">
          <h3 id="examples-title">{t('examples.title')}</h3>
          <p>{t('examples.intro')}</p>
          <dl className="examples">
            {view.examples.map((e) => (
              <div key={e.id}>
                <dt>{e.title}</dt>
                <dd>{e.names.join(', ')}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      <ChartFigure
        id="trend"
        kind="line"
        title={t('charts.trend')}
        description={t('charts.trendHelp')}
        categoryHeader={t('series')}
        download={csv('trend')}
        figures={{
          categories: view.trend.series.map((s) => s.title),
          min: 0,
          max: view.top,
          series: view.trend.cycles.map((cycle, i) => ({
            label: String(cycle),
            values: view.trend.series.map((s) => s.values[i] ?? null),
            color:
              [palette.primary, palette.secondary, palette.tertiary, palette.neutral][i % 4] ??
              palette.primary,
          })),
        }}
      />
      <p className="no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('print')}
        </button>
      </p>
    </div>
  );
}
