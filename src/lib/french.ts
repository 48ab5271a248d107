/**
 * French typography for short texts written in front matter (titles,
 * summaries), which no Markdown processor sees: the spaces editors type
 * before `; ! ? :`, inside « » and between a number and `€` or `%` become
 * non-breaking, so that punctuation and units never start a line, and straight apostrophes become typographic ones.
 */

const NBSP = '\u00a0';
const NNBSP = '\u202f';

export function frenchTypography(text: string): string {
  // Each rule runs only on a text holding the character it is about: most text nodes of a body
  // hold none of them, and six regular expressions over every one of them cost a third of the
  // Markdown rendering (`bench/results.md`, optimisation 31).
  let fixed = text;
  // Narrow no-break space before ; ! ? and a full one before :
  if (/[;!?]/.test(fixed)) fixed = fixed.replace(/[ \u00a0\u202f]+([;!?])/g, `${NNBSP}$1`);
  if (fixed.includes(':')) fixed = fixed.replace(/[ \u00a0\u202f]+:/g, `${NBSP}:`);
  // Guillemets always hold a narrow no-break space inside.
  if (fixed.includes('«')) fixed = fixed.replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`);
  if (fixed.includes('»')) fixed = fixed.replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`);
  // 15 €, 50 k€, 1,85 M€ and 20 % stay on one line with their number.
  if (/[%€]/.test(fixed)) fixed = fixed.replace(/(\d)[ \u202f]+(%|(?:k|M|Md)?€)/g, `$1${NBSP}$2`);
  return typographicApostrophes(fixed);
}

/** Straight apostrophes inside words made typographic (l'image → l’image, the region's → the region’s), in any language. */
export function typographicApostrophes(text: string): string {
  return !text.includes("'") ? text : text.replace(/(\p{L})'(?=\p{L})/gu, '$1’');
}

/**
 * Splits a text so that hyphenated words can be kept on one line
 * ("Nord-Pas-de-Calais" must not break after "Nord-").
 */
export function hyphenatedWords(text: string): { text: string; hyphenated: boolean }[] {
  return text
    .split(/(\S*\p{L}-\p{L}\S*)/u)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, hyphenated: /\p{L}-\p{L}/u.test(part) }));
}
