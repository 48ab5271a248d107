/**
 * Whether an event's price, as an editor wrote it, says only that it is
 * free: `"0"` quoted in YAML is a text, not the number `0`, and would be
 * printed « 0 » where the page should say « Entrée libre ».
 */

/** A zero amount (`0`, `0 €`, `0,00 €`, `0 euro`) or a word for free (`gratuit`, `entrée libre`), nothing else. */
const FREE = /^(?:0+(?:[.,]0+)?\s*(?:€|euros?|eur)?|gratuite?s?|entrée\s+(?:libre|gratuite))\.?$/iu;

/**
 * `true` when `price` (a front-matter text, already trimmed) means free and
 * nothing more; `false` for any real price or a text with more to say
 * (`Gratuit sur inscription` is shown as written).
 */
export function isFreePrice(price: string): boolean {
  return FREE.test(price.trim().replace(/\u00a0|\u202f/g, ' '));
}
