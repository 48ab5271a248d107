import { describe, expect, it } from 'vitest';
import { pagefindPart } from './search-query.ts';

describe('pagefindPart', () => {
  it('sorts the files a search downloads by what they are, in the main index and in a shard', () => {
    expect(pagefindPart('/pagefind/pagefind.js')).toBe('script et worker de Pagefind');
    expect(pagefindPart('/pagefind/pagefind-worker.js')).toBe('script et worker de Pagefind');
    expect(pagefindPart('/pagefind/wasm.fr.pagefind')).toBe('WebAssembly');
    expect(pagefindPart('/pagefind/shard-fr-2/wasm.fr.pagefind')).toBe('WebAssembly');
    expect(pagefindPart('/pagefind/index/fr_8d6347f.pf_index')).toBe('index des mots');
    expect(pagefindPart('/pagefind/shard-fr-3/filter/fr_58d5c34.pf_filter')).toBe('filtres');
    expect(pagefindPart('/pagefind/fragment/fr_1a2b3c4.pf_fragment')).toBe('extraits des résultats');
    expect(pagefindPart('/pagefind/pagefind-entry.json')).toBe('métadonnées (entrée, liste des parties, méta)');
    expect(pagefindPart('/pagefind/pagefind.fr_4aaca7945f.pf_meta')).toBe(
      'métadonnées (entrée, liste des parties, méta)',
    );
  });
});
