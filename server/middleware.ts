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
