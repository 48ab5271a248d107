/**
 * The visual identity in the built site: the home
 * page's story, the self-hosted fonts with their metric-matched fallbacks,
 * the motif, and the browser bar's colour from the tokens.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';
import { readPage } from '../helpers/dist.ts';

const { site } = inject('sites');
const home = readPage(site.dir, '');

describe('the home page tells the Pôle’s story at a glance', () => {
  it('shows the five fields, each with its glyph and colour', () => {
    const fields = home.querySelectorAll('#filieres + ul > li');
    expect(fields.map((li) => li.textContent.trim())).toEqual([
      'Cinéma',
      'Audiovisuel',
      'Animation',
      'Jeu vidéo',
      'Mondes virtuels',
    ]);
    expect(fields.map((li) => li.getAttribute('data-field'))).toEqual([
      'cinema',
      'audiovisuel',
      'animation',
      'jeu-video',
      'mondes-virtuels',
    ]);
    for (const li of fields) expect(li.querySelector('svg.field-icon')).not.toBeNull();
  });

  it('names the three founding territories, linked to their profiles', () => {
    const section = home.querySelector('section[aria-labelledby="territoires"]');
    expect(
      section
        ?.querySelectorAll('.card-title a')
        .map((a) => a.getAttribute('href'))
        .sort(),
    ).toEqual(['/membres/lille-metropole/', '/membres/porte-du-hainaut/', '/membres/valenciennes-metropole/']);
  });

  it('has the open call, the key figures and the latest news', () => {
    expect(home.querySelector('section[aria-labelledby="appels"] [data-status="open"]')).not.toBeNull();
    expect(home.querySelectorAll('section[aria-labelledby="chiffres"] .key-figures li')).toHaveLength(5);
    expect(home.querySelectorAll('section[aria-labelledby="actualites"] .card').length).toBeGreaterThan(0);
  });
});

describe('fonts', () => {
  const inlineCss = home
    .querySelectorAll('head style')
    .map((style) => style.textContent)
    .join('\n');

  it('are the packages’ Latin variable files, served by the site and preloaded', () => {
    const preloads = home.querySelectorAll('link[rel="preload"][as="font"]').map((link) => link.getAttribute('href'));
    expect(preloads).toHaveLength(2);
    const sizes = preloads.map((href) => readFileSync(join(site.dir, href ?? '')).length).sort();
    const packaged = [
      'instrument-sans/files/instrument-sans-latin-wght-normal.woff2',
      'bricolage-grotesque/files/bricolage-grotesque-latin-wght-normal.woff2',
    ]
      .map((file) => readFileSync(join(ROOT, 'node_modules/@fontsource-variable', file)).length)
      .sort();
    expect(sizes).toEqual(packaged);
  });

  it('fall back to faces whose metrics are matched to theirs', () => {
    const fallbacks = [
      ...inlineCss.matchAll(/@font-face\{font-family:"([^"]+) fallback: Arial";[^}]*size-adjust:[\d.]+%/g),
    ];
    expect(fallbacks.map((match) => match[1]?.split('-')[0]).sort()).toEqual([
      'Bricolage Grotesque',
      'Instrument Sans',
    ]);
    expect(inlineCss).toContain('font-display:optional');
  });
});

describe('the identity’s marks on every page', () => {
  it('has the wordmark in the header and the footer, and the browser bar takes the tokens’ background', () => {
    expect(home.querySelector('.site-header .brand .brand-mark')).not.toBeNull();
    expect(home.querySelector('.site-footer .brand-mark')).not.toBeNull();
    const themes = home
      .querySelectorAll('meta[name="theme-color"]')
      .map((meta) => [meta.getAttribute('media'), meta.getAttribute('content')]);
    // --color-bg of src/styles/tokens.css, light and dark.
    expect(themes).toEqual([
      ['(prefers-color-scheme: light)', '#f6f4ef'],
      ['(prefers-color-scheme: dark)', '#111018'],
    ]);
  });
});
