import { useTranslation } from 'react-i18next';
import type { DashboardView } from '~/services/dashboard.server';

/** Other parliaments named as examples, by domain: names only, never a figure. */
export function GoodPracticeExamples({ examples }: Pick<DashboardView, 'examples'>) {
  const { t } = useTranslation('dashboard');
  if (!examples.length) return null;
  return (
    <section aria-labelledby="examples-title">
      <h3 id="examples-title">{t('examples.title')}</h3>
      <p>{t('examples.intro')}</p>
      <dl className="examples">
        {examples.map((e) => (
          <div key={e.id}>
            <dt>{e.title}</dt>
            <dd>{e.names.join(', ')}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
