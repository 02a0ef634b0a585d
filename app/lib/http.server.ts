import { getEnv } from './env.server';

/** The address people use to reach the platform, for links in e-mails. */
export function publicOrigin(request: Request): string {
  return getEnv().PUBLIC_URL?.replace(/\/$/, '') ?? new URL(request.url).origin;
}

/** A whole positive number from a URL parameter, or a 404 for anything else. */
export function idParam(value: string | undefined): number {
  const id = Number(value);
  if (!value || !/^\d{1,12}$/.test(value) || !Number.isSafeInteger(id) || id <= 0) {
    throw new Response('Not found', { status: 404 });
  }
  return id;
}
