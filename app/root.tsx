import { requestLocale } from '~/access/locale.server';
import {
  data,
  type HeadersFunction,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNonce } from '~/components/nonce';
import { SiteHeader } from '~/components/site-header';
import { currentUser } from '~/access/session.server';
import { csrfToken } from '~/access/csrf.server';
import { directionOf } from '~/lib/i18n';

import { pageTitle } from '~/lib/meta';
import { useLanguageSync } from '~/lib/use-language-sync';
import { pageShell } from '~/services/page-shell.server';
import appStyles from '~/styles/app.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: appStyles },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

export const meta: MetaFunction = () => [{ name: 'color-scheme', content: 'light' }];

export const handle = { i18n: 'common' };

export async function loader(args: LoaderFunctionArgs) {
  const locale = await requestLocale(args);
  const { token, setCookie } = csrfToken(args);
  const user = pageShell({ person: currentUser(args) });
  return data(
    { locale, csrf: token, user },
    setCookie ? { headers: { 'Set-Cookie': setCookie } } : undefined,
  );
}

export const headers: HeadersFunction = ({ loaderHeaders }) => {
  const cookie = loaderHeaders.get('Set-Cookie');
  return cookie ? { 'Set-Cookie': cookie } : new Headers();
};

export type RootData = Awaited<ReturnType<typeof loader>>['data'];

export function useRootData(): RootData | undefined {
  return useRouteLoaderData<typeof loader>('root');
}

const explainedStatuses = [400, 403, 404, 405, 409, 413, 415, 429];

/** The catalogue keys that explain an error to the person: by status, or a generic apology. */
function errorText(error: unknown): { title: string; body: string } {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const key = explainedStatuses.includes(status) ? String(status) : 'generic';
  return { title: `errors.${key}.title`, body: `errors.${key}.body` };
}

/**
 * The document around every page and error page. Its language is the one the page was rendered
 * in (the i18next instance that entry.server chose from the request, and that entry.client
 * rebuilt from <html lang>), never the root loader's data, which an error page may lack.
 */
export function Layout({ children }: { children: ReactNode }) {
  const data = useRootData();
  const error = useRouteError();
  const nonce = useNonce();
  const { t, i18n } = useTranslation();
  useLanguageSync(data?.locale);
  useEffect(() => {
    // Lets tests (and styles) know that scripts have taken over the page.
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return (
    <html lang={i18n.language} dir={directionOf(i18n.language)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        {/* Routes give their title through meta; an error page has only this one. */}
        {error === undefined || error === null ? null : (
          <title>{pageTitle(t(errorText(error).title), t('app.name'))}</title>
        )}
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

function Shell({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const data = useRootData();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <SiteHeader locale={i18n.language} user={data?.user ?? null} />
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
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const text = errorText(error);
  return (
    <Shell>
      <div className="page">
        <h1>{t(text.title)}</h1>
        <p>{t(text.body)}</p>
        <p>
          <Link to="/">{t('errors.backHome')}</Link>
        </p>
      </div>
    </Shell>
  );
}
