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

const ligatures: Record<string, string> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE' };

/** « Cœur » → « Coeur », « Lætitia » → « Laetitia »: the ligatures as readers type them on a plain keyboard. */
export function foldLigatures(text: string): string {
  return text.replace(/[œŒæÆ]/g, (letter) => ligatures[letter] ?? letter);
}

/** The Pagefind metadata key listing a page's words written with a ligature, to show them as written. */
export const LIGATURES_META = 'ligatures';

/**
 * A built page as the indexer should read it: elisions split, ligatures
 * written as two letters (Pagefind folds accents, not « œ » into « oe »), the
 * words so changed listed in the `ligatures` metadata of the indexed element,
 * and a space between adjacent tags, since Pagefind runs together the text
 * of elements it does not know as blocks (`<dt>Implantation</dt><dd>Tourcoing</dd>`).
 */
export function htmlForIndex(html: string): string {
  const words = new Set<string>();
  const indexed = html.replace(/>([^<]*)(?=<)/g, (_, text: string) => {
    if (text === '') return '> ';
    for (const [word] of text.matchAll(/\p{L}*[œŒæÆ]\p{L}*/gu)) words.add(word);
    return `>${foldLigatures(splitElisions(text))}`;
  });
  if (!words.size) return indexed;
  return indexed.replace(
    /\bdata-pagefind-body\b/,
    `$& data-pagefind-meta="${LIGATURES_META}:${[...words].sort().join(' ')}"`,
  );
}

/**
 * What Pagefind reads before the first `data-pagefind-body` element: attributes it
 * reads page-wide, a weight or an `ignore="all"` that may be on an ancestor, and the
 * first `<h1>`, the page's title.
 */
const READ_BEFORE_BODY =
  /\bdata-pagefind-(?:meta|filter|sort|default-meta|weight)\b|\bdata-pagefind-ignore\s*=\s*["']?all\b|<h1\b/i;

/**
 * A built page (whole HTML) cut to what Pagefind indexes: its `<html>` start
 * tag (the language), then everything from its first `data-pagefind-body`
 * element on. The head, header and navigation before that element are never
 * indexed, yet Pagefind would parse them: about 60 % of an article's bytes.
 * The page is returned unchanged when it has no such element, no `<html>`
 * tag before it, or when the part left out holds what Pagefind reads there:
 * an attribute it reads page-wide (`data-pagefind-meta`, `-filter`, `-sort`,
 * `-default-meta`), a `data-pagefind-weight` or `data-pagefind-ignore="all"`
 * (on an ancestor, they weigh or hide the indexed text) or an `<h1>`
 * (Pagefind's title is the page's first `<h1>`). Not a parser: markup that
 * names `data-pagefind-body` inside a script or a comment before the real
 * element would mislead it; the build test comparing the index with the one
 * made from whole pages guards the site's own layouts.
 */
export function indexedPart(html: string): string {
  const body = html.search(/<[a-z][^<>]*\bdata-pagefind-body\b/i);
  if (body < 0) return html;
  const before = html.slice(0, body);
  const root = /<html\b[^<>]*>/i.exec(before);
  if (!root || READ_BEFORE_BODY.test(before)) return html;
  return `<!DOCTYPE html>${root[0]}<head></head><body>${html.slice(body)}`;
}

/**
 * `text` read back from the index (an excerpt or a title) with the words of
 * `ligatures` (the page's `ligatures` metadata, space-separated) written as on the page.
 */
export function restoreLigatures(text: string, ligatures: string | undefined): string {
  const byFolded = new Map((ligatures ?? '').split(' ').flatMap((word) => (word ? [[foldLigatures(word), word]] : [])));
  if (!byFolded.size) return text;
  return text.replace(/\p{L}+/gu, (word) => byFolded.get(word) ?? word);
}

/** The query given to Pagefind for what the reader typed. */
export function searchQuery(input: string): string {
  return foldLigatures(splitElisions(input.trim().replace(/\s+/g, ' ').replace(/'/g, '’')))
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
 * matches) as plain parts, to be shown with `textContent`, never as HTML;
 * `ligatures` is the page's `ligatures` metadata (see `htmlForIndex`).
 */
export function excerptParts(excerpt: string, ligatures?: string): ExcerptPart[] {
  return restoreLigatures(joinElisions(excerpt), ligatures)
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
