import { useLocation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { languages } from '~/lib/i18n';
import { CsrfInput } from './forms';

/**
 * A plain form of buttons: it works without JavaScript, and it reloads the whole document so
 * that the browser fetches the new language's catalogue once.
 */
export function LanguageSwitcher({ current }: { current: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <form method="post" action="/language" className="language-switcher">
      <CsrfInput />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <fieldset>
        <legend className="visually-hidden">{t('language.legend')}</legend>
        {languages.map((language) => (
          <button
            key={language.code}
            type="submit"
            name="lng"
            value={language.code}
            lang={language.code}
            aria-pressed={language.code === current}
            className="link-button"
          >
            {language.name}
          </button>
        ))}
      </fieldset>
    </form>
  );
}
