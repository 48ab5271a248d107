/** Close matches for a misspelt value, to suggest in error messages. */

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/**
 * Candidates within a few edits of `input` (or sharing a word with it),
 * closest first, at most `limit`.
 */
export function closestMatches(input: string, candidates: readonly string[], limit = 3): string[] {
  const needle = input.toLowerCase();
  const words = new Set(needle.split(/[^a-z0-9]+/).filter((w) => w.length > 2));
  return candidates
    .map((candidate) => ({ candidate, score: distance(needle, candidate.toLowerCase()) }))
    .filter(
      ({ candidate, score }) =>
        score <= Math.max(2, Math.floor(candidate.length / 3)) ||
        candidate
          .toLowerCase()
          .split(/[^a-z0-9]+/)
          .some((w) => words.has(w)),
    )
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
