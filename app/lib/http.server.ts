import { z } from 'zod';
import { getEnv } from './env.server';

/**
 * A link for an e-mail, to a path of this platform. It is built from the configured public
 * address only: a request's Host header is chosen by whoever sends the request.
 */
export function publicLink(path: `/${string}`): string {
  return `${getEnv().publicUrl}${path}`;
}

/** A whole positive number from a URL parameter, or a 404 for anything else. */
export function idParam(value: string | undefined): number {
  const id = Number(value);
  if (!value || !/^\d{1,12}$/.test(value) || !Number.isSafeInteger(id) || id <= 0) {
    throw new Response('Not found', { status: 404 });
  }
  return id;
}

const cycle = z.coerce.number().int().min(1).max(9999);

/** The cycle a page's address asks for (`?cycle=2025`), or undefined when it names none. */
export function cycleParam(url: URL): number | undefined {
  const raw = url.searchParams.get('cycle');
  if (raw === null || raw.trim() === '') return undefined;
  const parsed = cycle.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
