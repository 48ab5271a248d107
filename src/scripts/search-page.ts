/**
 * The search page: searches as the reader types, from the address on load
 * (`?q=…`, as sent by the header's form), keeps query, filters and order in
 * the address, announces the number of results, and lets the keyboard move
 * between the field and the results with the arrow keys. Pagefind is
 * loaded with the first letter typed (or the query in the address), not before.
 */
import './search-shortcut.ts';
import {
  filterGroups,
  pagefindOptions,
  readSearchState,
  writeSearchState,
  type SearchState,
} from '../lib/search-state.ts';
import { searchQuery } from '../lib/search-text.ts';
import type { SearchFilter } from '../lib/search-record.ts';
import { loadPagefind, MissingIndexError, type PagefindResponse, type PagefindResult } from './pagefind-client.ts';
import { filterFieldsets, resultItem } from './search-results.ts';
import { searchStrings } from '../i18n/search.ts';
import { isLanguage } from '../i18n/strings.ts';

/** The page's language, from `<html lang>`: messages, filters and dates in it. */
const pageLang = document.documentElement.lang;
const lang = isLanguage(pageLang) ? pageLang : 'fr';
const t = searchStrings[lang];

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 200;
/** How many letters of the last word start a search before the reader pauses (see the `input` listener). */
const EARLY_LETTERS = 3;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) setUp(root);

