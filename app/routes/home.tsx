import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useTranslation } from 'react-i18next';
import { getFixedT, getLocale } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await getFixedT(await getLocale(request));
  return { meta: { title: t('home.title'), description: t('home.lead'), site: t('app.name') } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

const audiences = ['directors', 'coordinators', 'learners'] as const;
const steps = ['answer', 'compare', 'learn'] as const;

export default function Home() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
      </section>

      <section aria-labelledby="how-title">
        <h2 id="how-title">{t('home.how.title')}</h2>
        <ol className="steps">
          {steps.map((step) => (
            <li key={step}>
              <h3>{t(`home.how.${step}.title`)}</h3>
              <p>{t(`home.how.${step}.body`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="who-title">
        <h2 id="who-title">{t('home.who.title')}</h2>
        <ul className="cards">
          {audiences.map((audience) => (
            <li key={audience} className="card">
              <h3>{t(`home.who.${audience}.title`)}</h3>
              <p>{t(`home.who.${audience}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('home.privacy.title')}</h2>
        <p>{t('home.privacy.body')}</p>
      </section>
    </div>
  );
}
