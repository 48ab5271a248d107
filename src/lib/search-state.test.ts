import { describe, expect, it } from 'vitest';
import { filterGroups, pagefindOptions, readSearchState, writeSearchState } from './search-state.ts';

describe('readSearchState', () => {
  it('reads the query, the known filters and the order from the address', () => {
    const state = readSearchState(
      new URLSearchParams('q=+Ankama+&type=Membre&type=Actualit%C3%A9&type=Membre&inconnu=x&tri=date'),
    );
    expect(state).toEqual({ query: 'Ankama', filters: { type: ['Membre', 'Actualité'] }, sort: 'date' });
  });

  it('defaults to no query, no filter and relevance', () => {
    expect(readSearchState(new URLSearchParams(''))).toEqual({ query: '', filters: {}, sort: 'pertinence' });
  });
});

describe('writeSearchState', () => {
  it('writes what readSearchState reads, and nothing for the defaults', () => {
    const state = { query: 'jeu vidéo', filters: { secteur: ['Jeu vidéo'], annee: ['2009'] }, sort: 'date' as const };
    const params = writeSearchState(state);
    expect(params.toString()).toBe('q=jeu+vid%C3%A9o&secteur=Jeu+vid%C3%A9o&annee=2009&tri=date');
    expect(readSearchState(params)).toEqual(state);
    expect(writeSearchState({ query: '', filters: {}, sort: 'pertinence' }).toString()).toBe('');
  });
});

describe('pagefindOptions', () => {
  it('makes values of one filter alternatives, and sorts newest first by date', () => {
    expect(pagefindOptions({ query: 'x', filters: { type: ['Membre', 'Page'], secteur: [] }, sort: 'date' })).toEqual({
      filters: { type: { any: ['Membre', 'Page'] } },
      sort: { date: 'desc' },
    });
    expect(pagefindOptions({ query: 'x', filters: {}, sort: 'pertinence' }).sort).toEqual({});
  });
});

describe('filterGroups', () => {
  const counts = {
    type: { Membre: 1, Actualité: 1, 'Appel à projets': 0 },
    annee: { '2008': 1, '2009': 1 },
    structure: { Entreprise: 1 },
  };
  const order = { type: ['Actualité', 'Appel à projets', 'Membre', 'Page'] };

  it('lists values with results, in the site’s order, years newest first', () => {
    const groups = filterGroups(counts, { query: 'x', filters: {}, sort: 'pertinence' }, 2, order);
    expect(groups.map((g) => [g.legend, g.options.map((o) => `${o.value} (${o.count})`)])).toEqual([
      ['Type de contenu', ['Actualité (1)', 'Membre (1)']],
      ['Type de structure', ['Entreprise (1)']],
      ['Année', ['2009 (1)', '2008 (1)']],
    ]);
  });

  it('leaves out a filter that cannot narrow the results, unless it is checked', () => {
    const state = { query: 'x', filters: {}, sort: 'pertinence' as const };
    expect(filterGroups({ structure: { Entreprise: 1 } }, state, 1).map((g) => g.key)).toEqual([]);
    const checked = { ...state, filters: { structure: ['Entreprise'], secteur: ['Cinéma'] } };
    const groups = filterGroups({ structure: { Entreprise: 1 } }, checked, 1);
    expect(groups.map((g) => [g.key, g.options])).toEqual([
      ['secteur', [{ value: 'Cinéma', count: 0, checked: true }]],
      ['structure', [{ value: 'Entreprise', count: 1, checked: true }]],
    ]);
  });
});
