/**
 * What the search index knows about a page beyond its text: its type, date,
 * filters and sort key, written as Pagefind `data-pagefind-*` attributes.
 */
import { isoDay } from './dates.ts';
import { searchStrings } from '../i18n/search.ts';
import type { Language } from '../i18n/strings.ts';

/** The kinds of indexed page, with the label shown in results and filters, in a language. */
export function searchTypes(lang: Language = 'fr') {
  const t = searchStrings[lang];
  return { news: t.typeNews, member: t.typeMember, call: t.typeCall, event: t.typeEvent, page: t.typePage } as const;
}

type SearchType = keyof ReturnType<typeof searchTypes>;

/** The filters of the search page, by key in the index, with their names in a language, in display order. */
export function searchFilters(lang: Language = 'fr') {
  const t = searchStrings[lang];
  return { type: t.filterType, secteur: t.filterSecteur, structure: t.filterStructure, annee: t.filterAnnee } as const;
}

export type SearchFilter = keyof ReturnType<typeof searchFilters>;

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
export function searchAttributes(record: SearchRecord, lang: Language = 'fr'): Record<string, string>[] {
  const label = searchTypes(lang)[record.type];
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
