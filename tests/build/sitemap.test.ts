/**
 * The sitemap, read as XML, and robots.txt that points to it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, pathOf } from '../helpers/dist.ts';
import { readXml } from '../helpers/xml.ts';
import { SITE_URL } from '../setup/build-sites.ts';

const { site, siteBase } = inject('sites');

describe('sitemap', () => {
  /** Each `<url>` of a site's sitemap: its `<loc>`, and its `<lastmod>` when it has one. */
  const locs = (dir: string) =>
    (
      readXml(readFileSync(join(dir, 'sitemap.xml'), 'utf8')) as {
        urlset: { url: { loc: string; lastmod?: string }[] };
      }
    ).urlset.url;

  it('robots.txt points to it, under the base path too', () => {
    expect(readFileSync(join(site.dir, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://pole-image.example/sitemap.xml',
    );
    expect(readFileSync(join(siteBase.dir, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://pole-image.example/pole-image/sitemap.xml',
    );
  });

  it('lists every page of the site, and only pages that exist', () => {
    for (const built of [site, siteBase]) {
      const listed = locs(built.dir).map(({ loc }) => loc);
      const pages = listFiles(built.dir)
        .filter((f) => f.endsWith('.html') && !f.endsWith('404.html'))
        .map((f) => new URL(pathOf(built.base, f), SITE_URL).href);
      expect(listed.toSorted()).toEqual(pages.toSorted());
    }
  });

  it('gives each page the day it really changed', () => {
    const lastmod = Object.fromEntries(locs(site.dir).map(({ loc, lastmod }) => [loc, lastmod]));
    expect(lastmod['https://pole-image.example/actualites/lancement-du-pole-image/']).toBe('2009-07-02');
    expect(lastmod['https://pole-image.example/actualites/test-pagination-05/']).toBe('2008-01-05');
    expect(lastmod['https://pole-image.example/mots-cles/test-pagination/']).toBe('2008-01-12');
    expect(lastmod['https://pole-image.example/membres/ankama/']).toBe('2009-07-02');
    expect(lastmod['https://pole-image.example/membres/ankama/actualites/']).toBe('2009-07-02');
    expect(lastmod['https://pole-image.example/membres/ankama/actualites/2/']).toBe('2008-01-03');
    expect(lastmod['https://pole-image.example/appels-a-projets/appel-a-projets-2009/actualites/2/']).toBe(
      '2008-01-04',
    );
    expect(lastmod['https://pole-image.example/mentions-legales/']).toBe('2026-11-27');
    // A call: its latest change notice (1 October 2009) after its opening (1 September 2009).
    expect(lastmod['https://pole-image.example/appels-a-projets/appel-de-test-complet/']).toBe('2009-10-01');
    expect(lastmod['https://pole-image.example/appels-a-projets/appel-de-test-clos/']).toBe('2008-01-01');
    // A call opening in 2999 has not changed yet: no date in the future.
    expect(lastmod['https://pole-image.example/appels-a-projets/appel-de-test-a-venir/']).toBeUndefined();
    // The list: its calls' latest change, not the upcoming call's opening.
    expect(lastmod['https://pole-image.example/appels-a-projets/']).toBe('2009-10-01');
    // Nothing says when the directory or the search page changed: no made-up date.
    expect(lastmod['https://pole-image.example/membres/']).toBeUndefined();
  });

  it('gives a page and its counterpart in the other language each other as alternates, French by default', () => {
    const xml = readFileSync(join(site.dir, 'sitemap.xml'), 'utf8');
    const urls = (
      readXml(xml) as {
        urlset: { url: { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }[] };
      }
    ).urlset.url;
    const alternates = (loc: string) =>
      Object.fromEntries(
        (urls.find((url) => url.loc === loc)?.['xhtml:link'] ?? []).map((link) => [link['@_hreflang'], link['@_href']]),
      );
    const both = {
      fr: 'https://pole-image.example/agenda/festival-de-test/',
      en: 'https://pole-image.example/en/events/festival-de-test/',
      'x-default': 'https://pole-image.example/agenda/festival-de-test/',
    };
    expect(alternates('https://pole-image.example/agenda/festival-de-test/')).toEqual(both);
    expect(alternates('https://pole-image.example/en/events/festival-de-test/')).toEqual(both);
    expect(alternates('https://pole-image.example/membres/ankama/')).toEqual({
      fr: 'https://pole-image.example/membres/ankama/',
      en: 'https://pole-image.example/en/members/ankama/',
      'x-default': 'https://pole-image.example/membres/ankama/',
    });
    // An article without translation has no English page: no alternate.
    expect(alternates('https://pole-image.example/actualites/test-pagination-05/')).toEqual({});
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  });

  it('leaves drafts out', () => {
    expect(readFileSync(join(site.dir, 'sitemap.xml'), 'utf8')).not.toMatch(/brouillon|a-paraitre/);
  });
});
