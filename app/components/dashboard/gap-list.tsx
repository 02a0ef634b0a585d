import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { DashboardView } from '~/services/dashboard.server';

/** The domains below their target, widest gap first, and the way to the learning path. */
export function GapList({
  gaps,
  learningHref,
}: Pick<DashboardView, 'gaps'> & { learningHref: string }) {
  const { t } = useTranslation('dashboard');
  return (
    <section aria-labelledby="gaps-title">
      <h3 id="gaps-title">{t('gaps.title')}</h3>
      {gaps.length === 0 ? <p>{t('gaps.none')}</p> : null}
      <ol>
        {gaps.map((g) => (
          <li key={g.id}>
            {g.title}: {t('gaps.line', { level: g.level ?? '–', target: g.target, gap: g.gap })}
          </li>
        ))}
      </ol>
      <p className="no-print">
        <Link to={learningHref}>{t('gaps.learn')}</Link>
      </p>
    </section>
  );
}
