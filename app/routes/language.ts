import { parseWithZod } from '@conform-to/zod/v4';
import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { z } from 'zod';
import { languages } from '~/lib/i18n';
import { languageCookie } from '~/lib/i18n.server';
import { safeRedirectTarget } from '~/lib/safe-redirect';
import { currentUser } from '~/access/session.server';
import { readForm } from '~/access/csrf.server';
import { saveLanguage } from '~/services/choose-language.server';

// A language the interface does not speak changes nothing; the person still goes back.
const schema = z.object({
  lng: z
    .enum(languages.map((l) => l.code))
    .optional()
    .catch(undefined),
  redirectTo: z.string().optional().catch(undefined),
});

/** The language switcher posts here; it works as a plain form, without JavaScript. */
export async function action(args: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(args), { schema });
  const { lng, redirectTo } = submission.status === 'success' ? submission.value : {};
  const target = safeRedirectTarget(redirectTo);
  if (!lng) return redirect(target, 303);
  // A signed-in person keeps the choice on every device.
  const user = currentUser(args);
  if (user) saveLanguage({ userId: user.id, language: lng });
  return redirect(target, {
    status: 303,
    headers: { 'Set-Cookie': await languageCookie.serialize(lng) },
  });
}

export function loader() {
  return redirect('/', 303);
}
