import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { endSession, getCurrentUser } from '~/lib/auth.server';
import { readForm } from '~/lib/csrf.server';
import { audit } from '~/models/audit.server';

export async function action({ request, context }: ActionFunctionArgs) {
  await readForm(request, { address: context.clientAddress });
  const user = getCurrentUser(request);
  if (user) audit({ action: 'sign-out', actorId: user.id, address: context.clientAddress });
  return endSession(request, '/');
}

/** Signing out changes state, so it is a POST; a GET only goes home. */
export function loader() {
  return redirect('/');
}
