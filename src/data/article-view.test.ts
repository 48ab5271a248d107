import { describe, expect, test, vi } from 'vitest';
import { articleView, scheduledReason } from './article-view.ts';
import { loadSiteData, siteDataFrom, type SiteData } from './site.ts';
import { asBuild, byId, testCollections, type TestContent } from './test-content.ts';

const content = vi.hoisted((): TestContent => ({
  news: [
    [
      'lancement',
      {
        title: 'Le pôle est lancé',
        description: 'Trois territoires s’unissent.',
        date: '2009-07-02',
        updated: '2009-07-15',
        author: 'Camille Essai',
        tags: ['Jeu vidéo', 'Région'],
        members: ['studio-nord', 'ecole-sud'],
        calls: ['appel-2009'],
        image: './lancement.jpg',
        imageAlt: 'Une salle pleine',
      },
    ],
    ['suite', { title: 'La suite', description: 'Une suite.', date: '2009-08-01', members: ['studio-nord'] }],
  ],
  members: [
    ['studio-nord', { name: 'Studio Nord', kind: 'entreprise', city: 'Lille', summary: 'Un studio.' }],
    ['ecole-sud', { name: 'École Sud', kind: 'ecole', city: 'Douai', summary: 'Une école.' }],
  ],
  calls: [
    [
      'appel-2009',
      {
        title: 'Appel 2009',
        summary: 'Clos.',
        budget: 1000,
        themes: ['Jeu'],
        opens: '2009-07-02',
        closes: '2009-09-30',
      },
    ],
  ],
}));

vi.mock('astro:content', async () => (await import('./test-content.ts')).mockedAstroContent(content));
vi.mock('astro:assets', () => ({
  getImage: vi.fn(() =>
    Promise.resolve({ src: '/_astro/lancement.Hash.jpg', attributes: { width: 1200, height: 675 } }),
  ),
}));

const ORIGIN = 'https://pole-essai.example';

asBuild(new Date('2010-01-01T12:00:00Z'));

async function viewOf(id: string) {
  const siteData = await loadSiteData();
  return articleView(siteData, byId(siteData.news, id), ORIGIN);
}

describe('articleView', () => {
  test('gives the head of a published article: title, dates, its illustration shared at 1,200 px, feeds of its section and keywords', async () => {
    const { head } = await viewOf('lancement');
    expect(head).toMatchObject({
      title: 'Le pôle est lancé',
      description: 'Trois territoires s’unissent.',
      type: 'article',
      publishedTime: '2009-07-02',
      modifiedTime: '2009-07-15',
      image: {
        src: 'https://pole-essai.example/_astro/lancement.Hash.jpg',
        alt: 'Une salle pleine',
        width: 1200,
        height: 675,
      },
      feeds: [
        { title: 'Actualités', path: '/actualites/rss.xml' },
        { title: 'Mot clé «\u202fJeu vidéo\u202f»', path: '/mots-cles/jeu-video/rss.xml' },
        { title: 'Mot clé «\u202fRégion\u202f»', path: '/mots-cles/region/rss.xml' },
      ],
      draft: false,
      draftReason: undefined,
    });
  });

  test('describes the article to search engines as a schema.org NewsArticle at its canonical URL', async () => {
    const view = await viewOf('lancement');
    expect(view.canonical).toBe('https://pole-essai.example/actualites/lancement/');
    expect(view.head.jsonLd).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Le pôle est lancé',
        description: 'Trois territoires s’unissent.',
        mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://pole-essai.example/actualites/lancement/' },
        url: 'https://pole-essai.example/actualites/lancement/',
        datePublished: '2009-07-02',
        dateModified: '2009-07-15',
        author: { '@type': 'Person', name: 'Camille Essai' },
        publisher: {
          '@type': 'Organization',
          name: 'Pôle Essai Nord',
          url: 'https://pole-essai.example/',
          logo: { '@type': 'ImageObject', url: 'https://pole-essai.example/feed-icon.png' },
        },
        image: ['https://pole-essai.example/_astro/lancement.Hash.jpg'],
        inLanguage: 'fr',
        keywords: 'Jeu vidéo, Région',
      },
    ]);
  });

  test('shares the site’s image for an article without illustration', async () => {
    const { head } = await viewOf('suite');
    expect(head.image).toBeUndefined();
    expect(head.jsonLd?.[0]).toMatchObject({ image: ['https://pole-essai.example/og-image.png'] });
    expect(head.feeds).toEqual([{ title: 'Actualités', path: '/actualites/rss.xml' }]);
  });

  test('gives the members and calls it cites under a heading in the singular or the plural', async () => {
    const first = await viewOf('lancement');
    expect(first.members.heading).toBe('Les membres cités');
    expect(first.members.list.map((m) => m.id)).toEqual(['studio-nord', 'ecole-sud']);
    expect(first.calls.heading).toBe('L’appel à projets cité');
    expect(first.calls.list.map((c) => c.id)).toEqual(['appel-2009']);
    const second = await viewOf('suite');
    expect(second.members.heading).toBe('Le membre cité');
    expect(second.calls.list).toEqual([]);
  });

  test('gives its breadcrumbs and its neighbours in the news list', async () => {
    const view = await viewOf('lancement');
    expect(view.breadcrumbs).toEqual([
      { label: 'Accueil', href: '/' },
      { label: 'Actualités', href: '/actualites/' },
      { label: 'Le pôle est lancé' },
    ]);
    expect(view.newer?.id).toBe('suite');
    expect(view.older).toBeUndefined();
  });
});

describe('the draft banner of an article in astro dev', () => {
  const devSite = (): SiteData =>
    siteDataFrom(
      testCollections({
        news: [
          ['futur', { title: 'Futur', description: 'Attend son jour.', date: '2010-01-16' }],
          ['futur-brouillon', { title: 'Futur brouillon', description: 'Attend.', date: '2010-01-16', draft: true }],
          ['du-jour', { title: 'Du jour', description: 'Publié.', date: '2010-01-15' }],
        ],
      }),
      // 15 January, 22:30 in Paris.
      { builtAt: new Date('2010-01-15T21:30:00Z'), showUnpublished: true },
    );

  test('says that an article dated after today waits for its day', async () => {
    const siteData = devSite();
    const { head } = await articleView(siteData, byId(siteData.news, 'futur'), ORIGIN);
    expect(head.draft).toBe(true);
    expect(head.draftReason).toBe(
      'cet article est daté du 16 janvier 2010\u00a0: il ne sera publié qu’à la première construction du site à partir de ce jour.',
    );
  });

  test('gives a draft the banner without a date reason, and an article of today none', () => {
    const siteData = devSite();
    expect(scheduledReason(byId(siteData.news, 'futur-brouillon'), siteData.builtAt)).toBeUndefined();
    expect(scheduledReason(byId(siteData.news, 'du-jour'), siteData.builtAt)).toBeUndefined();
  });
});
