import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { loadCatalogues } from '~/lib/catalogues.client';

/**
 * Keeps the browser's i18next on the language the server chose, fetching that language's
 * catalogue when a client-side navigation changed it (after signing in, for instance). Without
 * the root loader's data (some error pages), the page keeps the language it has.
 */
export function useLanguageSync(locale: string | undefined) {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (locale === undefined || i18n.language === locale) return;
    let cancelled = false;
    void loadCatalogues(locale).then((catalogues) => {
      if (cancelled) return;
      for (const [language, namespaces] of Object.entries(catalogues)) {
        for (const [namespace, bundle] of Object.entries(namespaces)) {
          i18n.addResourceBundle(language, namespace, bundle, true, true);
        }
      }
      return i18n.changeLanguage(locale);
    });
    return () => {
      cancelled = true;
    };
  }, [i18n, locale]);
}
