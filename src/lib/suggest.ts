/** Close matches for a misspelt value, to suggest in error messages. */

/** Levenshtein distance: the number of single-character edits from `a` to `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9à-ÿ]+/)
    .filter((word) => word.length > 2);

/**
 * Candidates within a few edits of `input`, or sharing a word with it,
 * closest first, at most `limit`.
 */
export function closestMatches(input: string, candidates: readonly string[], limit = 3): string[] {
  const needle = input.toLowerCase();
  const needleWords = new Set(words(input));
  return candidates
    .map((candidate) => ({ candidate, score: editDistance(needle, candidate.toLowerCase()) }))
    .filter(
      ({ candidate, score }) =>
        score <= Math.max(2, Math.floor(candidate.length / 3)) ||
        words(candidate).some((word) => needleWords.has(word)),
    )
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
