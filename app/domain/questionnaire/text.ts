import { z } from 'zod';

/** A language code such as en, fr, es, pt, ar, or pt-BR. */
export const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'use a language code such as en, fr or pt-BR');

/**
 * A text in one or more languages: a plain string is English; a map needs English and may
 * carry any other language.
 */
export const localizedText = z.union(
  [
    z.string().regex(/\S/, 'must not be empty'),
    z
      .record(languageCode, z.string().regex(/\S/, 'must not be empty'))
      .refine((map) => typeof map.en === 'string', {
        message: 'needs an English text (en)',
      }),
  ],
  {
    error: (issue) =>
      issue.input === undefined
        ? 'is required'
        : 'expected a text, or a map of language codes to texts with at least "en"',
  },
);

export type LocalizedText = z.output<typeof localizedText>;

/** The text in `language`, else in English. */
export function textIn(text: LocalizedText, language: string): string {
  if (typeof text === 'string') return text;
  return text[language] ?? text.en ?? '';
}

/** Whether `language` has its own translation (English always has). */
export function hasTranslation(text: LocalizedText, language: string): boolean {
  if (typeof text === 'string') return language === 'en';
  return typeof text[language] === 'string';
}
