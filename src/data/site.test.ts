import { describe, expect, test, vi } from 'vitest';
import {
  articlesAboutCall,
  articlesAboutMember,
  callsOf,
  devDataKey,
  loadSiteData,
  membersOf,
  neighbours,
  siteDataFrom,
  sourceOf,
  tagsOf,
  cacheKey,
} from './site.ts';
import { ContentError, type FileProblem } from '../lib/content-files.ts';
import { asBuild, byId, testCollections, type TestEntry } from './test-content.ts';

vi.mock('astro:content', async () =>
  (await import('./test-content.ts')).mockedAstroContent({
    news: [
      [
        'lancement',
        {
          title: 'Lancement',
          description: 'Le pôle est lancé.',
          date: '2009-07-02',
          tags: ['Jeu vidéo', 'Région'],
          members: ['studio-nord', 'ecole-sud'],
          calls: ['appel-2009'],
        },
      ],
      [
        'bilan',
        { title: 'Bilan', description: 'Un bilan.', date: '2009-12-01', tags: ['Région'], members: ['studio-nord'] },
      ],
      [
        'atelier',
        {
          title: 'Atelier',
          description: 'Un atelier.',
          date: '2009-12-01',
          members: ['studio-nord', 'brouillon-membre'],
        },
      ],
      [
        'brouillon',
        {
          title: 'Brouillon',
          description: 'Pas encore.',
          date: '2009-08-01',
          draft: true,
          members: ['studio-nord'],
          tags: ['Caché'],
        },
      ],
      ['demain', { title: 'Demain', description: 'Plus tard.', date: '2010-01-16', calls: ['appel-2009'] }],
    ],
    members: [
      ['studio-nord', { name: 'Studio Nord', kind: 'entreprise', city: 'Lille', summary: 'Un studio.' }],
      ['ecole-sud', { name: 'École Sud', kind: 'ecole', city: 'Douai', summary: 'Une école.' }],
      ['atelier-est', { name: 'atelier Est', kind: 'entreprise', city: 'Lens', summary: 'Un atelier.' }],
      [
        'brouillon-membre',
        { name: 'Aaa Brouillon', kind: 'entreprise', city: 'Arras', summary: 'Pas encore.', draft: true },
      ],
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
      [
        'appel-ouvert',
        { title: 'Appel ouvert', summary: 'Ouvert.', budget: 2000, themes: ['Jeu'], opens: '2010-01-01' },
      ],
      [
        'appel-futur',
        { title: 'Appel futur', summary: 'À venir.', budget: 3000, themes: ['Jeu'], opens: '2010-03-01' },
      ],
    ],
  }),
);

// 15 January 2010, 23:30 UTC: already the 16th in Paris (UTC+1).
const BUILT_AT = new Date('2010-01-15T23:30:00Z');

asBuild(BUILT_AT);

const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);

/** The problems of the ContentError that `load` throws; the test fails if it throws nothing else. */
function problemsOf(load: () => unknown): readonly FileProblem[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('No ContentError thrown');
}

describe('loadSiteData, in a build', () => {
  test('leaves drafts out of every list', async () => {
    const siteData = await loadSiteData();
    expect(ids(siteData.news)).not.toContain('brouillon');
    expect(ids(siteData.members)).not.toContain('brouillon-membre');
    expect(siteData.tags.map((tag) => tag.label)).not.toContain('Caché');
  });

  test('publishes an article on its day in Paris, even when it is still the day before in UTC', async () => {
    const siteData = await loadSiteData();
    expect(ids(siteData.news)).toContain('demain');
    expect(siteData.builtAt).toEqual(BUILT_AT);
  });

  test('orders articles newest first, and those of the same day by title', async () => {
    expect(ids((await loadSiteData()).news)).toEqual(['demain', 'atelier', 'bilan', 'lancement']);
  });

  test('orders members by name, ignoring case and accents as a French reader would', async () => {
    expect(ids((await loadSiteData()).members)).toEqual(['atelier-est', 'ecole-sud', 'studio-nord']);
  });

  test('orders calls open first, then upcoming, then closed', async () => {
    expect(ids((await loadSiteData()).calls)).toEqual(['appel-ouvert', 'appel-futur', 'appel-2009']);
  });

  test('gathers each keyword once, alphabetically, with its published articles newest first', async () => {
    const { tags } = await loadSiteData();
    expect(tags.map(({ slug, label, articles }) => [slug, label, ids(articles)])).toEqual([
      ['jeu-video', 'Jeu vidéo', ['lancement']],
      ['region', 'Région', ['bilan', 'lancement']],
    ]);
  });

  test('lists the published articles citing a member or a call, newest first', async () => {
    const siteData = await loadSiteData();
    const member = (id: string) => byId(siteData.members, id);
    const call = (id: string) => byId(siteData.calls, id);
    expect(ids(articlesAboutMember(siteData, member('studio-nord')))).toEqual(['atelier', 'bilan', 'lancement']);
    expect(ids(articlesAboutMember(siteData, member('atelier-est')))).toEqual([]);
    expect(ids(articlesAboutCall(siteData, call('appel-2009')))).toEqual(['demain', 'lancement']);
  });

  test('gives an article the published members and calls it cites, in its own order', async () => {
    const siteData = await loadSiteData();
    const article = (id: string) => byId(siteData.news, id);
    expect(ids(membersOf(siteData, article('lancement')))).toEqual(['studio-nord', 'ecole-sud']);
    expect(ids(membersOf(siteData, article('atelier')))).toEqual(['studio-nord']);
    expect(ids(callsOf(siteData, article('lancement')))).toEqual(['appel-2009']);
    expect(tagsOf(siteData, article('lancement')).map((tag) => tag.slug)).toEqual(['jeu-video', 'region']);
  });

  test('gives an article its newer and older neighbours in the news list, none beyond its ends', async () => {
    const siteData = await loadSiteData();
    const { newer, older } = neighbours(siteData, byId(siteData.news, 'atelier'));
    expect([newer?.id, older?.id]).toEqual(['demain', 'bilan']);
    expect(neighbours(siteData, byId(siteData.news, 'demain')).newer).toBeUndefined();
    expect(neighbours(siteData, byId(siteData.news, 'lancement')).older).toBeUndefined();
  });

  test('loads the collections once per build', async () => {
    expect(await loadSiteData()).toBe(await loadSiteData());
  });
});

