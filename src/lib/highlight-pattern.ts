/**
 * What to highlight on a page opened from the search results: the words
 * matched in its excerpt, kept apart from the other search helpers so that
 * the highlighter loads nothing else.
 */
/**
 * A pattern matching the given words on a page, whole words only, in any
 * case, « oe » and « œ », « ae » and « æ », ' and ’ alike.
 */
export function wordsPattern(words: string[]): RegExp | undefined {
  const escaped = [...new Set(words.map((word) => word.trim()).filter((word) => word.length > 1))]
    .slice(0, 20)
    .sort((a, b) => b.length - a.length)
    .map((word) =>
      word
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        // A word typed « oeuvre » is highlighted where the page writes « œuvre », and the other way round.
        .replace(/oe|œ/giu, '(?:oe|œ)')
        .replace(/ae|æ/giu, '(?:ae|æ)')
        .replace(/['’]/gu, "['’]"),
    );
  if (!escaped.length) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}
