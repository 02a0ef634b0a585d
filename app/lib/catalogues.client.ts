import type { Resource } from 'i18next';

/**
 * Fetches one language's catalogues (with the English fallback) in a single request, cached by
 * the browser for as long as this build is live.
 */
export async function loadCatalogues(language: string): Promise<Resource> {
  const version = encodeURIComponent(window.__remixManifest.version);
  const response = await fetch(`/locales/${language}?v=${version}`);
  if (!response.ok) throw new Error(`Could not load the ${language} catalogue`);
  return (await response.json()) as Resource;
}
