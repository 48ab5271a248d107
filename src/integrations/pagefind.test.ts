import { describe, expect, it } from 'vitest';
import { indexFileFor } from './pagefind.ts';

describe('indexFileFor', () => {
  const dir = '/site/dist/pagefind/';

  it('maps /pagefind/… to the index folder, whatever the query string', () => {
    expect(indexFileFor('/pagefind/pagefind.js?import', dir)).toBe('/site/dist/pagefind/pagefind.js');
    expect(indexFileFor('/pagefind/index/fr_1.pf_index', dir)).toBe('/site/dist/pagefind/index/fr_1.pf_index');
  });

  it('leaves other addresses to the dev server', () => {
    expect(indexFileFor('/recherche/', dir)).toBeUndefined();
    expect(indexFileFor('/membres/pagefind/pagefind.js', dir)).toBeUndefined();
  });

  it('never serves a file outside the index', () => {
    expect(indexFileFor('/pagefind/%2e%2e/%2e%2e/package.json', dir)).toBeUndefined();
    expect(indexFileFor('/pagefind/..%2f..%2fpackage.json', dir)).toBeUndefined();
    expect(indexFileFor('/pagefind/', dir)).toBeUndefined();
  });
});
