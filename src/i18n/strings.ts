/** TEMPORARY until the shared foundation lands on main. */
export type Language = 'fr' | 'en';
export function defineStrings<T>(strings: { fr: T; en: NoInfer<T> }): Record<Language, T> {
  return strings;
}
