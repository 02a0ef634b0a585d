import { requestLocale } from '~/access/locale.server';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { getFixedT } from '~/lib/i18n.server';
import { documentTitle } from '~/lib/meta';
import { useRootData } from '~/root';

export async function loader(args: LoaderFunctionArgs) {
  const t = await getFixedT(await requestLocale(args));
  return { meta: { title: t('home.title'), description: t('home.lead'), site: t('app.name') } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => documentTitle(data?.meta);

const audiences = ['directors', 'coordinators', 'learners'] as const;
const steps = ['answer', 'compare', 'learn'] as const;

function Workspace() {
  const { t } = useTranslation();
  const user = useRootData()?.user;
  if (!user) return null;
  const empty = user.organisations.length === 0 && user.hubs.length === 0 && !user.isAdmin;
  return (
    <section aria-labelledby="workspace-title" className="workspace">
      <h2 id="workspace-title">{t('home.workspace.title', { name: user.name })}</h2>
      {empty ? <p>{t('home.workspace.learnerOnly')}</p> : null}
      <ul className="cards">
        {user.organisations.map((o) => (
          <li key={o.id} className="card">
            <h3>
              <Link to={`/o/${o.id}`}>{o.name}</Link>
            </h3>
            <p>{t(`roles.${o.role}`)}</p>
          </li>
        ))}
        {user.hubs.map((c) => (
          <li key={c.id} className="card">
            <h3>
              <Link to={`/hubs/${c.id}`}>{c.name}</Link>
            </h3>
            <p>{t('home.workspace.coordinator')}</p>
          </li>
        ))}
        {user.isAdmin ? (
          <li className="card">
            <h3>
              <Link to="/admin">{t('nav.admin')}</Link>
            </h3>
            <p>{t('home.workspace.admin')}</p>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

export default function Home() {
  const { t } = useTranslation();
  const signedIn = Boolean(useRootData()?.user);
  return (
    <div className="page">
      <Workspace />
      <section className="hero" aria-labelledby="home-title">
        {signedIn ? (
          <h2 id="home-title">{t('home.title')}</h2>
        ) : (
          <h1 id="home-title">{t('home.title')}</h1>
        )}
        <p className="lead">{t('home.lead')}</p>
        {signedIn ? null : (
          <p>
            <Link to="/login" className="button">
              {t('nav.signIn')}
            </Link>
          </p>
        )}
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
