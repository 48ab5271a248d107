/**
 * What the search index knows about a page beyond its text: its type, date,
 * filters and sort key, written as Pagefind `data-pagefind-*` attributes.
 */
import { isoDay } from './dates.ts';

/** The kinds of indexed page, with the label shown in results and filters. */
export const searchTypes = {
  news: 'Actualité',
  member: 'Membre',
  call: 'Appel à projets',
  event: 'Événement',
  page: 'Page',
} as const;

type SearchType = keyof typeof searchTypes;

/** The filters of the search page, by key in the index, with their French names, in display order. */
export const searchFilters = {
  type: 'Type de contenu',
  secteur: 'Secteur',
  structure: 'Type de structure',
  annee: 'Année',
} as const;

export type SearchFilter = keyof typeof searchFilters;

export interface SearchRecord {
  type: SearchType;
  /** The day the entry is dated (article), opens (call) or starts (event): shown in results, filter « Année », sort key. */
  date?: Date | undefined;
  /** Values of the other filters (sectors, kind of structure). */
  filters?: Partial<Record<Exclude<SearchFilter, 'type' | 'annee'>, readonly string[]>>;
}

/** The sort key of pages without a date: they come last when results are sorted newest first. */
const undatedSortKey = '0000-00-00';

/**
 * One attribute per element: Pagefind reads one `key:value` per
 * `data-pagefind-filter`, `-meta` or `-sort` attribute.
 */
export function searchAttributes(record: SearchRecord): Record<string, string>[] {
  const label = searchTypes[record.type];
  const day = record.date ? isoDay(record.date) : undefined;
  const attributes: Record<string, string>[] = [
    { 'data-pagefind-meta': `type:${label}` },
    { 'data-pagefind-filter': `type:${label}` },
    { 'data-pagefind-sort': `date:${day ?? undatedSortKey}` },
  ];
  if (day) {
    attributes.push({ 'data-pagefind-meta': `date:${day}` }, { 'data-pagefind-filter': `annee:${day.slice(0, 4)}` });
  }
  for (const [key, values] of Object.entries(record.filters ?? {})) {
    for (const value of values) attributes.push({ 'data-pagefind-filter': `${key}:${value}` });
  }
  return attributes;
}
