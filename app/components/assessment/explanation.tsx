import { useTranslation } from 'react-i18next';
import type { ExplanationView } from '~/services/results.server';
import { formatFigure } from '../charts/chart-data';

/** "Why this number": the rule, and what each part contributed (or why it was left out). */
export function Explanation({
  explanation,
  title,
}: {
  explanation: ExplanationView;
  title: string;
}) {
  const { t } = useTranslation('results');
  return (
    <details className="explanation">
      <summary>{t('explain.why', { what: title })}</summary>
      <p>{explanation.summary}</p>
      <p>{explanation.levelRule}</p>
      {explanation.stages.length ? (
        <table>
          <caption>{t('explain.stages')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('explain.level')}</th>
              <th scope="col" className="number">
                {t('explain.met')}
              </th>
              <th scope="col" className="number">
                {t('explain.required')}
              </th>
              <th scope="col">{t('explain.reached')}</th>
            </tr>
          </thead>
          <tbody>
            {explanation.stages.map((s) => (
              <tr key={s.level}>
                <th scope="row">{s.level}</th>
                <td className="number">
                  {s.met}/{s.counted}
                </td>
                <td className="number">{Math.round(s.required * 100)} %</td>
                <td>{s.passed ? t('explain.yes') : t('explain.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {explanation.rows.length ? (
        <table>
          <caption>{t('explain.contributions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('explain.part')}</th>
              <th scope="col" className="number">
                {t('explain.score')}
              </th>
              <th scope="col" className="number">
                {t('explain.weight')}
              </th>
              <th scope="col">{t('explain.counted')}</th>
            </tr>
          </thead>
          <tbody>
            {explanation.rows.map((row, index) => (
              <tr key={index} className={row.counted ? undefined : 'muted'}>
                <th scope="row">{row.label}</th>
                <td className="number">
                  {formatFigure(row.score)} / {formatFigure(row.max)}
                </td>
                <td className="number">{row.weight}</td>
                <td>
                  {row.counted ? t('explain.yes') : t('explain.no')}
                  {row.note ? ` — ${row.note}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </details>
  );
}
