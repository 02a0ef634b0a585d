import type { AppLoadContext } from '@remix-run/node';
import { isSupportedLanguage } from '~/lib/i18n';
import { browserLanguage, chosenLanguage, getFixedT } from '~/lib/i18n.server';
import { currentUser, type RequestArgs } from './session.server';

type Args = Pick<RequestArgs, 'request' | 'context'>;

/**
 * The language for this request: the visitor's choice (the switcher's cookie), then the signed-in
 * person's saved language, then the browser's Accept-Language, then English.
 */
export async function requestLocale(args: Args): Promise<string> {
  const chosen = await chosenLanguage(args.request);
  if (chosen) return chosen;
  const saved = currentUser(args)?.locale;
  if (isSupportedLanguage(saved)) return saved;
  return browserLanguage(args.request);
}

/** The request's language and a translation function for it, in the namespaces given. */
export async function requestT(args: Args, namespace: string | string[]) {
  const locale = await requestLocale(args);
  return { locale, t: await getFixedT(locale, namespace) };
}

/**
 * The language a document is rendered in, whatever its loaders did. When the account cannot be
 * read, the page is reporting that very failure (its loader threw and was logged); it still
 * speaks the visitor's choice or the browser's language.
 */
export async function documentLocale(request: Request, context: AppLoadContext): Promise<string> {
  try {
    return await requestLocale({ request, context });
  } catch {
    return (await chosenLanguage(request)) ?? (await browserLanguage(request));
  }
}
