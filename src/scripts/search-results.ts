/**
 * The search page's results and filters as DOM elements, built with
 * `textContent` only: nothing from the index is ever parsed as HTML.
 */
import {
  HIGHLIGHT_PARAM,
  LIGATURES_META,
  excerptParts,
  joinElisions,
  matchedWords,
  restoreLigatures,
} from '../lib/search-text.ts';
import { formatDate } from '../lib/dates.ts';
import { formatNumber } from '../lib/numbers.ts';
import type { Language } from '../i18n/strings.ts';
import type { FilterGroup } from '../lib/search-state.ts';
import type { PagefindResultData } from './pagefind-client.ts';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One result: type and date, title linking to the page (with the words to highlight), excerpt. */
export function resultItem(data: PagefindResultData, fallbackWords: string[], lang: 'fr' | 'en' = 'fr'): HTMLLIElement {
  const ligatures = data.meta[LIGATURES_META];
  const parts = excerptParts(data.excerpt, ligatures);
  const words = matchedWords(parts);
  const url = new URL(data.url, location.origin);
  for (const word of words.length ? words : fallbackWords) url.searchParams.append(HIGHLIGHT_PARAM, word);

  const item = element('li', 'result');
  const meta = element('p', 'result-meta');
  if (data.meta.type) meta.append(element('span', 'result-type', data.meta.type));
  if (data.meta.date && /^\d{4}-\d{2}-\d{2}$/.test(data.meta.date)) {
    // The build wrote a real day (search-record.ts): read as a content date without fromIsoDay's checks, which the page's budget spares.
    const time = element('time', undefined, formatDate(new Date(`${data.meta.date}T00:00:00Z`), lang));
    time.dateTime = data.meta.date;
    meta.append(time);
  }
  const title = element('h3', 'result-title');
  const link = element('a', 'result-link', restoreLigatures(joinElisions(data.meta.title ?? url.pathname), ligatures));
  link.href = url.pathname + url.search;
  title.append(link);
  const excerpt = element('p', 'result-excerpt');
  for (const part of parts) excerpt.append(part.match ? element('mark', undefined, part.text) : part.text);
  item.append(meta, title, excerpt);
  return item;
}

/** The filter checkboxes, one fieldset per filter, each value with its count of results in `lang`'s digits ("1 250", "1,250"); checking one searches again. */
export function filterFieldsets(groups: FilterGroup[], lang: Language): HTMLFieldSetElement[] {
  return groups.map((group) => {
    const fieldset = element('fieldset', 'filter');
    fieldset.append(element('legend', undefined, group.legend));
    for (const option of group.options) {
      const label = element('label', 'filter-option');
      const box = element('input');
      box.type = 'checkbox';
      box.name = group.key;
      box.value = option.value;
      box.checked = option.checked;
      label.append(
        box,
        element('span', undefined, option.value),
        element('span', 'count', `(${formatNumber(option.count, lang)})`),
      );
      fieldset.append(label);
    }
    return fieldset;
  });
}
