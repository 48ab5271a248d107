import { expect, test, vi } from 'vitest';
import { callView } from './call-view.ts';
import { loadSiteData } from './site.ts';
import { asBuild, byId, type TestContent } from './test-content.ts';

const content = vi.hoisted((): TestContent => ({
  news: [
    ['annonce', { title: 'Annonce', description: 'L’appel est ouvert.', date: '2009-07-02', calls: ['appel-2009'] }],
  ],
  calls: [
    [
      'appel-2009',
      { title: 'Appel 2009', summary: 'Pour les jeux.', budget: 1850000, themes: ['Jeu'], opens: '2009-07-02' },
    ],
    [
      'appel-brouillon',
      { title: 'Brouillon', summary: 'Pas encore.', budget: 10, themes: ['Jeu'], opens: '2009-07-02', draft: true },
    ],
  ],
}));

vi.mock('astro:content', async () => (await import('./test-content.ts')).mockedAstroContent(content));

asBuild(new Date('2009-08-01T08:00:00Z'));

test('gives a call’s page its head with the calls’ feed, its breadcrumbs, the articles citing it and the build’s instant', async () => {
  const siteData = await loadSiteData();
  expect(siteData.calls.map((c) => c.id)).toEqual(['appel-2009']);
  const view = callView(siteData, byId(siteData.calls, 'appel-2009'));
  expect(view.head).toEqual({
    title: 'Appel 2009',
    description: 'Pour les jeux.',
    draft: false,
    feeds: [{ title: 'Appels à projets', path: '/appels-a-projets/rss.xml' }],
  });
  expect(view.breadcrumbs).toEqual([
    { label: 'Accueil', href: '/' },
    { label: 'Appels à projets', href: '/appels-a-projets/' },
    { label: 'Appel 2009' },
  ]);
  expect(view.articles.map((a) => a.id)).toEqual(['annonce']);
  expect(view.newsList).toEqual({
    label: 'Toutes les actualités sur cet appel',
    path: '/appels-a-projets/appel-2009/actualites/',
  });
  expect(view.now).toEqual(new Date('2009-08-01T08:00:00Z'));
});
