import { describe, expect, expectTypeOf, it } from 'vitest';
import { DEFAULT_LANGUAGE, LANGUAGES, defineStrings, isLanguage, type Language } from './strings.ts';

describe('defineStrings', () => {
  const strings = defineStrings({
    fr: { apply: 'Déposer un dossier', daysLeft: (days: number) => `clôture dans ${days} jours` },
    en: { apply: 'Apply', daysLeft: (days: number) => `closes in ${days} days` },
  });

  it('gives each language its own words', () => {
    expect(strings.fr.apply).toBe('Déposer un dossier');
    expect(strings.en.daysLeft(3)).toBe('closes in 3 days');
  });

  it('refuses, as a type error, an English side missing a key, with another key or another signature', () => {
    // @ts-expect-error: `apply` is missing in English.
    defineStrings({ fr: { apply: 'Déposer' }, en: {} });
    // @ts-expect-error: `applyNow` is not a French key.
    defineStrings({ fr: { apply: 'Déposer' }, en: { apply: 'Apply', applyNow: 'Apply now' } });
    // @ts-expect-error: a function in French must be a function in English.
    defineStrings({ fr: { days: (n: number) => `${n} jours` }, en: { days: 'days' } });
    expectTypeOf(strings.en.daysLeft).parameters.toEqualTypeOf<[days: number]>();
  });
});

describe('the languages', () => {
  it('are French, the default at the root of the URLs, then English', () => {
    expect(LANGUAGES).toEqual(['fr', 'en']);
    expect(DEFAULT_LANGUAGE).toBe('fr');
  });
});

describe('isLanguage', () => {
  it('knows French and English only', () => {
    expect(['fr', 'en', 'de', 'FR', undefined].map(isLanguage)).toEqual([true, true, false, false, false]);
    expectTypeOf<Language>().toEqualTypeOf<'fr' | 'en'>();
  });
});
