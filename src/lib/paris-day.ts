/**
 * The Paris calendar day of an instant, and that day in words, without any
 * import: the browser's status scripts (calls, agenda) need only this of the
 * dates, and must share no chunk with the search page's larger script.
 */

// Made at the first call, not on import: a module without side effects is left out of the scripts that do not use it.
let parisDate: Intl.DateTimeFormat | undefined;

/** The day (`YYYY-MM-DD`) that an instant falls on in Paris, summer or winter time. */
export function parisDay(instant: Date): string {
  parisDate ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = Object.fromEntries(parisDate.formatToParts(instant).map(({ type, value }) => [type, value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * The Paris day of an instant in words, in an `Intl` locale: « 1er juillet
 * 2009 » for `fr-FR`, "1 July 2009" for `en-GB` (the page gives its locale).
 */
export function formatParisDay(instant: Date, locale: string): string {
  const text = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(instant);
  // French writes the first of a month « 1er », as the build's formatDate does.
  return locale.startsWith('fr') ? text.replace(/^1 /, '1er ') : text;
}
