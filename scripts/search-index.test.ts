import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite, mergedEntry, shardsOf } from './search-index.ts';
import { htmlLanguage, pageTokens, sortDate } from './search-pages.ts';

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
    await expect(indexSite(site)).resolves.toEqual({ pages: 1, shards: {} });
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
    await expect(indexSite(site)).resolves.toEqual({ pages: 73, shards: {} });
    const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(
      Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count])),
    ).toEqual({ fr: 70, en: 3 });
  });

  it('splits a language of more pages than shardPages into shards of consecutive dates, listed for the search page', async () => {
    const site = join(work, 'sharded');
    const dated = (lang: string, day: string, text: string) =>
      `<html lang="${lang}"><body><main data-pagefind-body data-pagefind-sort="date:${day}">${text}</main></body></html>`;
    // Seven French pages of 1 to 7 July, and two English ones.
    for (let day = 1; day <= 7; day++) {
      page(
        'sharded',
        `actualites/${String(day)}/index.html`,
        dated('fr', `2009-07-0${String(day)}`, `Jour ${String(day)}`),
      );
    }
    for (const n of [1, 2])
      page('sharded', `en/news/${String(n)}/index.html`, dated('en', `2009-07-0${String(n)}`, 'Day'));
    // Nine pages: the vocabulary record of each shard is not counted.
    const { pages, shards } = await indexSite(site, { shardPages: 3 });
    expect(pages).toBe(9);
    expect(Object.keys(shards)).toEqual(['fr']);
    expect(shards.fr?.map((shard) => shard.path)).toEqual(['', 'shard-fr-2/', 'shard-fr-3/']);
    for (const shard of shards.fr ?? []) expect(shard.vocabulary).toMatch(/^fr_[0-9a-f]+$/);
    const read = (file: string) => JSON.parse(readFileSync(join(site, 'pagefind', file), 'utf8')) as unknown;
    expect(read('pagefind-shards.json')).toEqual(shards);
    // Three shards of 2, 2 and 3 pages, each with its vocabulary record: the main index holds the newest two, 7 and 6 July.
    const counts = (file: string) => (read(file) as { languages: Record<string, { page_count: number }> }).languages;
    expect(counts('pagefind-entry.json')).toMatchObject({ fr: { page_count: 3 }, en: { page_count: 2 } });
    expect(Object.keys(counts('shard-fr-2/pagefind-entry.json'))).toEqual(['fr']);
    expect(counts('shard-fr-2/pagefind-entry.json').fr?.page_count).toBe(3);
    expect(Object.keys(counts('shard-fr-3/pagefind-entry.json'))).toEqual(['fr']);
    expect(counts('shard-fr-3/pagefind-entry.json').fr?.page_count).toBe(4);
    // The pages of each index, from its fragments (gzip, then Pagefind's marker and JSON).
    const urls = (folder: string) =>
      readdirSync(join(site, 'pagefind', folder, 'fragment'))
        .map((name) => gunzipSync(readFileSync(join(site, 'pagefind', folder, 'fragment', name))).toString('utf8'))
        .map((text) => (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url)
        .toSorted();
    expect(urls('')).toEqual([
      '/actualites/6/',
      '/actualites/7/',
      '/en/news/1/',
      '/en/news/2/',
      '/pagefind/vocabulaire/',
    ]);
    expect(urls('shard-fr-2')).toEqual(['/actualites/4/', '/actualites/5/', '/pagefind/vocabulaire/']);
    expect(urls('shard-fr-3')).toEqual([
      '/actualites/1/',
      '/actualites/2/',
      '/actualites/3/',
      '/pagefind/vocabulaire/',
    ]);
    // The ids listed are those of the vocabulary records, which hold the words of every shard.
    for (const { path, vocabulary: id } of shards.fr ?? []) {
      const text = gunzipSync(readFileSync(join(site, 'pagefind', path, 'fragment', `${id}.pf_fragment`))).toString(
        'utf8',
      );
      expect(text).toContain('"url":"/pagefind/vocabulaire/"');
      expect(text).toMatch(/jour 1 jour 2 jour 3 jour 4 jour 5 jour 6 jour 7|1 2 3 4 5 6 7 jour/);
    }
    // A shard takes Pagefind's script, worker and other languages' WebAssembly from the main index
    // (these pages have no filter, so no filter folder either).
    expect(readdirSync(join(site, 'pagefind/shard-fr-2')).toSorted()).toEqual([
      'fragment',
      'index',
      'pagefind-entry.json',
      expect.stringMatching(/^pagefind\.fr_[0-9a-f]+\.pf_meta$/),
      'wasm.fr.pagefind',
    ]);
    expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
    // The search page's code for shards, as JavaScript that needs nothing else.
    const script = readFileSync(join(site, 'pagefind/pagefind-shards.js'), 'utf8');
    expect(script).toMatch(/export function shardedPagefind\(shards\s*\)\s*\{/);
    expect(script).not.toMatch(/^\s*import\s|: Pagefind|interface /m);
  });

  it('writes an empty list of shards when no language is split, and no code for shards', () => {
    expect(JSON.parse(readFileSync(join(work, 'large/pagefind/pagefind-shards.json'), 'utf8'))).toEqual({});
    expect(existsSync(join(work, 'large/pagefind/pagefind-shards.js'))).toBe(false);
  });

  it('leaves no shard of an index written before in the same folder', async () => {
    const site = join(work, 'resharded');
    for (let n = 1; n <= 6; n++)
      page('resharded', `actualites/${String(n)}/index.html`, indexed('fr', `Article ${String(n)}`));
    const paths = async (shardPages: number) =>
      (await indexSite(site, { shardPages })).shards.fr?.map((shard) => shard.path);
    expect(await paths(2)).toEqual(['', 'shard-fr-2/', 'shard-fr-3/']);
    expect(await paths(4)).toEqual(['', 'shard-fr-2/']);
    expect(readdirSync(join(site, 'pagefind')).filter((name) => name.startsWith('shard-'))).toEqual(['shard-fr-2']);
  });

  it('writes the same index whether one thread or several prepare the pages', async () => {
    const pagefindFiles = (site: string) =>
      readdirSync(join(site, 'pagefind'), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const path = join(entry.parentPath, entry.name);
          return `${path.slice(site.length)} ${readFileSync(path).toString('base64')}`;
        })
        .toSorted();
    const written = async (name: string, threads: number) => {
      for (let n = 1; n <= 9; n++) {
        page(name, `actualites/${String(n)}/index.html`, indexed('fr', `Article ${String(n)} numéro${String(n)}`));
      }
      page(name, 'en/news/1/index.html', indexed('en', 'News one'));
      page(name, 'liste/index.html', '<!DOCTYPE html><html lang="fr"><body><p>Liste</p></body></html>');
      const { pages, shards } = await indexSite(join(work, name), { shardPages: 4, threads });
      return { pages, shards, files: pagefindFiles(join(work, name)) };
    };
    const one = await written('one-thread', 1);
    const three = await written('three-threads', 3);
    expect(one.pages).toBe(10);
    expect(one.shards.fr).toHaveLength(3);
    expect(three).toEqual(one);
  });

  it('fails rather than waits forever when Pagefind does not answer in time', async () => {
    // A site of its own: the test must not depend on another test having run before it.
    const site = join(work, 'slow');
    page('slow', 'index.html', indexed('fr', 'Texte'));
    await expect(indexSite(site, { deadlineMs: 1 })).rejects.toThrow(/Pagefind n’a pas fini en 0,001\u00a0s/);
  });

  it('writes nothing more once it has failed for lack of time', async () => {
    const site = join(work, 'late');
    for (let n = 1; n <= 30; n++)
      page('late', `actualites/${String(n)}/index.html`, indexed('fr', `Article ${String(n)}`));
    await expect(indexSite(site, { deadlineMs: 50, shardPages: 2 })).rejects.toThrow(/Pagefind n’a pas fini/);
    const written = () => (existsSync(join(site, 'pagefind')) ? readdirSync(join(site, 'pagefind')).toSorted() : []);
    const atFailure = written();
    await new Promise((done) => setTimeout(done, 1500));
    expect(written()).toEqual(atFailure);
    expect(atFailure).not.toContain('pagefind-shards.json');
    expect(existsSync(join(site, '.pagefind-pages'))).toBe(false);
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

describe('sortDate', () => {
  it('reads the date a page is sorted by, and gives an empty string without one', () => {
    expect(sortDate('<article data-pagefind-body data-pagefind-sort="date:2009-07-02">')).toBe('2009-07-02');
    expect(sortDate("<p DATA-PAGEFIND-SORT='date:0000-00-00'>")).toBe('0000-00-00');
    expect(sortDate('<article data-pagefind-body data-pagefind-sort="title:Ankama">')).toBe('');
    expect(sortDate('<article data-pagefind-body>')).toBe('');
  });
});

describe('shardsOf', () => {
  const pages = [
    { file: 'b', date: '2009-07-02' },
    { file: 'a', date: '2009-07-02' },
    { file: 'c', date: '' },
    { file: 'd', date: '2010-01-15' },
    { file: 'e', date: '0000-00-00' },
  ];
  const files = (shards: { file: string }[][]) => shards.map((shard) => shard.map((page) => page.file).join(''));

  it('keeps a language whole up to the most pages of a shard', () => {
    expect(files(shardsOf(pages, 5))).toEqual(['dabec']);
    expect(shardsOf([], 5)).toEqual([[]]);
  });

  it('splits it newest first into the fewest shards, of sizes that differ by one at most', () => {
    expect(files(shardsOf(pages, 4))).toEqual(['da', 'bec']);
    expect(files(shardsOf(pages, 2))).toEqual(['d', 'ab', 'ec']);
    expect(files(shardsOf(pages, 1))).toEqual(['d', 'a', 'b', 'e', 'c']);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => shardsOf(pages, 0)).toThrow(RangeError);
    expect(() => shardsOf(pages, 2.5)).toThrow(RangeError);
  });
});

describe('pageTokens', () => {
  it('gives the words of a page as Pagefind reads them: its body only, a word going on until a sentence element or a line break ends it', () => {
    const html =
      '<html lang="fr"><head><title>Titre de la page</title><style>.x{}</style></head><body>' +
      '<nav>Menu principal</nav><main data-pagefind-body>' +
      '<h1>Séries d&#39;<b>anim</b>ation</h1><p>Jeu&nbsp;vidéo <img alt="Le Fresnoy"></p>' +
      '<dl><dt>Lieu</dt><dd>Lille</dd></dl><p data-pagefind-ignore>Dernière mise à jour</p>' +
      '<span aria-hidden="true">400+</span><p>Première<br>ligne</p><script>var ignoré = 1;</script>' +
      '</main><footer>Pied</footer></body></html>';
    expect([...pageTokens(html)].toSorted()).toEqual([
      "d'animation",
      'jeu',
      'lieulille',
      'ligne',
      'première',
      'séries',
      'vidéo',
    ]);
  });
});
