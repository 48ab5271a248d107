/**
 * French typography for short texts written in front matter (titles,
 * summaries), which no Markdown processor sees: the spaces editors type
 * before `; ! ? :`, inside « » and between a number and `€` or `%` become
 * non-breaking, so that punctuation and units never start a line, and straight apostrophes become typographic ones.
 */

const NBSP = '\u00a0';
const NNBSP = '\u202f';

export function frenchTypography(text: string): string {
  return typographicApostrophes(
    text
      // Narrow no-break space before ; ! ? and a full one before :
      .replace(/[ \u00a0\u202f]+([;!?])/g, `${NNBSP}$1`)
      .replace(/[ \u00a0\u202f]+:/g, `${NBSP}:`)
      // Guillemets always hold a narrow no-break space inside.
      .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
      .replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`)
      // 15 €, 50 k€, 1,85 M€ and 20 % stay on one line with their number.
      .replace(/(\d)[ \u202f]+(%|(?:k|M|Md)?€)/g, `$1${NBSP}$2`),
  );
}

/** Straight apostrophes inside words made typographic (l'image → l’image, the region's → the region’s), in any language. */
export function typographicApostrophes(text: string): string {
  return text.replace(/(\p{L})'(?=\p{L})/gu, '$1’');
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
