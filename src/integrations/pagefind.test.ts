import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexFileFor, indexSite } from './pagefind.ts';

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

describe('indexSite', () => {
  const work = mkdtempSync(join(tmpdir(), 'pagefind-test-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('fails, in French, when no page has content to index', async () => {
    const site = join(work, 'empty');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), '<html lang="fr"><body><p data-pagefind-ignore>Rien</p></body></html>');
    await expect(indexSite(site)).rejects.toThrow(/aucune page à indexer/);
  });

  it('fails when the index cannot be written', async () => {
    const site = join(work, 'blocked');
    mkdirSync(site);
    writeFileSync(
      join(site, 'index.html'),
      '<html lang="fr"><body><main data-pagefind-body>Texte</main></body></html>',
    );
    // A file where the index folder should go.
    writeFileSync(join(site, 'pagefind'), '');
    await expect(indexSite(site)).rejects.toThrow(/Recherche\u00a0: impossible d’écrire .*pagefind/);
  });

  it('indexes the pages that have a data-pagefind-body', async () => {
    const site = join(work, 'ok');
    mkdirSync(join(site, 'a'), { recursive: true });
    writeFileSync(
      join(site, 'a/index.html'),
      '<html lang="fr"><body><main data-pagefind-body>l’image</main></body></html>',
    );
    writeFileSync(join(site, 'index.html'), '<html lang="fr"><body><main>Accueil</main></body></html>');
    await expect(indexSite(site)).resolves.toEqual({ pages: 1 });
    // Only what the site's own search page uses is published.
    expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(site, 'pagefind/pagefind-ui.js'))).toBe(false);
  });

  it('fails rather than waits forever when Pagefind does not answer in time', async () => {
    // A site of its own: the test must not depend on another test having run before it.
    const site = join(work, 'slow');
    mkdirSync(site);
    writeFileSync(
      join(site, 'index.html'),
      '<html lang="fr"><body><main data-pagefind-body>Texte</main></body></html>',
    );
    await expect(indexSite(site, 1)).rejects.toThrow(/Pagefind n’a pas fini/);
  });
});
