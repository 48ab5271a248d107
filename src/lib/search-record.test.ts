import { describe, expect, it } from 'vitest';
import { searchAttributes } from './search-record.ts';
import { fromIsoDay } from './dates.ts';

describe('searchAttributes', () => {
  it('gives an article its type, date, year and date sort key, one attribute each', () => {
    expect(searchAttributes({ type: 'news', date: fromIsoDay('2009-07-02') })).toEqual([
      { 'data-pagefind-meta': 'type:Actualité' },
      { 'data-pagefind-filter': 'type:Actualité' },
      { 'data-pagefind-sort': 'date:2009-07-02' },
      { 'data-pagefind-meta': 'date:2009-07-02' },
      { 'data-pagefind-filter': 'annee:2009' },
    ]);
  });

  it('gives a member its sectors and kind, and an undated sort key that comes last', () => {
    expect(
      searchAttributes({ type: 'member', filters: { secteur: ['Cinéma', 'Jeu vidéo'], structure: ['Entreprise'] } }),
    ).toEqual([
      { 'data-pagefind-meta': 'type:Membre' },
      { 'data-pagefind-filter': 'type:Membre' },
      { 'data-pagefind-sort': 'date:0000-00-00' },
      { 'data-pagefind-filter': 'secteur:Cinéma' },
      { 'data-pagefind-filter': 'secteur:Jeu vidéo' },
      { 'data-pagefind-filter': 'structure:Entreprise' },
    ]);
  });
});
