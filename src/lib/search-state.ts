/**
 * The state of the search page — query, filters, order — kept in its
 * address (`/recherche/?q=Ankama&type=Membre&tri=date`), so that a search
 * can be bookmarked, shared and reached from the header's plain form.
 */
import { searchFilters, type SearchFilter } from './search-record.ts';
import type { Language } from '../i18n/strings.ts';

type SearchSort = 'pertinence' | 'date';

export interface SearchState {
  query: string;
  /** Checked values of each filter; values of one filter are alternatives. */
  filters: Partial<Record<SearchFilter, string[]>>;
  sort: SearchSort;
}

const filterKeys = Object.keys(searchFilters()) as SearchFilter[];

export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of filterKeys) {
    const values = [...new Set(params.getAll(key).filter(Boolean))];
    if (values.length) filters[key] = values;
  }
  return { query: params.get('q')?.trim() ?? '', filters, sort: params.get('tri') === 'date' ? 'date' : 'pertinence' };
}

export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of filterKeys) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort === 'date') params.set('tri', 'date');
  return params;
}

/** The options of `pagefind.search()` for a state. */
export function pagefindOptions(state: SearchState): {
  filters: Record<string, { any: string[] }>;
  sort: Record<string, 'asc' | 'desc'>;
} {
  const filters: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(state.filters)) if (values.length) filters[key] = { any: values };
  return { filters, sort: state.sort === 'date' ? { date: 'desc' } : {} };
}

interface FilterOption {
  value: string;
  count: number;
  checked: boolean;
}

export interface FilterGroup {
  key: SearchFilter;
  legend: string;
  options: FilterOption[];
}

/**
 * The filters worth showing for a query: Pagefind's count of results for
 * each value, in the site's order (years newest first); a filter that
 * cannot narrow the results is left out unless it is checked.
 */
export function filterGroups(
  counts: Record<string, Record<string, number>>,
  state: SearchState,
  total: number,
  order: Partial<Record<SearchFilter, readonly string[]>> = {},
  lang: Language = 'fr',
): FilterGroup[] {
  const legends = searchFilters(lang);
  return filterKeys.flatMap((key) => {
    const checked = state.filters[key] ?? [];
    const known = order[key] ?? [];
    const rank = (value: string) => (known.includes(value) ? known.indexOf(value) : known.length);
    const values = new Set([...Object.keys(counts[key] ?? {}), ...checked]);
    const options = [...values]
      .map((value) => ({ value, count: counts[key]?.[value] ?? 0, checked: checked.includes(value) }))
      .filter((option) => option.count > 0 || option.checked)
      .sort((a, b) =>
        key === 'annee'
          ? b.value.localeCompare(a.value)
          : rank(a.value) - rank(b.value) || a.value.localeCompare(b.value, 'fr'),
      );
    const narrows = options.some((option) => option.count < total) || options.length > 1;
    return options.length && (narrows || checked.length) ? [{ key, legend: legends[key], options }] : [];
  });
}
