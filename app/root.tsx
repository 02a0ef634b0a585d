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
import { getCurrentUser } from '~/lib/auth.server';
import { csrfToken } from '~/lib/csrf.server';
import { directionOf, fallbackLanguage } from '~/lib/i18n';
import { getLocale } from '~/lib/i18n.server';
import { useLanguageSync } from '~/lib/use-language-sync';
import { workspaceOf } from '~/models/workspace.server';
import appStyles from '~/styles/app.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: appStyles },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

export const meta: MetaFunction = () => [{ name: 'color-scheme', content: 'light' }];

export const handle = { i18n: 'common' };

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = await getLocale(request);
  const current = getCurrentUser(request);
  const { token, setCookie } = csrfToken(request);
  const user = current
    ? {
        name: current.name,
        email: current.email,
        isAdmin: current.isAdmin,
        ...workspaceOf(current.actor),
      }
    : null;
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

export function Layout({ children }: { children: ReactNode }) {
  const data = useRootData();
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

function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const data = useRootData();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <SiteHeader locale={data?.locale ?? fallbackLanguage} user={data?.user ?? null} />
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
  const data = useRootData();
  useLanguageSync(data?.locale ?? fallbackLanguage);
  useEffect(() => {
    // Lets tests (and styles) know that scripts have taken over the page.
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const known = [400, 403, 404, 405, 409, 413, 415, 429].includes(status);
  return (
    <Shell>
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
