import { expect, test, vi } from 'vitest';
import { searchPageView } from './search-view.ts';
import { loadSiteData } from './site.ts';
import { asBuild, type TestContent } from './test-content.ts';

const content = vi.hoisted((): TestContent => ({
  news: [
    ['un', { title: 'Un', description: 'Un article.', date: '2009-01-01', tags: ['Jeu vidéo', 'Région'] }],
    ['deux', { title: 'Deux', description: 'Un brouillon.', date: '2009-01-02', tags: ['Caché'], draft: true }],
  ],
  members: [['studio-nord', { name: 'Studio Nord', kind: 'entreprise', city: 'Lille', summary: 'Un studio.' }]],
  events: [
    [
      'rencontre',
      {
        title: 'Rencontre',
        description: 'Une rencontre.',
        start: '2009-03-01',
        announced: '2009-01-01',
        online: 'https://example.org/',
      },
    ],
    [
      'brouillon',
      {
        title: 'Brouillon',
        description: 'Caché.',
        start: '2009-03-01',
        announced: '2009-01-01',
        online: 'https://example.org/',
        draft: true,
      },
    ],
  ],
}));

vi.mock('astro:content', async () => (await import('./test-content.ts')).mockedAstroContent(content));

asBuild();

test('counts the published entries of each section, and orders the filters as the site does', async () => {
  const { sections, filterOrder } = searchPageView(await loadSiteData());
  expect(sections).toEqual([
    { label: 'Actualités', href: '/actualites/', count: 1 },
    { label: 'Membres', href: '/membres/', count: 1 },
    { label: 'Appels à projets', href: '/appels-a-projets/', count: 0 },
    { label: 'Agenda', href: '/agenda/', count: 1 },
    { label: 'Mots clés', href: '/mots-cles/', count: 2 },
  ]);
  expect(filterOrder).toEqual({
    type: ['Actualité', 'Membre', 'Appel à projets', 'Événement', 'Page'],
    secteur: ['Cinéma', 'Audiovisuel', 'Animation', 'Jeu vidéo', 'Mondes virtuels'],
    structure: ['Entreprise', 'École', 'Laboratoire', 'Institution', 'Collectivité'],
  });
});
