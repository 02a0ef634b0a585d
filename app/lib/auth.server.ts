import { redirect } from '@remix-run/node';
import type { Actor, Permission, Target } from '~/domain/policy';
import { can } from '~/domain/policy';
import { audit } from '~/models/audit.server';
import {
  createSession,
  deleteSession,
  findLiveSession,
  hashToken,
  SESSION_ABSOLUTE_MS,
} from '~/models/session.server';
import { getUser, loadActor } from '~/models/user.server';
import { clearCookie, readCookie, serializeCookie } from './cookies.server';

const SESSION = 'session';

export interface CurrentUser {
  id: number;
  email: string;
  name: string;
  isAdmin: boolean;
  locale: string | null;
  sessionId: string;
  actor: Actor;
}

const cache = new WeakMap<Request, CurrentUser | null>();

/** The signed-in person behind a request, or null. Looked up once per request. */
export function getCurrentUser(request: Request): CurrentUser | null {
  if (cache.has(request)) return cache.get(request) ?? null;
  let current: CurrentUser | null = null;
  const token = readCookie(request, SESSION);
  const session = token ? findLiveSession(token) : undefined;
  if (session) {
    const user = getUser(session.userId);
    const actor = loadActor(session.userId);
    if (user && actor) {
      current = {
        id: user.id,
        email: user.email,
        name: user.name,
        isAdmin: user.isAdmin,
        locale: user.locale,
        sessionId: session.id,
        actor,
      };
    }
  }
  cache.set(request, current);
  return current;
}

function loginRedirect(request: Request): Response {
  const url = new URL(request.url);
  const back = url.pathname + url.search;
  return redirect(`/login?redirectTo=${encodeURIComponent(back)}`, {
    headers: { 'Cache-Control': 'no-store' },
  });
}

/** The signed-in person, or a redirect to the sign-in page that comes back here afterwards. */
export function requireUser(request: Request): CurrentUser {
  const user = getCurrentUser(request);
  if (!user) throw loginRedirect(request);
  return user;
}

export function forbidden(): Response {
  return new Response('Forbidden', { status: 403, headers: { 'Cache-Control': 'no-store' } });
}

export function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * The signed-in person if the policy allows `permission` on `target`; otherwise a 403 (logged
 * as denied access), or the sign-in page for someone not signed in.
 */
export function requirePermission(
  request: Request,
  permission: Permission,
  target: Target,
  context: { address?: string } = {},
): CurrentUser {
  const user = requireUser(request);
  if (!can(user.actor, permission, target)) {
    audit({
      action: 'access.denied',
      actorId: user.id,
      targetType: permission,
      targetId: target && 'organisationId' in target ? target.organisationId : target?.cohortId,
      organisationId: target && 'organisationId' in target ? target.organisationId : null,
      address: context.address,
      detail: { path: new URL(request.url).pathname, method: request.method },
    });
    throw forbidden();
  }
  return user;
}

/**
 * Signs a person in with a fresh session id (any session the browser carried before is ended:
 * no fixation), and sends them on.
 */
export function startSession(request: Request, userId: number, redirectTo: string): Response {
  const previous = readCookie(request, SESSION);
  if (previous) deleteSession(hashToken(previous));
  const { token } = createSession(userId);
  return redirect(redirectTo, {
    status: 303,
    headers: {
      'Set-Cookie': serializeCookie(SESSION, token, {
        maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
      }),
      'Cache-Control': 'no-store',
    },
  });
}

/** Ends the browser's session on the server and clears its cookie. */
export function endSession(request: Request, redirectTo = '/'): Response {
  const token = readCookie(request, SESSION);
  if (token) deleteSession(hashToken(token));
  return redirect(redirectTo, {
    status: 303,
    headers: {
      'Set-Cookie': clearCookie(SESSION),
      'Cache-Control': 'no-store',
      'Clear-Site-Data': '"cache"',
    },
  });
}
