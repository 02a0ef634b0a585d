import type { NextFunction, Request, Response } from 'express';
import { isCrossSite } from '~/lib/origin-check';

export function rejectCrossSiteRequests({ publicUrl }: { publicUrl?: string }) {
  return (req: Request, res: Response, next: NextFunction) => {
    const crossSite = isCrossSite({
      method: req.method,
      host: req.get('host'),
      origin: req.get('origin'),
      fetchSite: req.get('sec-fetch-site'),
      publicUrl,
    });
    if (!crossSite) return next();
    res.status(403).type('text/plain').send('Cross-site request refused.');
  };
}

/**
 * A body larger than any form of the app is refused before anything reads it (each form then
 * has its own, smaller limit, checked while its body is read). Node discards what the client
 * still sends, without keeping it.
 */
export function refuseOversizedBodies(largest: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    const declared = Number(req.get('content-length') ?? '');
    if (!Number.isFinite(declared) || declared <= largest) return next();
    res
      .status(413)
      .set('Cache-Control', 'no-store')
      .type('text/plain')
      .send(`This request is too large (more than ${Math.round(largest / 1024)} KiB).`);
  };
}
