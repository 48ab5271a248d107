/**
 * The value `npm run new` writes in required fields it cannot fill. The
 * schemas refuse it, so that an entry is never published half written.
 */
export const PLACEHOLDER = 'À compléter';

/** Whether a front-matter value is the placeholder left by `npm run new`. */
export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && value.trim().toLocaleLowerCase('fr') === PLACEHOLDER.toLocaleLowerCase('fr');
}
