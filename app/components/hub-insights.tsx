import { useTranslation } from 'react-i18next';
import type { InsightsView } from '~/services/hub-view.server';

/** Distribution by level, movement since the previous cycle, and who can learn from whom. */
export function InsightsTables({ view, cycle }: { view: InsightsView; cycle: number }) {
  const { t } = useTranslation('hub');
  return (
    <>
      <section aria-labelledby="distribution-title">
        <h2 id="distribution-title">{t('insights.distribution', { cycle })}</h2>
        <div className="table-wrap">
          <table>
            <caption>{t('insights.distributionCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insights.domain')}</th>
                {view.levels.map((l) => (
                  <th key={l} scope="col" className="number">
                    {t('insights.level', { level: l })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.domains.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.title}</th>
                  {d.distribution.map((n, i) => (
                    <td key={i} className="number">
                      {n}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="movement-title">
        <h2 id="movement-title">
          {view.previousCycle === null
            ? t('insights.noMovement')
            : t('insights.movement', { from: view.previousCycle, to: cycle })}
        </h2>
        {view.previousCycle === null ? null : (
          <div className="table-wrap">
            <table>
              <caption>{t('insights.movementCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insights.domain')}</th>
                  <th scope="col" className="number">
                    {t('insights.improved')}
                  </th>
                  <th scope="col" className="number">
                    {t('insights.steady')}
                  </th>
                  <th scope="col" className="number">
                    {t('insights.declined')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.domains.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">{d.title}</th>
                    <td className="number">{d.movement?.improved ?? 0}</td>
                    <td className="number">{d.movement?.steady ?? 0}</td>
                    <td className="number">{d.movement?.declined ?? 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="pairs-title">
        <h2 id="pairs-title">{t('insights.pairs')}</h2>
        <p>{t('insights.pairsIntro')}</p>
        <div className="table-wrap">
          <table>
            <caption>{t('insights.pairsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insights.domain')}</th>
                <th scope="col">{t('insights.leaders')}</th>
                <th scope="col">{t('insights.laggards')}</th>
              </tr>
            </thead>
            <tbody>
              {view.domains.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.title}</th>
                  <td>
                    {d.leaders.map((l) => l.name).join(', ') || '–'}
                    {d.unnamedLeaders > 0 ? (
                      <span className="meta">
                        {' '}
                        {t('insights.unnamed', { count: d.unnamedLeaders })}
                      </span>
                    ) : null}
                  </td>
                  <td>{d.laggards.map((l) => l.name).join(', ') || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
