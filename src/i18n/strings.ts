/**
 * The languages of the interface, and how its words are written down: one
 * file per part of the interface (`calls.ts`, `agenda.ts`, …), each string
 * beside its translation, so that a translator reads both at once and a key
 * missing in one language is a type error in `astro check`.
 */

/** The site's languages, French first: it is the default, at the root of every URL. */
export const LANGUAGES = ['fr', 'en'] as const;

/** A language of the site, as BCP 47 writes it in `<html lang>`, `hreflang` and feeds. */
export type Language = (typeof LANGUAGES)[number];

/** The language of the URLs without a language prefix. */
export const DEFAULT_LANGUAGE: Language = 'fr';

/** A string of the interface, or a function that writes one from values (a count, a date already formatted). */
type Text = string | ((...values: never[]) => string);

/**
 * The strings of one part of the interface in every language. The French
 * object sets the keys and their shapes; the English one must have the same
 * keys, the same function signatures and no other key, or `astro check` fails.
 *
 * @example
 * export const callStrings = defineStrings({
 *   fr: { apply: 'Déposer un dossier', daysLeft: (days: number) => `clôture dans ${days} jours` },
 *   en: { apply: 'Apply', daysLeft: (days: number) => `closes in ${days} days` },
 * });
 * callStrings[lang].apply;
 */
export function defineStrings<T extends Record<string, Text>>(strings: {
  fr: T;
  en: NoInfer<T>;
}): Readonly<Record<Language, T>> {
  return strings;
}

/** Whether a value is one of the site's languages (`'fr'`, `'en'`). */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}
