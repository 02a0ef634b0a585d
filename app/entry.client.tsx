import { RemixBrowser } from '@remix-run/react';
import i18next from 'i18next';
import { StrictMode, startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { getInitialNamespaces } from 'remix-i18next/client';
import { loadCatalogues } from '~/lib/catalogues.client';
import { fallbackLanguage, i18nConfig, isSupportedLanguage } from '~/lib/i18n';

async function hydrate() {
  const htmlLanguage = document.documentElement.lang;
  const language = isSupportedLanguage(htmlLanguage) ? htmlLanguage : fallbackLanguage;
  await i18next.use(initReactI18next).init({
    ...i18nConfig,
    lng: language,
    ns: getInitialNamespaces(),
    resources: await loadCatalogues(language),
  });

  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}

hydrate().catch((error: unknown) => {
  // The server-rendered page stays usable without scripts: every form posts on its own.
  console.error(error);
});
