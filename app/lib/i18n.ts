/** Languages the interface speaks, in the order the switcher lists them. */
export const languages = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
] as const;

export type Language = (typeof languages)[number]['code'];

export const supportedLanguages: string[] = languages.map((l) => l.code);
export const fallbackLanguage: Language = 'en';
export const defaultNamespace = 'common';

export function isSupportedLanguage(code: string | null | undefined): code is Language {
  return code != null && supportedLanguages.includes(code);
}

export function directionOf(code: string): 'ltr' | 'rtl' {
  return languages.find((l) => l.code === code)?.dir ?? 'ltr';
}

export const i18nConfig = {
  supportedLngs: supportedLanguages,
  fallbackLng: fallbackLanguage,
  defaultNS: defaultNamespace,
  // React escapes every string it renders; escaping twice would show &amp; to users.
  interpolation: { escapeValue: false },
};
