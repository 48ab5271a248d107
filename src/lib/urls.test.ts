import { describe, expect, it } from 'vitest';
import { absoluteUrl, href, isExternal, normalizeBase } from './urls.ts';
import { routes } from './routes.ts';

describe('normalizeBase', () => {
  it('always gives a base with leading and trailing slashes', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('pole-image')).toBe('/pole-image/');
    expect(normalizeBase('/pole-image')).toBe('/pole-image/');
    expect(normalizeBase('/a/b/')).toBe('/a/b/');
  });
});

describe('href', () => {
  it('leaves paths as they are at the domain root', () => {
    expect(href('/actualites/', '/')).toBe('/actualites/');
    expect(href('/', '/')).toBe('/');
  });

  it('prefixes paths with the base path', () => {
    expect(href('/actualites/', '/pole-image/')).toBe('/pole-image/actualites/');
    expect(href('/', '/pole-image')).toBe('/pole-image/');
    expect(href('rss.xml', '/pole-image/')).toBe('/pole-image/rss.xml');
  });

  it('leaves external URLs, protocol-relative URLs and anchors untouched', () => {
    expect(href('https://example.org/x', '/pole-image/')).toBe('https://example.org/x');
    expect(href('mailto:contact@example.org', '/pole-image/')).toBe('mailto:contact@example.org');
    expect(href('//cdn.example.org/a.js', '/pole-image/')).toBe('//cdn.example.org/a.js');
    expect(href('#contenu', '/pole-image/')).toBe('#contenu');
  });

  it('prefixes the pages of a member’s or call’s news with the base path', () => {
    expect(href(routes.memberNews('ankama', 2), '/pole-image/')).toBe('/pole-image/membres/ankama/actualites/2/');
    expect(href(routes.callNews('appel-2009'), '/pole-image/')).toBe(
      '/pole-image/appels-a-projets/appel-2009/actualites/',
    );
  });

  it('defaults to the base path Astro was built with', () => {
    expect(href('/membres/')).toBe(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/membres/`);
  });
});

describe('absoluteUrl', () => {
  it('joins the site, the base path and the path', () => {
    expect(absoluteUrl('/rss.xml', 'https://pole-image.example', '/')).toBe('https://pole-image.example/rss.xml');
    expect(absoluteUrl('/rss.xml', 'https://pole-image.example', '/pole-image/')).toBe(
      'https://pole-image.example/pole-image/rss.xml',
    );
  });
});

describe('isExternal', () => {
  it('tells links to other sites from site paths', () => {
    expect(isExternal('https://example.org')).toBe(true);
    expect(isExternal('//example.org')).toBe(true);
    expect(isExternal('/membres/')).toBe(false);
    expect(isExternal('#x')).toBe(false);
  });
});

describe('routes', () => {
  it('follows the URL scheme promised to readers', () => {
    expect(routes.home()).toBe('/');
    expect(routes.news()).toBe('/actualites/');
    expect(routes.news(1)).toBe('/actualites/');
    expect(routes.news(2)).toBe('/actualites/2/');
    expect(routes.article('lancement')).toBe('/actualites/lancement/');
    expect(routes.tag('Jeu vidéo')).toBe('/mots-cles/jeu-video/');
    expect(routes.tag('Jeu vidéo', 2)).toBe('/mots-cles/jeu-video/2/');
    expect(routes.members()).toBe('/membres/');
    expect(routes.member('ankama')).toBe('/membres/ankama/');
    expect(routes.memberNews('ankama')).toBe('/membres/ankama/actualites/');
    expect(routes.memberNews('ankama', 1)).toBe('/membres/ankama/actualites/');
    expect(routes.memberNews('ankama', 2)).toBe('/membres/ankama/actualites/2/');
    expect(routes.calls()).toBe('/appels-a-projets/');
    expect(routes.call('appel-2009')).toBe('/appels-a-projets/appel-2009/');
    expect(routes.callNews('appel-2009')).toBe('/appels-a-projets/appel-2009/actualites/');
    expect(routes.callNews('appel-2009', 3)).toBe('/appels-a-projets/appel-2009/actualites/3/');
    expect(routes.page('le-pole')).toBe('/le-pole/');
    expect(routes.search()).toBe('/recherche/');
    expect(routes.feed()).toBe('/rss.xml');
  });
});