describe('siteDataFrom', () => {
  const news: TestEntry[] = [
    ['hier', { title: 'Hier', description: 'Publié.', date: '2010-01-15' }],
    ['aujourdhui', { title: 'Aujourd’hui', description: 'Publié.', date: '2010-01-16' }],
    ['apres-demain', { title: 'Après-demain', description: 'Attend.', date: '2010-01-18' }],
    ['brouillon', { title: 'Brouillon', description: 'Attend.', date: '2010-01-01', draft: true }],
  ];

  test('keeps an article dated after the Paris day of the build out of the news', () => {
    const siteData = siteDataFrom(testCollections({ news }), {
      builtAt: new Date('2010-01-15T23:00:00Z'),
      showUnpublished: false,
    });
    expect(ids(siteData.news)).toEqual(['aujourdhui', 'hier']);
  });

  test('shows drafts and future articles when unpublished entries are shown (astro dev)', () => {
    const siteData = siteDataFrom(testCollections({ news }), {
      builtAt: new Date('2010-01-15T12:00:00Z'),
      showUnpublished: true,
    });
    expect(ids(siteData.news)).toEqual(['apres-demain', 'aujourdhui', 'hier', 'brouillon']);
  });

  test('shows a change notice of a call or an event from its Paris day on, as a dated article', () => {
    const changes = [
      { date: '2010-01-10', note: 'Passée.' },
      { date: '2010-01-16', note: 'Du jour à Paris.' },
      { date: '2010-01-17', note: 'À venir.' },
    ];
    const collections = testCollections({
      calls: [['appel', { title: 'A', summary: 'S', budget: 1, themes: ['Jeu'], opens: '2010-01-01', changes }]],
      events: [
        [
          'rencontre',
          {
            title: 'R',
            description: 'D',
            start: '2010-02-01',
            announced: '2010-01-01',
            location: { name: 'Salle', city: 'Lille' },
            changes,
          },
        ],
      ],
    });
    // 23:00 UTC on 15 January is already 16 January in Paris.
    const built = siteDataFrom(collections, { builtAt: new Date('2010-01-15T23:00:00Z'), showUnpublished: false });
    for (const entry of [built.calls[0], built.events[0]]) {
      expect(entry?.data.changes.map(({ note }) => note)).toEqual(['Passée.', 'Du jour à Paris.']);
    }
    const dev = siteDataFrom(collections, { builtAt: new Date('2010-01-15T23:00:00Z'), showUnpublished: true });
    expect(dev.calls[0]?.data.changes).toHaveLength(3);
  });

  test('stops on an article citing an unknown member, naming its file and field', () => {
    const collections = testCollections({
      news: [
        ['orphelin', { title: 'Orphelin', description: 'Cite un inconnu.', date: '2009-01-01', members: ['personne'] }],
      ],
    });
    const problems = problemsOf(() => siteDataFrom(collections, { builtAt: BUILT_AT, showUnpublished: false }));
    expect(problems.map((problem) => problem.file)).toEqual(['content/news/orphelin.md']);
    expect(problems[0]?.message).toMatch(
      /^« members » : membre inconnu « personne » ; aucun fichier content\/members\/personne\.md/,
    );
  });

  test('stops when the settings file is missing', () => {
    const problems = problemsOf(() =>
      siteDataFrom(testCollections({ settings: null }), { builtAt: BUILT_AT, showUnpublished: false }),
    );
    expect(problems.map((problem) => problem.file)).toEqual(['content/settings/site.yaml']);
  });

  test('changes its key when any front matter changes, not when a body does', () => {
    const options = { builtAt: BUILT_AT, showUnpublished: false };
    const base = testCollections({ news });
    const key = siteDataFrom(base, options).key;
    const retitled = testCollections({ news });
    byId(retitled.news, 'hier').data.title = 'Hier, autrement';
    const rewritten = testCollections({ news });
    byId(rewritten.news, 'hier').body = 'Un autre texte.';
    expect(siteDataFrom(retitled, options).key).not.toBe(key);
    expect(siteDataFrom(rewritten, options).key).toBe(key);
  });
});

