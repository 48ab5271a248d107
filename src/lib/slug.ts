/**
 * Slugs for ids and keywords: lower case, accents folded, words joined by
 * hyphens ("Appel à projets 2010" → "appel-a-projets-2010"). A `#` or `+`
 * ending a word is spelt out, so that "C#", "C++" and "C" get three
 * addresses (`c-sharp`, `c-plus-plus`, `c`) instead of sharing one.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/(?<=[a-z0-9])(#|\+{1,2})(?![a-z0-9])/g, (symbols) =>
      symbols === '#' ? '-sharp' : symbols === '+' ? '-plus' : '-plus-plus',
    )
    .replace(/['’]/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Whether a text has a letter of any script or a digit, though perhaps none that a slug can hold. */
export function hasLetterOrDigit(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Whether a string is already a valid slug (the form of every entry id). */
export function isSlug(text: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text);
}
