import { createCookie } from '@remix-run/node';
import { createInstance, type i18n, type Resource, type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { RemixI18Next } from 'remix-i18next/server';
import {
  defaultNamespace,
  fallbackLanguage,
  i18nConfig,
  isSupportedLanguage,
  supportedLanguages,
} from '~/lib/i18n';

const catalogues = import.meta.glob<Record<string, unknown>>('../locales/*/*.json', {
  eager: true,
  import: 'default',
});

/** Every catalogue, keyed by language then namespace, bundled into the server build. */
export const resources: Resource = {};
for (const [path, catalogue] of Object.entries(catalogues)) {
  const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  if (!match?.[1] || !match[2]) continue;
  const [, language, namespace] = match;
  resources[language] = { ...resources[language], [namespace]: catalogue };
}

export function getCatalogue(language: string, namespace: string): unknown {
  return resources[language]?.[namespace];
}

/** The language a visitor chose with the switcher; kept for a year. */
export const languageCookie = createCookie('lng', {
  path: '/',
  sameSite: 'lax',
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

export const i18nServer = new RemixI18Next({
  detection: {
    supportedLanguages,
    fallbackLanguage,
    order: ['header'],
  },
  i18next: { ...i18nConfig, resources },
});

const instances = new Map<string, Promise<i18n>>();

/**
 * The i18next instance of a language, for server code (page titles, e-mails, exports) and for
 * rendering pages. Built on first use and kept: the catalogues never change while running, and
 * nothing on the server changes an instance's language.
 */
export function i18nFor(language: string): Promise<i18n> {
  const code = isSupportedLanguage(language) ? language : fallbackLanguage;
  let instance = instances.get(code);
  if (!instance) {
    const created = createInstance();
    instance = created
      .use(initReactI18next)
      .init({ ...i18nConfig, lng: code, resources })
      .then(() => created);
    instances.set(code, instance);
  }
  return instance;
}

export async function getFixedT(
  language: string,
  namespace: string | string[] = defaultNamespace,
): Promise<TFunction> {
  const instance = await i18nFor(language);
  return instance.getFixedT(instance.language, namespace);
}

/** The language chosen with the switcher (its cookie), if any. */
export async function chosenLanguage(request: Request): Promise<string | undefined> {
  const chosen: unknown = await languageCookie.parse(request.headers.get('cookie'));
  return typeof chosen === 'string' && isSupportedLanguage(chosen) ? chosen : undefined;
}

/** The browser's preferred supported language (Accept-Language), else English. */
export function browserLanguage(request: Request): Promise<string> {
  return i18nServer.getLocale(request);
}
