/**
 * French text for the search index and its queries. Pagefind drops an
 * apostrophe inside a word (« l’animation » is indexed as « lanimation »),
 * so elisions are split before indexing and querying, and joined again
 * when an excerpt is shown; it does not stem plurals in -x, so a query
 * « jeux » also looks for « jeu ».
 */

/** The query parameter of a page opened from the results, naming the words to highlight (read by `SearchHighlight.astro`). */
export const HIGHLIGHT_PARAM = 'surligner';

/** Elided words: « l’ », « d’ », « qu’ », « jusqu’ »… */
const elision = String.raw`(?<=(?:^|[^\p{L}’'])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu))`;
const apostropheInElision = new RegExp(`${elision}['’](?=\\p{L})`, 'giu');
const splitElision = new RegExp(`${elision}’ (?=(?:<mark>)?\\p{L})`, 'giu');

/** « l’animation » → « l’ animation », so that « animation » is a word of its own. */
export function splitElisions(text: string): string {
  return text.replace(apostropheInElision, '’ ');
}

/** The inverse of `splitElisions`, for text read back from the index (excerpts may hold `<mark>`). */
export function joinElisions(text: string): string {
  return text.replace(splitElision, '’');
}

/**
 * A built page as the indexer should read it: elisions split, and a space
 * between adjacent tags, since Pagefind runs together the text of elements
 * it does not know as blocks (`<dt>Implantation</dt><dd>Tourcoing</dd>`).
 */
export function htmlForIndex(html: string): string {
  return html.replace(/>([^<]*)(?=<)/g, (_, text: string) => `>${text === '' ? ' ' : splitElisions(text)}`);
}

/** The query given to Pagefind for what the reader typed. */
export function searchQuery(input: string): string {
  return splitElisions(input.trim().replace(/\s+/g, ' '))
    .split(' ')
    .map((word) => word.replace(/(?<=\p{L}[aeo]u)x$/iu, ''))
    .join(' ');
}

export interface ExcerptPart {
  text: string;
  /** Whether the part matches the query (Pagefind wraps it in `<mark>`). */
  match: boolean;
}

/**
 * A Pagefind excerpt (text with `<` and `>` escaped, `<mark>` around
 * matches) as plain parts, to be shown with `textContent`, never as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return joinElisions(excerpt)
    .split(/(<mark>[^<]*<\/mark>)/)
    .filter((part) => part !== '')
    .map((part) => {
      const match = part.startsWith('<mark>');
      const text = (match ? part.slice(6, -7) : part).replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      return { text, match };
    });
}

/** The words matched in an excerpt, without their punctuation, to highlight on the page they lead to. */
export function matchedWords(parts: ExcerptPart[]): string[] {
  const words = parts
    .filter((part) => part.match)
    .map((part) => part.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 1);
  return [...new Set(words.map((word) => word.toLocaleLowerCase('fr')))];
}
