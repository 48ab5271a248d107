/**
 * Numbers and amounts in French typography: thin non-breaking spaces between
 * thousands ("1 000"), a comma for decimals and a non-breaking space before
 * the unit ("1,85 M€").
 */

const NBSP = '\u00a0';

const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const upToTwoDecimals = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** "1 000", with a narrow no-break space as thousands separator. */
export function formatNumber(value: number): string {
  return integer.format(value);
}

/**
 * An amount in euros, shortened from one million on: 1850000 → "1,85 M€",
 * 2000000000 → "2 Md€", 850000 → "850 000 €".
 */
export function formatEuros(amount: number): string {
  if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`Not an amount: ${amount}`);
  if (amount >= 1e9) return `${upToTwoDecimals.format(amount / 1e9)}${NBSP}Md€`;
  if (amount >= 1e6) return `${upToTwoDecimals.format(amount / 1e6)}${NBSP}M€`;
  return `${integer.format(amount)}${NBSP}€`;
}

/** The same amount in full words for assistive technologies: "1 850 000 euros". */
export function formatEurosInFull(amount: number): string {
  return `${integer.format(amount)}${NBSP}euros`;
}

export interface Headcount {
  count: number;
  /** True when the source says "more than" the count. */
  atLeast: boolean;
}

/** A headcount: "400", or "400+" when the source gives a lower bound. */
export function formatHeadcount({ count, atLeast }: Headcount): string {
  return atLeast ? `${formatNumber(count)}+` : formatNumber(count);
}

/** Parse the `employees` field: `400` or `"400+"` ("more than 400"). */
export function parseHeadcount(value: number | string): Headcount | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 ? { count: value, atLeast: false } : undefined;
  }
  const match = /^\s*(\d[\d\s\u00a0\u202f]*)\s*(\+?)\s*$/.exec(value);
  if (!match) return undefined;
  return { count: Number((match[1] ?? '').replace(/\D/g, '')), atLeast: match[2] === '+' };
}
