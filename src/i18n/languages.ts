/**
 * What each language of the site is called and written as outside the
 * interface's words: its name in itself, its Intl locale, its Open Graph
 * locale, and the language of a page from Astro's `currentLocale`.
 */
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './strings.ts';

/** How each language is written for `Intl` (dates, numbers) and for Open Graph (`og:locale`). */
export const locales = {
  fr: { intl: 'fr-FR', openGraph: 'fr_FR', name: 'Français' },
  en: { intl: 'en-GB', openGraph: 'en_GB', name: 'English' },
} as const satisfies Record<Language, { intl: string; openGraph: string; name: string }>;

/**
 * The language of a page from `Astro.currentLocale` (`'en'` under `/en/`,
 * `'fr'` or `undefined` elsewhere): French for anything else.
 */
export function pageLanguage(currentLocale: string | undefined): Language {
  return isLanguage(currentLocale) ? currentLocale : DEFAULT_LANGUAGE;
}

/** The other language of the site: the one the language switcher leads to. */
export function otherLanguage(lang: Language): Language {
  return lang === 'fr' ? 'en' : 'fr';
}

/**
 * The language of the text an MDX component sits in: what the page set in
 * `Astro.locals.contentLanguage` before rendering the entry's body (French in
 * an untranslated entry shown on an English page), else the page's language.
 */
export function contentLanguage(astro: {
  locals: { contentLanguage?: Language | undefined };
  currentLocale: string | undefined;
}): Language {
  return astro.locals.contentLanguage ?? pageLanguage(astro.currentLocale);
}
