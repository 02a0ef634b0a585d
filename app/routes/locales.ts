import type { LoaderFunctionArgs } from '@remix-run/node';
import { fallbackLanguage, isSupportedLanguage } from '~/lib/i18n';
import { resources } from '~/lib/i18n.server';

/** The catalogues of one language, plus the English fallback, for the browser's i18next. */
export function loader(args: LoaderFunctionArgs) {
  const language = args.params.lng;
  if (!isSupportedLanguage(language)) {
    return new Response('Unknown language', { status: 404 });
  }
  const body = { [fallbackLanguage]: resources[fallbackLanguage], [language]: resources[language] };
  const versioned = new URL(args.request.url).searchParams.has('v');
  return Response.json(body, {
    headers: {
      'Cache-Control': versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    },
  });
}
