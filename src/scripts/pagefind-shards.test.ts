import { describe, expect, it } from 'vitest';
import type { Pagefind, PagefindResponse } from './pagefind-client.ts';
import { mergedResponse, shardedPagefind, withoutVocabulary } from './pagefind-shards.ts';

/** A result that says which page it is; `data` is never read here. */
const result = (id: string, score: number) => ({ id, score, data: () => Promise.reject(new Error('not loaded')) });

// Two shards of one language: the first holds the newer pages (2010), the second the older (2009).
const newer: PagefindResponse = {
  results: [result('2010-03', 0.4), result('2010-01', 0.9)],
  unfilteredResultCount: 3,
  totalFilters: { annee: { '2010': 3 }, type: { Actualité: 2, Événement: 1 } },
};
const older: PagefindResponse = {
  results: [result('2009-12', 0.7), result('2009-07', 0.2), result('2009-02', 0.95)],
  unfilteredResultCount: 4,
  totalFilters: { annee: { '2009': 4 }, type: { Actualité: 3, 'Appel à projets': 1 } },
};
const ids = (response: PagefindResponse) => response.results.map((r) => r.id);

describe('mergedResponse', () => {
  it('orders the results of all shards by decreasing score for relevance', () => {
    expect(ids(mergedResponse([newer, older]))).toEqual(['2009-02', '2010-01', '2009-12', '2010-03', '2009-07']);
    expect(ids(mergedResponse([newer, older], {}))).toEqual(['2009-02', '2010-01', '2009-12', '2010-03', '2009-07']);
  });

  it('keeps each shard’s order, newest shard first, sorted by date', () => {
    expect(ids(mergedResponse([newer, older], { date: 'desc' }))).toEqual([
      '2010-03',
      '2010-01',
      '2009-12',
      '2009-07',
      '2009-02',
    ]);
    expect(ids(mergedResponse([newer, older], { date: 'asc' }))).toEqual([
      '2009-12',
      '2009-07',
      '2009-02',
      '2010-03',
      '2010-01',
    ]);
  });

  it('adds up the counts, filter by filter and value by value', () => {
    const merged = mergedResponse([newer, older]);
    expect(merged.unfilteredResultCount).toBe(7);
    expect(merged.totalFilters).toEqual({
      annee: { '2010': 3, '2009': 4 },
      type: { Actualité: 5, Événement: 1, 'Appel à projets': 1 },
    });
    // The shards' own answers are left as they were.
    expect(newer.totalFilters.type).toEqual({ Actualité: 2, Événement: 1 });
  });

  it('refuses a sort the shards’ order cannot give', () => {
    expect(() => mergedResponse([newer, older], { title: 'asc' })).toThrow(/tri par title/);
  });
});

describe('withoutVocabulary', () => {
  it('leaves out the shard’s vocabulary record and does not count it', () => {
    const answer = { ...older, results: [result('vocabulaire', 0.99), ...older.results], unfilteredResultCount: 4 };
    const cleaned = withoutVocabulary(answer, 'vocabulaire');
    expect(ids(cleaned)).toEqual(['2009-12', '2009-07', '2009-02']);
    expect(cleaned.unfilteredResultCount).toBe(3);
    expect(cleaned.totalFilters).toEqual(older.totalFilters);
  });

  it('counts the results without filters from the answer without them', () => {
    const withFilter = { ...older, results: [result('2009-12', 0.7)], unfilteredResultCount: 4 };
    const withoutFilter = { ...older, results: [result('vocabulaire', 0.99), ...older.results] };
    expect(withoutVocabulary(withFilter, 'vocabulaire', withoutFilter).unfilteredResultCount).toBe(3);
    // A shard where a word matched a page but not the record: nothing to take off.
    expect(withoutVocabulary(withFilter, 'vocabulaire', older).unfilteredResultCount).toBe(3);
  });

  it('answers nothing where the record was the only match (a word of other shards only)', () => {
    const cleaned = withoutVocabulary(
      { results: [result('vocabulaire', 0.5)], unfilteredResultCount: 1, totalFilters: {} },
      'vocabulaire',
    );
    expect(cleaned).toEqual({ results: [], unfilteredResultCount: 0, totalFilters: {} });
  });
});

describe('shardedPagefind', () => {
  /** A shard that answers with `response` and records what it was asked. */
  function shard(response: PagefindResponse, filters: PagefindResponse['totalFilters']) {
    const calls: string[] = [];
    const pagefind: Pagefind = {
      options: (options) => Promise.resolve(void calls.push(`options ${JSON.stringify(options)}`)),
      init: () => Promise.resolve(void calls.push('init')),
      filters: () => Promise.resolve(filters),
      search: (query, options) => Promise.resolve((calls.push(`search ${query} ${JSON.stringify(options)}`), response)),
    };
    return { pagefind, calls };
  }

  it('passes options, init and every search to each shard, and answers as one index', async () => {
    // Each shard answers with its vocabulary record among its results.
    const first = shard(
      { ...newer, results: [...newer.results, result('vocabulaire-1', 0.1)], unfilteredResultCount: 4 },
      { type: { Actualité: 10 } },
    );
    const second = shard(
      { ...older, results: [result('vocabulaire-2', 0.99), ...older.results], unfilteredResultCount: 5 },
      { type: { Actualité: 4, Événement: 2 } },
    );
    const index = shardedPagefind([
      { index: first.pagefind, vocabulary: 'vocabulaire-1' },
      { index: second.pagefind, vocabulary: 'vocabulaire-2' },
    ]);
    await index.options({ excerptLength: 26 });
    await index.init();
    expect(await index.filters()).toEqual({ type: { Actualité: 14, Événement: 2 } });
    const response = await index.search('image', { filters: {}, sort: { date: 'desc' } });
    expect(ids(response)).toEqual(['2010-03', '2010-01', '2009-12', '2009-07', '2009-02']);
    expect(response.unfilteredResultCount).toBe(5);
    for (const { calls } of [first, second]) {
      expect(calls).toEqual([
        'options {"excerptLength":26}',
        'init',
        'search image {"filters":{},"sort":{"date":"desc"}}',
      ]);
    }
  });

  it('counts the results without filters from one more search without them, when the reader filters', async () => {
    const first = shard({ ...newer, results: [result('vocabulaire-1', 0.1), ...newer.results] }, {});
    const index = shardedPagefind([{ index: first.pagefind, vocabulary: 'vocabulaire-1' }]);
    const response = await index.search('image', { filters: { type: { any: ['Actualité'] } } });
    expect(first.calls).toEqual([
      'search image {"filters":{"type":{"any":["Actualité"]}}}',
      'search image {"sort":{}}',
    ]);
    expect(response.unfilteredResultCount).toBe(2);
  });
});
