/**
 * Numbers and amounts in French typography: thin non-breaking spaces between
 * thousands ("1 000"), a comma for decimals and a non-breaking space before
 * the unit ("1,85 M€"); in English with `lang` `'en'`: "1,000", "€1.85M".
 */

type NumberLanguage = 'fr' | 'en';

const NBSP = '\u00a0';

// Pure: a page that formats counts only (the search page's script) leaves the euro formats out of its bundle.
const integer = /* @__PURE__ */ new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const upToTwoDecimals = /* @__PURE__ */ new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const englishInteger = /* @__PURE__ */ new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const englishUpToTwoDecimals = /* @__PURE__ */ new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** "1 000", with a narrow no-break space as thousands separator; "1,000" in English. */
export function formatNumber(value: number, lang: NumberLanguage = 'fr'): string {
  return (lang === 'en' ? englishInteger : integer).format(value);
}

/**
 * An amount in euros, shortened from one million on: 1850000 → "1,85 M€",
 * 2000000000 → "2 Md€", 850000 → "850 000 €"; in English "€1.85M", "€2bn", "€850,000".
 * @throws RangeError for a negative or infinite amount.
 */
export function formatEuros(amount: number, lang: NumberLanguage = 'fr'): string {
  if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`Not an amount: ${amount}`);
  if (lang === 'en') {
    if (amount >= 1e9) return `€${englishUpToTwoDecimals.format(amount / 1e9)}bn`;
    if (amount >= 1e6) return `€${englishUpToTwoDecimals.format(amount / 1e6)}M`;
    return `€${englishInteger.format(amount)}`;
  }
  if (amount >= 1e9) return `${upToTwoDecimals.format(amount / 1e9)}${NBSP}Md€`;
  if (amount >= 1e6) return `${upToTwoDecimals.format(amount / 1e6)}${NBSP}M€`;
  return `${integer.format(amount)}${NBSP}€`;
}

/** The same amount in full words for assistive technologies: "1 850 000 euros", "1,850,000 euros". */
export function formatEurosInFull(amount: number, lang: NumberLanguage = 'fr'): string {
  return `${formatNumber(amount, lang)}${NBSP}euros`;
}

export interface Headcount {
  count: number;
  /** True when the source says "more than" the count. */
  atLeast: boolean;
}

/** A headcount: "400", or "400+" when the source gives a lower bound. */
export function formatHeadcount({ count, atLeast }: Headcount, lang: NumberLanguage = 'fr'): string {
  return atLeast ? `${formatNumber(count, lang)}+` : formatNumber(count, lang);
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
