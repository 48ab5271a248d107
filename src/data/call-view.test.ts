import { expect, test, vi } from 'vitest';
import { callView } from './call-view.ts';
import { englishSiteData, loadSiteData } from './site.ts';
import { asBuild, byId, type TestContent } from './test-content.ts';

const content = vi.hoisted((): TestContent => ({
  members: [['studio', { name: 'Studio Essai', kind: 'entreprise', city: 'Lille', summary: 'Un studio.' }]],
  news: [
    ['annonce', { title: 'Annonce', description: 'L’appel est ouvert.', date: '2009-07-02', calls: ['appel-2009'] }],
  ],
  calls: [
    [
      'appel-forfait',
      {
        title: 'Appel forfaitaire',
        summary: 'Une aide unique.',
        budget: 200000,
        themes: ['Jeu'],
        opens: '2009-07-02',
        grant: { min: 20000, max: 20000 },
        rolling: true,
      },
    ],
    [
      'appel-2009',
      { title: 'Appel 2009', summary: 'Pour les jeux.', budget: 1850000, themes: ['Jeu'], opens: '2009-07-02' },
    ],
    [
      'appel-complet',
      {
        title: 'Appel complet',
        summary: 'Tout y est.',
        budget: 400000,
        themes: ['Jeu'],
        opens: '2009-07-01',
        closes: '2009-09-30',
        grant: { min: 20000, max: 150000 },
        dates: [
          { label: 'Jury', date: '2009-10-15' },
          { label: 'Réunion', date: '2009-07-10' },
        ],
        faq: [{ question: 'Qui ?', answer: 'Les **studios** ; voir [les membres](/membres/).' }],
        contact: { name: 'Service des appels', email: 'appels@example.org' },
        changes: [
          { date: '2009-07-05', note: 'Premier changement.' },
          { date: '2009-07-20', note: 'Second changement.' },
        ],
        results: [
          { title: 'Projet A', amount: 45000, member: 'studio', theme: 'Jeu' },
          { title: 'Projet B', amount: 55000, holder: 'Collectif B' },
        ],
      },
    ],
    [
      'appel-brouillon',
      { title: 'Brouillon', summary: 'Pas encore.', budget: 10, themes: ['Jeu'], opens: '2009-07-02', draft: true },
    ],
  ],
  translations: {
    calls: [
      [
        'appel-complet',
        { title: 'Complete call', summary: 'All of it.', faq: [{ question: 'Who?', answer: 'Studios.' }] },
      ],
    ],
  },
}));

vi.mock('astro:content', async () => (await import('./test-content.ts')).mockedAstroContent(content));

asBuild(new Date('2009-08-01T08:00:00Z'));

test('gives a call’s page its head with the calls’ feed, its breadcrumbs, the articles citing it and the build’s instant', async () => {
  const siteData = await loadSiteData();
  expect(siteData.calls.map((c) => c.id)).toEqual(['appel-2009', 'appel-forfait', 'appel-complet']);
  const view = callView(siteData, byId(siteData.calls, 'appel-2009'), 'https://pole.example');
  expect(view.head).toEqual({
    title: 'Appel 2009',
    description: 'Pour les jeux.',
    draft: false,
    feeds: [{ title: 'Appels à projets', path: '/appels-a-projets/rss.xml' }],
    jsonLd: [],
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

test('gives an applicant each section: deadline, grant, timeline in order, questions, contact, changes newest first, results with total and share', async () => {
  const siteData = await loadSiteData();
  const view = callView(siteData, byId(siteData.calls, 'appel-complet'), 'https://pole.example');
  expect(view.opensText).toBe('1er juillet 2009');
  expect(view.deadlineText).toBe('30 septembre 2009');
  expect(view.grantText).toBe('de 20\u202f000 à 150\u202f000\u00a0€ par projet');
  expect(view.timeline.map(({ day, label }) => [day, label])).toEqual([
    ['2009-07-01', 'Ouverture des candidatures'],
    ['2009-07-10', 'Réunion'],
    ['2009-09-30', 'Date limite de dépôt'],
    ['2009-10-15', 'Jury'],
  ]);
  expect(view.countdown).toEqual({ kind: 'closes', days: 60, time: undefined });
  expect(view.faq).toEqual([
    {
      question: 'Qui\u202f?',
      answerHtml: '<p>Les <strong>studios</strong>\u202f; voir <a href="/membres/">les membres</a>.</p>',
    },
  ]);
  expect(view.head.jsonLd).toEqual([
    {
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      url: 'https://pole.example/appels-a-projets/appel-complet/',
      inLanguage: 'fr',
      mainEntity: [
        {
          '@type': 'Question',
          name: 'Qui\u202f?',
          acceptedAnswer: { '@type': 'Answer', text: 'Les studios\u202f; voir les membres.' },
        },
      ],
    },
  ]);
  expect(view.contact).toEqual({
    name: 'Service des appels',
    href: 'mailto:appels@example.org',
    text: 'appels@example.org',
  });
  expect(view.changes.map(({ date }) => date)).toEqual(['20 juillet 2009', '5 juillet 2009']);
  expect(view.results?.rows).toEqual([
    { title: 'Projet A', amount: 45000, theme: 'Jeu', holder: { name: 'Studio Essai', href: '/membres/studio/' } },
    { title: 'Projet B', amount: 55000, theme: undefined, holder: { name: 'Collectif B' } },
  ]);
  expect(view.results?.total).toBe(100000);
  expect(view.results?.share).toBe('25\u00a0%');
  expect(view.calendar).toBe('/appels-a-projets/appel-complet.ics');
});

test('gives a grant whose two ends are one amount as that amount, and a call open until funds run out a deadline read after « Date limite : » with no second colon', async () => {
  const siteData = await loadSiteData();
  const view = callView(siteData, byId(siteData.calls, 'appel-forfait'), 'https://pole.example');
  expect(view.grantText).toBe('20\u202f000\u00a0€ par projet');
  expect(view.deadlineText).toBe('Aucune (jusqu’à épuisement des crédits)');
});

test('declares the questions of a call in the language they are written in: English when translated, French otherwise', async () => {
  const english = englishSiteData(await loadSiteData());
  const translated = callView(english, byId(english.calls, 'appel-complet'), 'https://pole.example');
  expect(translated.head.jsonLd?.map((ld) => [ld['inLanguage'], ld['url']])).toEqual([
    ['en', 'https://pole.example/en/calls/appel-complet/'],
  ]);
  expect(callView(english, byId(english.calls, 'appel-complet'), 'https://pole.example').faq[0]?.question).toBe('Who?');
  // Without the translation, the English page shows the French questions, declared French.
  const french = await loadSiteData();
  const untranslated = englishSiteData({ ...french, translations: { ...french.translations, calls: new Map() } });
  const view = callView(untranslated, byId(untranslated.calls, 'appel-complet'), 'https://pole.example');
  expect(view.head.jsonLd?.map((ld) => ld['inLanguage'])).toEqual(['fr']);
  expect(view.faq[0]?.question).toBe('Qui\u202f?');
});
