import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { isSupportedLanguage } from '~/lib/i18n';
import { languageCookie } from '~/lib/i18n.server';
import { safeRedirectTarget } from '~/lib/safe-redirect';
import { currentUser } from '~/access/session.server';
import { readForm } from '~/access/csrf.server';
import { setLocale } from '~/models/user.server';

/** The language switcher posts here; it works as a plain form, without JavaScript. */
export async function action(args: ActionFunctionArgs) {
  const form = await readForm(args);
  const language = form.get('lng');
  const target = safeRedirectTarget(form.get('redirectTo'));
  if (typeof language !== 'string' || !isSupportedLanguage(language)) {
    return redirect(target, 303);
  }
  // A signed-in person keeps the choice on every device.
  const user = currentUser(args);
  if (user) setLocale(user.id, language);
  return redirect(target, {
    status: 303,
    headers: { 'Set-Cookie': await languageCookie.serialize(language) },
  });
}

export function loader() {
  return redirect('/', 303);
}
