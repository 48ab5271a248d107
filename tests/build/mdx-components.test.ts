/**
 * The components editors write in MDX pages, as built.
 */
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../helpers/dist.ts';

const { site, siteBase } = inject('sites');
const page = (path: string) => readPage(site.dir, path);

describe('MDX components', () => {
  const components = () => page('composants-de-test/');

  it('Figure shows the image optimised by Astro, with its text, caption and credit', () => {
    const figure = components().querySelector('figure.figure');
    const image = figure?.querySelector('img');
    expect(image?.getAttribute('src')).toMatch(/^\/_astro\/image-de-test\.[\w-]+\.webp$/);
    expect(image?.getAttribute('alt')).toBe('Un rectangle violet uni, sans motif');
    expect([image?.getAttribute('width'), image?.getAttribute('height')]).toEqual(['960', '540']);
    expect(figure?.querySelector('figcaption')?.text).toContain('Une image de test\u00a0: un aplat de couleur.');
    expect(figure?.querySelector('.credit')?.text).toBe('Image\u00a0: tests du site');
  });

  it('Quote shows the words, their author and their source', () => {
    const quote = components().querySelector('figure.quote');
    expect(quote?.querySelector('blockquote')?.text).toContain('Des mots de test, cités tels quels');
    expect(quote?.querySelector('figcaption')?.text).toContain('Personne de test, porte-parole');
    expect(quote?.querySelector('cite')?.text).toBe('Journal de test, 2 juillet 2009');
  });

  it('CallToAction links to a page of the site, under the base path too', () => {
    const button = components().querySelector('a.call-to-action');
    expect(button?.getAttribute('href')).toBe('/appels-a-projets/');
    expect(button?.text).toContain('Voir les appels à projets');
    const real = readPage(siteBase.dir, 'actualites/ouverture-du-premier-appel-a-projets/');
    expect(real.querySelector('a.call-to-action')?.getAttribute('href')).toBe(
      '/pole-image/appels-a-projets/appel-a-projets-2009/',
    );
  });

  it('KeyFigures shows the figures written in the page, with their source', () => {
    const block = components().querySelector('figure.key-figures');
    expect(block?.querySelectorAll('.label').map((label) => label.text)).toEqual([
      'euros de test',
      'environ thèmes de test',
    ]);
    expect(block?.querySelector('figcaption')?.text).toContain('Source de test');
  });
});
