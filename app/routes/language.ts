import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { isSupportedLanguage } from '~/lib/i18n';
import { languageCookie } from '~/lib/i18n.server';
import { safeRedirectTarget } from '~/lib/safe-redirect';

/** The language switcher posts here; it works as a plain form, without JavaScript. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const language = form.get('lng');
  const target = safeRedirectTarget(form.get('redirectTo'));
  if (typeof language !== 'string' || !isSupportedLanguage(language)) {
    return redirect(target, 303);
  }
  return redirect(target, {
    status: 303,
    headers: { 'Set-Cookie': await languageCookie.serialize(language) },
  });
}

export function loader() {
  return redirect('/', 303);
}
