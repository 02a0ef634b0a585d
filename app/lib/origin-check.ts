const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface RequestOrigin {
  method: string;
  host: string | undefined;
  origin: string | undefined;
  fetchSite: string | undefined;
  publicUrl?: string;
}

/**
 * First line of CSRF defence for every state-changing request: browsers say where a request
 * came from (Sec-Fetch-Site, or Origin in older ones); anything from another site is refused.
 * The per-session token that every form carries is the second line.
 */
export function isCrossSite({
  method,
  host,
  origin,
  fetchSite,
  publicUrl,
}: RequestOrigin): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (fetchSite) return fetchSite !== 'same-origin' && fetchSite !== 'none';
  if (!origin) return false;
  if (origin === 'null') return true;
  try {
    const originHost = new URL(origin).host;
    if (publicUrl && originHost === new URL(publicUrl).host) return false;
    return originHost !== host;
  } catch {
    return true;
  }
}
