import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readCookie, serializeCookie } from '~/lib/cookies.server';
import { getEnv } from '~/lib/env.server';
import { readFormBody, type BodyKind } from '~/lib/request-body.server';
import { audit } from '~/models/audit.server';
import { currentUser, type RequestArgs } from './session.server';

/** The hidden field every form carries. */
export const CSRF_FIELD = 'csrf';
const ANONYMOUS = 'csrf';

type Args = Pick<RequestArgs, 'request' | 'context'>;

function sign(value: string): string {
  return createHmac('sha256', getEnv().SESSION_SECRET).update(value).digest('base64url');
}

/**
 * The token this browser's forms must carry: tied to the session when signed in, and to a
 * random cookie otherwise (sign-in, password reset and invitation forms). `setCookie` is set
 * when that cookie has to be created.
 */
export function csrfToken(args: Args): { token: string; setCookie?: string } {
  const user = currentUser(args);
  if (user) return { token: sign(`session:${user.sessionId}`) };
  const existing = readCookie(args.request, ANONYMOUS);
  if (existing) return { token: sign(`anonymous:${existing}`) };
  const value = randomBytes(24).toString('base64url');
  return { token: sign(`anonymous:${value}`), setCookie: serializeCookie(ANONYMOUS, value) };
}

function matches(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The one token a form may carry: the session's when signed in (a token minted for the anonymous
 * cookie, before signing in, is worthless inside the session), the anonymous cookie's otherwise.
 */
function expectedToken(args: Args): string | undefined {
  const user = currentUser(args);
  if (user) return sign(`session:${user.sessionId}`);
  const anonymous = readCookie(args.request, ANONYMOUS);
  return anonymous ? sign(`anonymous:${anonymous}`) : undefined;
}

/**
 * Reads a form (capped at the size of its kind, see request-body.server) and checks its CSRF
 * token; a missing or wrong token is a 403 (and an audit entry). Every action reads its form
 * through this.
 */
export async function readForm(
  args: Args,
  { kind = 'form' }: { kind?: BodyKind } = {},
): Promise<FormData> {
  const form = await readFormBody(args.request, kind);
  const given = form.get(CSRF_FIELD);
  const expected = expectedToken(args);
  const valid = typeof given === 'string' && expected !== undefined && matches(given, expected);
  if (!valid) {
    audit({
      action: 'csrf.rejected',
      actorId: currentUser(args)?.id ?? null,
      address: args.context.clientAddress,
      detail: {
        path: new URL(args.request.url).pathname,
        tokenPresent: typeof given === 'string',
      },
    });
    throw new Response('This form has expired. Reload the page and try again.', {
      status: 403,
      headers: { 'Cache-Control': 'no-store' },
    });
  }
  return form;
}