describe('the checks that need an entry’s body', () => {
  const options = { builtAt: BUILT_AT, showUnpublished: false };
  const cancelled: TestEntry = [
    'annulee',
    {
      title: 'Annulée',
      description: 'D',
      start: '2010-02-01',
      announced: '2010-01-01',
      status: 'annulé',
      location: { name: 'Salle', city: 'Lille' },
    },
  ];
  const article: TestEntry = ['hier', { title: 'Hier', description: 'Publié.', date: '2010-01-15' }];
  const translated: TestEntry = ['hier', { title: 'Yesterday', description: 'Published.' }];

  test('stop on a cancelled event without text, and on a translation without the text its French entry has', () => {
    const collections = testCollections({ events: [cancelled], news: [article], translations: { news: [translated] } });
    // Astro stores no empty body: nothing after the front matter leaves none.
    delete byId(collections.events, 'annulee').body;
    byId(collections.newsEn ?? [], 'hier').body = '<!-- À traduire. -->\n';
    const problems = problemsOf(() => siteDataFrom(collections, options));
    expect(problems.map((problem) => problem.file).sort()).toEqual([
      'content/events/annulee.md',
      'content/news/en/hier.md',
    ]);
  });

  test('are left to the content check when the store keeps no bodies (npm run build)', () => {
    // The content check, beside the build, reads the files themselves.
    const collections = testCollections({ events: [cancelled], news: [article], translations: { news: [translated] } });
    for (const entry of [...collections.events, ...collections.news, ...(collections.newsEn ?? [])]) delete entry.body;
    expect(siteDataFrom(collections, { ...options, bodies: false }).events.map(({ id }) => id)).toEqual(['annulee']);
  });
});

describe('cacheKey, what a page of an incremental build is rendered again for', () => {
  const siteData = siteDataFrom(
    testCollections({ news: [['hier', { title: 'H', description: 'D', date: '2010-01-15' }]] }),
    {
      builtAt: BUILT_AT,
      showUnpublished: false,
    },
  );

  test('knows an entry’s text by the digest of its file, or by its body without one', () => {
    expect(sourceOf({ digest: 'a1b2', body: 'Texte.' })).toBe('a1b2');
    expect(sourceOf({ body: 'Texte.' })).toBe('Texte.');
    expect(sourceOf(undefined)).toBe('');
  });

  test('changes with the entry’s text, not with anything else of it', () => {
    const key = cacheKey(siteData, { id: 'hier', source: 'a1b2:' });
    expect(cacheKey(siteData, { id: 'hier', source: 'a1b2:' })).toBe(key);
    expect(cacheKey(siteData, { id: 'hier', source: 'c3d4:' })).not.toBe(key);
    expect(cacheKey(siteData, { id: 'hier', source: 'a1b2:e5f6' })).not.toBe(key);
    expect(cacheKey(siteData)).toBe(siteData.key);
  });
});

describe('devDataKey, what the dev server’s site data is made again for', () => {
  const collections = testCollections({
    news: [['lancement', { title: 'Lancement', description: 'Le pôle est lancé.', date: '2009-07-02' }]],
  });
  const withDigest = (digest: string) => ({
    ...collections,
    news: collections.news.map((entry) => ({ ...entry, digest })),
  });
  const files = ['appel-2009.md', 'appel-2009/reglement.pdf'];
  const at = new Date('2026-11-30T10:15:20Z');
  const key = devDataKey(withDigest('a1'), files, at);

  test('stays the same while nothing changes, within the same minute', () => {
    expect(devDataKey(withDigest('a1'), [...files], new Date('2026-11-30T10:15:59Z'))).toBe(key);
  });

  test('changes with an edit to an entry (its digest), a document added to the calls, or the next minute', () => {
    expect(devDataKey(withDigest('b2'), files, at)).not.toBe(key);
    expect(devDataKey(withDigest('a1'), [...files, 'appel-2009/annexe.pdf'], at)).not.toBe(key);
    expect(devDataKey(withDigest('a1'), files, new Date('2026-11-30T10:16:00Z'))).not.toBe(key);
  });

  test('reads an entry without a digest by its data', () => {
    const edited = {
      ...collections,
      news: collections.news.map((entry) => ({ ...entry, data: { ...entry.data, title: 'Lancement du pôle' } })),
    };
    expect(devDataKey(edited, files, at)).not.toBe(devDataKey(collections, files, at));
  });
});
