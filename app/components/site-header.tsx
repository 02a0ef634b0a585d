import { Form, Link, NavLink } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CsrfInput } from './forms';
import { LanguageSwitcher } from './language-switcher';

export interface HeaderUser {
  name: string;
  isAdmin: boolean;
  organisations: { id: number; name: string }[];
  hubs: { id: number; name: string }[];
}

export function SiteHeader({ locale, user }: { locale: string; user: HeaderUser | null }) {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="site-name">
          {t('app.name')}
        </Link>
        <nav aria-label={t('shell.mainNavigation')}>
          <ul className="nav-list">
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            {user?.organisations.map((organisation) => (
              <li key={organisation.id}>
                <NavLink to={`/o/${organisation.id}`}>{organisation.name}</NavLink>
              </li>
            ))}
            {user?.hubs.map((hub) => (
              <li key={hub.id}>
                <NavLink to={`/hubs/${hub.id}`}>{hub.name}</NavLink>
              </li>
            ))}
            {user ? (
              <li>
                <NavLink to="/learn">{t('nav.learn')}</NavLink>
              </li>
            ) : null}
            {user?.isAdmin ? (
              <li>
                <NavLink to="/admin">{t('nav.admin')}</NavLink>
              </li>
            ) : null}
            {user ? (
              <li>
                <NavLink to="/account">{t('nav.account')}</NavLink>
              </li>
            ) : (
              <li>
                <NavLink to="/login">{t('nav.signIn')}</NavLink>
              </li>
            )}
          </ul>
        </nav>
        {user ? (
          <Form method="post" action="/logout" reloadDocument className="sign-out">
            <CsrfInput />
            <button type="submit" className="link-button">
              {t('nav.signOut')}
            </button>
          </Form>
        ) : null}
        <LanguageSwitcher current={locale} />
      </div>
    </header>
  );
}
