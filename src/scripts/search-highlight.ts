/**
 * Highlights, on a page opened from the search results, the words that
 * matched, with the CSS Custom Highlight API: the page's markup is left
 * untouched.
 */
import { wordsPattern } from '../lib/highlight-pattern.ts';

export function highlight(words: string[]): void {
  const pattern = wordsPattern(words);
  const root = document.querySelector('[data-pagefind-body]');
  if (!pattern || !root || !('highlights' in CSS)) return;
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-pagefind-ignore], [hidden], [aria-hidden="true"], script, style')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.textContent ?? '').matchAll(pattern)) {
      const range = new Range();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      ranges.push(range);
    }
  }
  const [first] = ranges;
  if (!first) return;
  CSS.highlights.set('recherche', new Highlight(...ranges));
  // Bring the first match into view when it is below the fold.
  const box = first.getBoundingClientRect();
  if (box.bottom > innerHeight) scrollBy({ top: box.top - innerHeight / 3 });
}