function setUp(root: HTMLElement): void {
  // The page's markup is fixed: a missing part is a bug of the page, not a case to handle.
  function part<T extends Element>(selector: string, type: abstract new () => T): T {
    const found = root.querySelector(selector);
    if (!(found instanceof type)) throw new Error(`Recherche : élément ${selector} absent de la page`);
    return found;
  }
  const form = part('form[role="search"]', HTMLFormElement);
  const input = part('input[name="q"]', HTMLInputElement);
  const status = part('[data-search-status]', HTMLElement);
  const area = part('[data-search-area]', HTMLElement);
  const refine = part('[data-search-refine]', HTMLDetailsElement);
  const filtersBox = part('[data-search-filters]', HTMLElement);
  const sortSelect = part('[data-search-sort]', HTMLSelectElement);
  const list = part('[data-search-results]', HTMLOListElement);
  const more = part('[data-search-more]', HTMLButtonElement);
  const browse = root.querySelector<HTMLElement>('[data-search-browse]');
  const order = JSON.parse(root.dataset.filterOrder ?? '{}') as Partial<Record<SearchFilter, string[]>>;
  const pageTitle = document.title;

  let state: SearchState = readSearchState(new URLSearchParams(location.search));
  let searchId = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: PagefindResult[] = [];
  let words: string[] = [];
  /** The last search asked of Pagefind, by query and options: started at the key, shown after the pause. */
  let started: { key: string; response: Promise<PagefindResponse> } | undefined;

  /** What Pagefind is asked for `searched`: its query and options, as one string. */
  const searchKey = (searched: SearchState) => JSON.stringify([searchQuery(searched.query), pagefindOptions(searched)]);

  /**
   * Pagefind's answer for `searched`: the search started when its last letter was typed (or its
   * filter ticked), else a new one. Rejects as `loadPagefind` and Pagefind's `search` do.
   */
  function answer(searched: SearchState): Promise<PagefindResponse> {
    const key = searchKey(searched);
    if (started?.key === key) return started.response;
    const response = loadPagefind().then((pagefind) =>
      pagefind.search(searchQuery(searched.query), pagefindOptions(searched)),
    );
    started = { key, response };
    response.then(
      ({ results }) => {
        // While the reader has typed nothing more, the excerpts of the first results load too
        // (Pagefind keeps them): those of a word's first letters are nearly always the word's.
        if (searchKey(state) === key)
          for (const result of results.slice(0, PAGE_SIZE)) result.data().catch(() => undefined);
      },
      () => {
        // A search that failed is asked again next time (`loadPagefind` tries again).
        if (started?.response === response) started = undefined;
      },
    );
    return response;
  }

  /** The search Pagefind computes for a key, and the state of the last key typed since. */
  let computing: Promise<unknown> | undefined;
  let next: SearchState | undefined;

  /**
   * Starts Pagefind's search for `typed` (see `answer`) unless it is computing another: it then
   * takes the last key's state once done. Pagefind computes one search after another, and a
   * search for each key behind a slow one would hold up the search of the whole word.
   */
  function searchEarly(typed: SearchState): void {
    if (computing) {
      next = typed;
      return;
    }
    computing = answer(typed)
      .catch(() => undefined)
      .then(() => {
        computing = undefined;
        const waiting = next;
        next = undefined;
        if (waiting) searchEarly(waiting);
      });
  }

  input.value = state.query;
  sortSelect.value = state.sort;

  // Filters open beside the results on wide screens, folded above them on phones.
  const wide = matchMedia('(min-width: 56rem)');
  const fold = () => (refine.open = wide.matches || refine.open);
  wide.addEventListener('change', fold);
  fold();

  function say(message: string): void {
    if (status.textContent !== message) status.textContent = message;
  }

  function unavailable(error: unknown): void {
    area.hidden = true;
    // No room to keep for results: the sections' list takes it.
    delete document.documentElement.dataset.query;
    if (browse) browse.dataset.shown = '';
    say(error instanceof MissingIndexError && import.meta.env.DEV ? t.noIndex : t.unavailable);
    console.error(error);
  }

  function saveState(): void {
    const params = writeSearchState(state).toString();
    history.replaceState(null, '', params ? `?${params}` : location.pathname);
    document.title = state.query ? `${t.quoted(state.query)} – ${pageTitle}` : pageTitle;
    // The link to the other language's search page searches the same words there.
    const other = root.querySelector<HTMLAnchorElement>('[data-search-other-language]');
    if (other) other.search = state.query ? `?${new URLSearchParams({ q: state.query }).toString()}` : '';
  }

  /** Shows the next results: in place of the previous ones for a new search, else after them. */
  async function showMore(next: 'replace' | 'append'): Promise<void> {
    const batch = pending.splice(0, PAGE_SIZE);
    const id = searchId;
    const items = await Promise.all(batch.map(async (result) => resultItem(await result.data(), words, lang)));
    if (id !== searchId) return;
    if (next === 'replace') list.replaceChildren(...items);
    else list.append(...items);
    more.hidden = pending.length === 0;
    if (next === 'append') items[0]?.querySelector('a')?.focus();
  }

  async function search(): Promise<void> {
    const id = ++searchId;
    saveState();
    if (!state.query) {
      area.hidden = true;
      list.replaceChildren();
      if (browse) {
        browse.hidden = false;
        browse.dataset.shown = '';
      }
      say('');
      return;
    }
    let response;
    try {
      response = await answer(state);
    } catch (error) {
      if (id === searchId) unavailable(error);
      return;
    }
    if (id !== searchId) return;

    const total = response.results.length;
    words = searchQuery(state.query)
      .split(' ')
      .filter((word) => word.length > 1);
    pending = [...response.results];
    filtersBox.replaceChildren(
      ...filterFieldsets(filterGroups(response.totalFilters, state, response.unfilteredResultCount, order, lang), lang),
    );
    await showMore('replace');
    if (id !== searchId) return;
    area.hidden = false;
    // Nothing to sort or narrow, unless filters are what left no result.
    refine.hidden = total === 0 && !Object.values(state.filters).some((values) => values.length);
    if (browse) {
      browse.hidden = total > 0;
      browse.dataset.shown = '';
    }

    const quoted = t.quoted(state.query);
    const filtered = total !== response.unfilteredResultCount ? t.withoutFilters(response.unfilteredResultCount) : '';
    say(total === 0 ? t.none(quoted, filtered) : t.found(total, quoted, filtered));
  }

  function searchSoon(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), DEBOUNCE_MS);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state = { ...state, query: input.value.trim() };
    void search();
  });

  input.addEventListener('input', () => {
    state = { ...state, query: input.value.trim() };
    // Pagefind loads with the first letter, and searches at each key from the third letter of the
    // last word on, while the reader types the next one (see `answer`): the pause only decides
    // when to show the results, which are then ready. A search costs the parts of the index that
    // hold the words beginning with what is typed: from three letters on, nearly always those of
    // the whole word; for one or two letters, many more, and a long search that would hold up the next.
    const query = searchQuery(state.query);
    if (query) loadPagefind().catch(() => undefined);
    if ((query.split(' ').at(-1) ?? '').length >= EARLY_LETTERS) searchEarly(state);
    searchSoon();
  });

  filtersBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const key = box.name as SearchFilter;
    const values = new Set(state.filters[key] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    state = { ...state, filters: { ...state.filters, [key]: [...values] } };
    void search().then(() =>
      filtersBox.querySelector<HTMLInputElement>(`input[name="${key}"][value="${CSS.escape(box.value)}"]`)?.focus(),
    );
  });

  sortSelect.addEventListener('change', () => {
    state = { ...state, sort: sortSelect.value === 'date' ? 'date' : 'pertinence' };
    void search();
  });

  more.addEventListener('click', () => void showMore('append'));

  // Arrow keys: from the field down into the results, between results, and back up to the field.
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(event.target as HTMLAnchorElement);
    if (index < 0) return;
    let target: HTMLElement | undefined;
    if (event.key === 'ArrowDown') target = all[index + 1];
    else if (event.key === 'ArrowUp') target = index === 0 ? input : all[index - 1];
    else if (event.key === 'Escape') target = input;
    if (!target) return;
    event.preventDefault();
    target.focus();
  });

  // The reader came here to search: the field has the focus, and Pagefind loads with the first query.
  input.focus();
  if (state.query) void search();
}
