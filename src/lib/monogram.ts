/** Initials for a member without a logo: "Lille Métropole" → "LM", "Ankama" → "AN". */

const stopWords = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et']);

export function initials(name: string): string {
  // "CRRAV – Centre régional…": the name before a spaced dash is the short name.
  const short = name.split(/\s[–—-]\s/)[0] ?? name;
  const words = short.split(/[\s'’-]+/).filter((word) => word && !stopWords.has(word.toLowerCase()));
  const letters =
    words.length === 1
      ? (words[0] ?? '').slice(0, 2)
      : words
          .slice(0, 2)
          .map((word) => word[0])
          .join('');
  return letters.toLocaleUpperCase('fr');
}
