import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '~/components/language-switcher';
import { useNonce } from '~/components/nonce';
import { directionOf, fallbackLanguage } from '~/lib/i18n';
import { i18nServer } from '~/lib/i18n.server';
import { useLanguageSync } from '~/lib/use-language-sync';
import appStyles from '~/styles/app.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: appStyles },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

export const meta: MetaFunction = () => [{ name: 'color-scheme', content: 'light' }];

export const handle = { i18n: 'common' };

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = await i18nServer.getLocale(request);
  return { locale };
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root');
  const nonce = useNonce();
  const locale = data?.locale ?? fallbackLanguage;
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function Shell({ locale, children }: { locale: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
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
            </ul>
          </nav>
          <LanguageSwitcher current={locale} />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('shell.footer')}</p>
      </footer>
    </>
  );
}

export default function App() {
  const data = useRouteLoaderData<typeof loader>('root');
  const locale = data?.locale ?? fallbackLanguage;
  useLanguageSync(locale);
  useEffect(() => {
    // Lets tests (and styles) know that scripts have taken over the page.
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return (
    <Shell locale={locale}>
      <Outlet />
    </Shell>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const data = useRouteLoaderData<typeof loader>('root');
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const known = [400, 403, 404, 405, 409, 413, 429].includes(status);
  return (
    <Shell locale={data?.locale ?? fallbackLanguage}>
      <div className="page">
        <h1>{t(known ? `errors.${status}.title` : 'errors.generic.title')}</h1>
        <p>{t(known ? `errors.${status}.body` : 'errors.generic.body')}</p>
        <p>
          <Link to="/">{t('errors.backHome')}</Link>
        </p>
      </div>
    </Shell>
  );
}
