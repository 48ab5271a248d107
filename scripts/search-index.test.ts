import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite, mergedEntry, htmlLanguage } from './search-index.ts';

describe('indexSite', () => {
  const work = mkdtempSync(join(tmpdir(), 'pagefind-test-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** Writes a built page, `file` being its path in the site `site` of the work folder. */
  const page = (site: string, file: string, html: string) => {
    mkdirSync(dirname(join(work, site, file)), { recursive: true });
    writeFileSync(join(work, site, file), html);
  };
  const indexed = (lang: string, text: string) =>
    `<html lang="${lang}"><body><main data-pagefind-body>${text}</main></body></html>`;

  it('fails, in French, when no page has content to index', async () => {
    const site = join(work, 'empty');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), '<html lang="fr"><body><p data-pagefind-ignore>Rien</p></body></html>');
    await expect(indexSite(site)).rejects.toThrow(/aucune page à indexer/);
  });

  it('fails when the index cannot be written', async () => {
    const site = join(work, 'blocked');
    page('blocked', 'index.html', indexed('fr', 'Texte'));
    // A file where the index folder should go.
    writeFileSync(join(site, 'pagefind'), '');
    await expect(indexSite(site)).rejects.toThrow(/Recherche\u00a0: impossible d’écrire .*pagefind/);
  });

  it('indexes the pages that have a data-pagefind-body', async () => {
    const site = join(work, 'ok');
    page('ok', 'a/index.html', indexed('fr', 'l’image'));
    page('ok', 'index.html', '<html lang="fr"><body><main>Accueil</main></body></html>');
    await expect(indexSite(site)).resolves.toEqual({ pages: 1 });
    // Only what the site's own search page uses is published.
    expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(site, 'pagefind/pagefind-ui.js'))).toBe(false);
    // The pages prepared for the indexer are not left in the site.
    expect(existsSync(join(site, '.pagefind-pages'))).toBe(false);
  });

  it('indexes every page of a site, each language apart', async () => {
    const site = join(work, 'large');
    for (let n = 1; n <= 70; n++)
      page('large', `actualites/${String(n)}/index.html`, indexed('fr', `Article numéro ${String(n)}`));
    for (const n of [1, 2, 3])
      page('large', `en/news/${String(n)}/index.html`, indexed('en', `Article number ${String(n)}`));
    await expect(indexSite(site)).resolves.toEqual({ pages: 73 });
    const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(
      Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count])),
    ).toEqual({ fr: 70, en: 3 });
  });

  it('fails rather than waits forever when Pagefind does not answer in time', async () => {
    // A site of its own: the test must not depend on another test having run before it.
    const site = join(work, 'slow');
    page('slow', 'index.html', indexed('fr', 'Texte'));
    await expect(indexSite(site, 1)).rejects.toThrow(/Pagefind n’a pas fini/);
  });
});

describe('htmlLanguage', () => {
  it('reads the language of the <html> tag, as Pagefind does, and says unknown without one', () => {
    expect(htmlLanguage('<!DOCTYPE html><html lang="en" dir="ltr"><head></head>')).toBe('en');
    expect(htmlLanguage('<html data-theme="x" lang=fr>')).toBe('fr');
    expect(htmlLanguage('<HTML LANG="FR">')).toBe('fr');
    expect(htmlLanguage('<html><body lang="en">')).toBe('unknown');
  });
});

describe('mergedEntry', () => {
  it('gathers the languages of indexes written one after another, in alphabetical order', () => {
    const fr = {
      version: '1.6.0',
      languages: { fr: { hash: 'fr_7a99', wasm: 'fr', page_count: 70 } },
      include_characters: ['_'],
    };
    const en = {
      version: '1.6.0',
      languages: { en: { hash: 'en_8493', wasm: 'en', page_count: 3 } },
      include_characters: ['_'],
    };
    expect(JSON.stringify(mergedEntry([fr, en]))).toBe(
      '{"version":"1.6.0","languages":{"en":{"hash":"en_8493","wasm":"en","page_count":3},"fr":{"hash":"fr_7a99","wasm":"fr","page_count":70}},"include_characters":["_"]}',
    );
  });
});
