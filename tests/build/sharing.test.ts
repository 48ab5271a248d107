/**
 * What a page gives when shared: canonical URL, Open Graph and Twitter tags,
 * JSON-LD, and the social images drawn in the identity.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, pathOf, readPage } from '../helpers/dist.ts';
import { SITE_URL } from '../setup/build-sites.ts';

const { site } = inject('sites');
const page = (path: string) => readPage(site.dir, path);

describe('sharing metadata', () => {
  const meta = (path: string, name: string) =>
    page(path).querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content');
  const jsonLd = (path: string) =>
    page(path)
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => JSON.parse(script.textContent) as Record<string, unknown>);

  it('every page has a canonical URL and Open Graph and Twitter tags with an image that exists', () => {
    for (const file of listFiles(site.dir).filter((f) => f.endsWith('.html'))) {
      const html = page(file);
      // A 404 page answers any address: it has none of its own.
      if (!file.endsWith('404.html')) {
        expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href'), file).toBe(
          new URL(pathOf('/', file), SITE_URL).href,
        );
      }
      for (const name of ['og:title', 'og:description', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:image']) {
        expect(meta(file, name), `${file} ${name}`).toBeTruthy();
      }
      const image = new URL(meta(file, 'og:image') ?? '');
      expect(existsSync(join(site.dir, image.pathname)), `${file}: ${image.href}`).toBe(true);
    }
  });

  it('the default sharing image is a 1200 × 630 PNG', () => {
    const png = readFileSync(join(site.dir, 'og-image.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('the sharing and feed images are drawn in the identity: ink, the wordmark, the five fields’ colours', async () => {
    // The light values of src/styles/tokens.css: --color-inverse-bg, --color-inverse-text and the five --field-*.
    const ink = '#15131c';
    const paper = '#f6f4ef';
    const fields = ['#d8432b', '#e39a00', '#129a7c', '#2c63d8', '#8a3fd1'];
    const hex = ([r, g, b]: number[]) => `#${[r, g, b].map((c) => (c ?? 0).toString(16).padStart(2, '0')).join('')}`;
    const { data, info } = await sharp(join(site.dir, 'og-image.png'))
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) =>
      hex([...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)]);
    expect(pixel(1190, 10)).toBe(ink);
    // The motif along the bottom edge, one field per fifth of the width.
    expect([120, 360, 600, 840, 1080].map((x) => pixel(x, 620))).toEqual(fields);
    // The wordmark is drawn: paper-coloured letters in the title's band.
    let letters = 0;
    for (let x = 80; x < 700; x += 2) if (pixel(x, 280) === paper) letters++;
    expect(letters).toBeGreaterThan(20);
    const icon = await sharp(join(site.dir, 'feed-icon.png')).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([icon.info.width, icon.info.height]).toEqual([144, 144]);
  });

  it('the home page describes the site with a search action pointing to the search page', () => {
    const [data] = jsonLd('');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      potentialAction: {
        '@type': 'SearchAction',
        target: { urlTemplate: 'https://pole-image.example/recherche/?q={search_term_string}' },
      },
    });
  });

  it('an article is a NewsArticle with headline, dates, author, publisher and image', () => {
    const [data] = jsonLd('actualites/article-de-test-en-mdx/');
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Article de test en MDX',
      datePublished: '2008-02-01',
      author: { '@type': 'Person', name: 'Rédaction de test' },
      publisher: { '@type': 'Organization', name: 'Pôle Image Nord-Pas-de-Calais' },
    });
    expect(meta('actualites/article-de-test-en-mdx/', 'og:type')).toBe('article');
  });

  it('an article with an image is shared with its own image', () => {
    const image = meta('actualites/article-de-test-en-mdx/', 'og:image') ?? '';
    expect(image).toMatch(/^https:\/\/pole-image\.example\/_astro\/illustration-de-test\.[\w-]+\.jpe?g$/);
    expect(existsSync(join(site.dir, new URL(image).pathname))).toBe(true);
    expect(meta('actualites/article-de-test-en-mdx/', 'og:image:alt')).toBe('Un aplat violet, illustration de test');
    expect(jsonLd('actualites/article-de-test-en-mdx/')[0]?.image).toEqual([image]);
    // Articles without one get the site's default image.
    expect(meta('actualites/lancement-du-pole-image/', 'og:image')).toBe('https://pole-image.example/og-image.png');
  });

  it('a member profile is an Organization', () => {
    const [data] = jsonLd('membres/ankama/');
    expect(data).toMatchObject({
      '@type': 'Organization',
      name: 'Ankama',
      foundingDate: '2001',
      numberOfEmployees: { minValue: 400 },
      url: 'https://pole-image.example/membres/ankama/',
    });
  });
});
