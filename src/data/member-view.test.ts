import { describe, expect, test, vi } from 'vitest';
import { memberView, membersView } from './member-view.ts';
import { loadSiteData } from './site.ts';
import { asBuild, byId, type TestContent } from './test-content.ts';

const content = vi.hoisted((): TestContent => ({
  news: [
    ['ancien', { title: 'Ancien', description: 'Un ancien article.', date: '2009-01-01', members: ['studio-nord'] }],
    ['recent', { title: 'Récent', description: 'Un article récent.', date: '2009-06-01', members: ['studio-nord'] }],
  ],
  members: [
    [
      'studio-nord',
      {
        name: 'Studio Nord',
        kind: 'entreprise',
        sectors: ['jeu-video', 'animation'],
        city: 'Lille',
        summary: 'Un studio.',
        founded: 2001,
        employees: '400+',
        website: 'https://www.studio-nord.example/accueil',
        logo: './studio-nord.png',
        logoAlt: 'Logo de Studio Nord',
      },
    ],
    ['ecole-sud', { name: 'École Sud', kind: 'ecole', sectors: ['animation'], city: 'Douai', summary: 'Une école.' }],
    ['ville-ouest', { name: 'Ville Ouest', kind: 'collectivite', city: 'Calais', summary: 'Une ville.' }],
  ],
}));

vi.mock('astro:content', async () => (await import('./test-content.ts')).mockedAstroContent(content));
vi.mock('astro:assets', () => ({
  getImage: vi.fn(() => Promise.resolve({ src: '/_astro/studio-nord.Hash.png', attributes: { height: 144 } })),
}));

asBuild();

const ORIGIN = 'https://pole-essai.example';

describe('memberView', () => {
  test('describes a member to search engines as a schema.org Organization with its logo', async () => {
    const siteData = await loadSiteData();
    const { head } = await memberView(siteData, byId(siteData.members, 'studio-nord'), ORIGIN);
    expect(head).toEqual({
      title: 'Studio Nord',
      description: 'Un studio.',
      draft: false,
      jsonLd: [
        {
          '@context': 'https://schema.org',
          '@type': 'Organization',
          name: 'Studio Nord',
          url: 'https://pole-essai.example/membres/studio-nord/',
          description: 'Un studio.',
          address: { '@type': 'PostalAddress', addressLocality: 'Lille', addressCountry: 'FR' },
          foundingDate: '2001',
          numberOfEmployees: { '@type': 'QuantitativeValue', minValue: 400 },
          sameAs: ['https://www.studio-nord.example/accueil'],
          logo: 'https://pole-essai.example/_astro/studio-nord.Hash.png',
        },
      ],
    });
  });

  test('gives its kind, search filters, website label, the articles citing it and the link to its news list', async () => {
    const siteData = await loadSiteData();
    const view = await memberView(siteData, byId(siteData.members, 'studio-nord'), ORIGIN);
    expect(view.kind).toBe('Entreprise');
    expect(view.searchFilters).toEqual({ secteur: ['Jeu vidéo', 'Animation'], structure: ['Entreprise'] });
    expect(view.websiteLabel).toBe('studio-nord.example');
    expect(view.articles.map((a) => a.id)).toEqual(['recent', 'ancien']);
    expect(view.newsList).toEqual({
      label: 'Toutes les actualités citant Studio Nord',
      path: '/membres/studio-nord/actualites/',
    });
    expect(view.breadcrumbs).toEqual([
      { label: 'Accueil', href: '/' },
      { label: 'Membres', href: '/membres/' },
      { label: 'Studio Nord' },
    ]);
  });

  test('leaves the logo and the website out for a member without them', async () => {
    const siteData = await loadSiteData();
    const view = await memberView(siteData, byId(siteData.members, 'ecole-sud'), ORIGIN);
    expect(view.head.jsonLd?.[0]).not.toHaveProperty('logo');
    expect(view.websiteLabel).toBeUndefined();
    expect(view.articles).toEqual([]);
  });
});

describe('membersView', () => {
  test('groups the members by kind in the order of kinds, and counts them by sector, leaving out empty ones', async () => {
    const { groups, sectorCounts } = membersView(await loadSiteData());
    expect(groups.map(({ kind, label, members }) => [kind, label, members.map((m) => m.id)])).toEqual([
      ['entreprise', 'Entreprises', ['studio-nord']],
      ['ecole', 'Écoles', ['ecole-sud']],
      ['collectivite', 'Collectivités', ['ville-ouest']],
    ]);
    expect(sectorCounts).toEqual([
      { sector: 'animation', label: 'Animation', count: 2 },
      { sector: 'jeu-video', label: 'Jeu vidéo', count: 1 },
    ]);
  });
});
