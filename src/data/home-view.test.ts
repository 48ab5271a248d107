import { expect, test, vi } from 'vitest';
import { homeView } from './home-view.ts';
import { loadSiteData } from './site.ts';
import { asBuild, type TestContent } from './test-content.ts';

const content = vi.hoisted((): TestContent => {
  const article = (day: number) =>
    [`jour-${day}`, { title: `Jour ${day}`, description: 'Un article.', date: `2009-03-0${day}` }] as [
      string,
      Record<string, unknown>,
    ];
  const call = (id: string, opens: string, closes?: string) =>
    [id, { title: id, summary: 'Un appel.', budget: 1, themes: ['Jeu'], opens, ...(closes ? { closes } : {}) }] as [
      string,
      Record<string, unknown>,
    ];
  return {
    news: [article(1), article(2), article(3), article(4)],
    members: [
      ['studio-a', { name: 'Studio A', kind: 'entreprise', city: 'Lille', summary: 'Un studio.' }],
      ['studio-b', { name: 'Studio B', kind: 'entreprise', city: 'Lille', summary: 'Un studio.' }],
      ['ville-ouest', { name: 'Ville Ouest', kind: 'collectivite', city: 'Calais', summary: 'Une ville.' }],
    ],
    calls: [call('clos', '2009-01-01', '2009-02-01'), call('ouvert', '2009-02-15'), call('a-venir', '2009-06-01')],
    settings: {
      name: 'Pôle Essai Nord-Pas-de-Calais',
      tagline: 'Image et son en région',
      description: 'Le pôle d’essai.',
      navigation: [{ label: 'Actualités', href: '/actualites/' }],
      en: {
        tagline: 'Image and sound in the region',
        description: 'The test cluster.',
        navigation: [{ label: 'News', href: '/en/news/' }],
      },
    },
  };
});

vi.mock('astro:content', async () => (await import('./test-content.ts')).mockedAstroContent(content));

asBuild(new Date('2009-03-10T12:00:00Z'));

test('gives the home page the two first calls, the three newest articles, the territories and the members counted by kind', async () => {
  const view = homeView(await loadSiteData(), 'https://pole-essai.example');
  // Shown at the build: the two first; the closed one rides along, for when a later visit finds fewer calls open or upcoming.
  expect(view.calls.candidates.map((c) => c.id)).toEqual(['ouvert', 'a-venir', 'clos']);
  expect(view.calls.shown).toBe(2);
  expect(view.latest.map((a) => a.id)).toEqual(['jour-4', 'jour-3', 'jour-2']);
  expect(view.territories.map((m) => m.id)).toEqual(['ville-ouest']);
  expect(view.kindCounts).toEqual([
    { count: 2, label: 'entreprises' },
    { count: 1, label: 'collectivité' },
  ]);
  expect(view.name).toEqual({ main: 'Pôle Essai', region: 'Nord-Pas-de-Calais' });
  expect(view.fields.map(({ label }) => label)).toEqual([
    'Cinéma',
    'Audiovisuel',
    'Animation',
    'Jeu vidéo',
    'Mondes virtuels',
  ]);
});

test('describes the site to search engines as a schema.org WebSite with its search', async () => {
  const { head } = homeView(await loadSiteData(), 'https://pole-essai.example');
  expect(head.title).toBeUndefined();
  expect(head.description).toBe('Le pôle d’essai.');
  expect(head.jsonLd).toEqual([
    {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: 'Pôle Essai Nord-Pas-de-Calais',
      url: 'https://pole-essai.example/',
      description: 'Le pôle d’essai.',
      inLanguage: 'fr',
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: 'https://pole-essai.example/recherche/?q={search_term_string}' },
        'query-input': 'required name=search_term_string',
      },
    },
  ]);
});
