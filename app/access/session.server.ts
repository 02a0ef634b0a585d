import { redirect, type AppLoadContext, type LoaderFunctionArgs } from '@remix-run/node';
import type { Actor, Permission, Target } from '~/domain/policy';
import { can } from '~/domain/policy';
import { clearCookie, readCookie, serializeCookie } from '~/lib/cookies.server';
import { audit } from '~/models/audit.server';
import {
  createSession,
  deleteSession,
  findLiveSession,
  hashToken,
  SESSION_ABSOLUTE_MS,
} from '~/models/session.server';
import { loadActor } from '~/models/role.server';
import { getUser } from '~/models/user.server';

/**
 * What every guard is given: the arguments Remix passes a loader or an action. The load context
 * is one object per HTTP request (the client's address comes from it); the Request is one per
 * loader.
 */
export interface RequestArgs {
  request: Request;
  context: AppLoadContext;
  params: LoaderFunctionArgs['params'];
}

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

/*
 * The person is looked up once per HTTP request: every loader of a page shares the load context.
 * An action may change who is signed in or their account, so it reads afresh (keyed by its own
 * Request) and the loaders that follow it in the same request read again.
 */
const byContext = new WeakMap<AppLoadContext, CurrentUser | null>();
const byRequest = new WeakMap<Request, CurrentUser | null>();

function lookUp(request: Request): CurrentUser | null {
  const token = readCookie(request, SESSION);
  const session = token ? findLiveSession(token) : undefined;
  if (!session) return null;
  const user = getUser(session.userId);
  const actor = loadActor(session.userId);
  if (!user || !actor) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    locale: user.locale,
    sessionId: session.id,
    actor,
  };
}

/** The signed-in person behind a request, or null. */
export function currentUser({ request, context }: Pick<RequestArgs, 'request' | 'context'>) {
  const reading = request.method === 'GET' || request.method === 'HEAD';
  if (reading && byContext.has(context)) return byContext.get(context) ?? null;
  if (!reading && byRequest.has(request)) return byRequest.get(request) ?? null;
  const found = lookUp(request);
  if (reading) byContext.set(context, found);
  else {
    byRequest.set(request, found);
    byContext.delete(context);
  }
  return found;
}

function loginRedirect(request: Request): Response {
  const url = new URL(request.url);
  const back = url.pathname + url.search;
  return redirect(`/login?redirectTo=${encodeURIComponent(back)}`, {
    headers: { 'Cache-Control': 'no-store' },
  });
}

/** The signed-in person, or a redirect to the sign-in page that comes back here afterwards. */
export function requireUser(args: Pick<RequestArgs, 'request' | 'context'>): CurrentUser {
  const user = currentUser(args);
  if (!user) throw loginRedirect(args.request);
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
  args: Pick<RequestArgs, 'request' | 'context'>,
  permission: Permission,
  target: Target,
): CurrentUser {
  const user = requireUser(args);
  if (!can(user.actor, permission, target)) {
    audit({
      action: 'access.denied',
      actorId: user.id,
      targetType: permission,
      targetId: target && 'organisationId' in target ? target.organisationId : target?.hubId,
      organisationId: target && 'organisationId' in target ? target.organisationId : null,
      address: args.context.clientAddress,
      detail: { path: new URL(args.request.url).pathname, method: args.request.method },
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
