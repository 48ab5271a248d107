import { describe, expect, it } from 'vitest';
import { agendaStrings } from './agenda.ts';
import { newsStrings } from './news.ts';
import { searchStrings } from './search.ts';

describe('counts', () => {
  it('take the plural in English for every number but one, zero included', () => {
    expect([0, 1, 2].map((n) => newsStrings.en.count(n))).toEqual([
      '0 articles in English, newest first.',
      '1 article in English, newest first.',
      '2 articles in English, newest first.',
    ]);
    expect([0, 1].map((n) => newsStrings.en.keywordsLede(n))).toEqual([
      '0 keywords, in alphabetical order.',
      '1 keyword, in alphabetical order.',
    ]);
    expect([0, 1].map((n) => agendaStrings.en.eventCount(n))).toEqual(['0 events', '1 event']);
    expect([0, 1].map((n) => searchStrings.en.found(n, '“x”', ''))).toEqual([
      '0 results for “x”.',
      '1 result for “x”.',
    ]);
  });

  it('take the singular in French for zero and one', () => {
    expect([0, 1, 2].map((n) => newsStrings.fr.count(n))).toEqual([
      '0 article, du plus récent au plus ancien.',
      '1 article, du plus récent au plus ancien.',
      '2 articles, du plus récent au plus ancien.',
    ]);
    expect([0, 1, 2].map((n) => agendaStrings.fr.eventCount(n))).toEqual([
      '0 événement',
      '1 événement',
      '2 événements',
    ]);
  });
});
