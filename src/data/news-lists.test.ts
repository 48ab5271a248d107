import { describe, expect, test, vi } from 'vitest';
import {
  callNewsPaths,
  callNewsView,
  memberNewsPaths,
  memberNewsView,
  newsListPaths,
  newsListView,
  tagListPaths,
  tagListView,
} from './news-lists.ts';
import { loadSiteData } from './site.ts';
import { asBuild, itemAt, paginateLikeAstro, type TestContent } from './test-content.ts';

const content = vi.hoisted((): TestContent => {
  const article = (n: number, members: string[], calls: string[] = []) =>
    [
      `article-${String(n).padStart(2, '0')}`,
      {
        title: `Article ${n}`,
        description: `L’article ${n}.`,
        date: `2009-01-${String(n).padStart(2, '0')}`,
        tags: n <= 11 ? ['Jeu vidéo'] : [],
        members,
        calls,
      },
    ] as [string, Record<string, unknown>];
  return {
    news: [
      // Twelve cite the studio; five the school and the call; four the lab.
      ...Array.from({ length: 12 }, (_, i) =>
        article(
          i + 1,
          ['studio-nord', ...(i < 5 ? ['ecole-sud'] : []), ...(i >= 8 ? ['labo-est'] : [])],
          i < 5 ? ['appel-2009'] : [],
        ),
      ),
    ],
    members: [
      ['studio-nord', { name: 'Studio Nord', kind: 'entreprise', city: 'Lille', summary: 'Un studio.' }],
      ['ecole-sud', { name: 'École Sud', kind: 'ecole', city: 'Douai', summary: 'Une école.' }],
      ['labo-est', { name: 'Labo Est', kind: 'laboratoire', city: 'Lens', summary: 'Un laboratoire.' }],
    ],
    calls: [
      ['appel-2009', { title: 'Appel 2009', summary: 'Clos.', budget: 1000, themes: ['Jeu'], opens: '2009-07-02' }],
      ['appel-2010', { title: 'Appel 2010', summary: 'Clos.', budget: 1000, themes: ['Jeu'], opens: '2010-01-02' }],
    ],
  };
});

vi.mock('astro:content', async () => (await import('./test-content.ts')).mockedAstroContent(content));

asBuild(new Date('2010-06-01T12:00:00Z'));

const summary = (paths: { params: object; props: { page: { data: { id: string }[] } } }[]) =>
  paths.map(({ params, props }) => [params, props.page.data.map((a) => a.id)]);

describe('the paths of the paginated lists', () => {
  test('splits the news into pages of ten, the first without a number, each with the key of the whole site', async () => {
    const siteData = await loadSiteData();
    const paths = newsListPaths(siteData, paginateLikeAstro);
    expect(paths.map((path) => [path.params.page, path.props.page.data.length, path.cacheKey])).toEqual([
      [undefined, 10, siteData.key],
      ['2', 2, siteData.key],
    ]);
    expect(itemAt(paths, 1).props.page.data.map((a) => a.id)).toEqual(['article-02', 'article-01']);
  });

  test('gives each keyword its pages under its slug', async () => {
    const paths = tagListPaths(await loadSiteData(), paginateLikeAstro);
    expect(paths.map(({ params, props }) => [params, props.tag.label, props.page.data.length])).toEqual([
      [{ tag: 'jeu-video', page: undefined }, 'Jeu vidéo', 10],
      [{ tag: 'jeu-video', page: '2' }, 'Jeu vidéo', 1],
    ]);
  });

  test('gives a news list only to members cited by more than four articles', async () => {
    const paths = memberNewsPaths(await loadSiteData(), paginateLikeAstro);
    expect(summary(paths)).toEqual([
      [{ id: 'ecole-sud', page: undefined }, ['article-05', 'article-04', 'article-03', 'article-02', 'article-01']],
      [
        { id: 'studio-nord', page: undefined },
        [
          'article-12',
          'article-11',
          'article-10',
          'article-09',
          'article-08',
          'article-07',
          'article-06',
          'article-05',
          'article-04',
          'article-03',
        ],
      ],
      [{ id: 'studio-nord', page: '2' }, ['article-02', 'article-01']],
    ]);
  });

  test('gives a news list only to calls cited by more than four articles', async () => {
    const paths = callNewsPaths(await loadSiteData(), paginateLikeAstro);
    expect(paths.map(({ params, props }) => [params, props.entry.id, props.page.total])).toEqual([
      [{ id: 'appel-2009', page: undefined }, 'appel-2009', 5],
    ]);
  });
});

describe('the views of the paginated lists', () => {
  test('titles the news list’s pages after the first with their number', async () => {
    const siteData = await loadSiteData();
    const paths = newsListPaths(siteData, paginateLikeAstro);
    const view = newsListView(siteData, itemAt(paths, 1).props.page);
    expect(newsListView(siteData, itemAt(paths, 0).props.page).list.title).toBe('Actualités');
    expect(view.list).toMatchObject({
      title: 'Actualités, page 2 sur 2',
      description: 'Les actualités du Pôle Essai Nord et de la filière régionale de l’image, page 2 sur 2.',
      feeds: [{ title: 'Actualités', path: '/actualites/rss.xml' }],
      breadcrumbs: [{ label: 'Accueil', href: '/' }, { label: 'Actualités' }],
      total: 12,
      current: 2,
      last: 2,
    });
    expect([view.list.url(1), view.list.url(2)]).toEqual(['/actualites/', '/actualites/2/']);
    expect(view.feed).toEqual({ path: '/actualites/rss.xml', subject: 'aux actualités' });
  });

  test('names a keyword’s list after the keyword, in French typography', async () => {
    const siteData = await loadSiteData();
    const paths = tagListPaths(siteData, paginateLikeAstro);
    const [first, second] = [itemAt(paths, 0), itemAt(paths, 1)];
    const view = tagListView(siteData, second.props.tag, second.props.page);
    expect(tagListView(siteData, first.props.tag, first.props.page).list.title).toBe('Mot clé «\u202fJeu vidéo\u202f»');
    expect(view.list).toMatchObject({
      title: 'Mot clé «\u202fJeu vidéo\u202f», page 2 sur 2',
      heading: '«\u202fJeu vidéo\u202f», page 2 sur 2',
      description: 'Les 11 actualités du Pôle Essai Nord avec le mot clé «\u202fJeu vidéo\u202f», page 2 sur 2.',
      eyebrow: 'Mot clé',
      feeds: [{ title: 'Mot clé «\u202fJeu vidéo\u202f»', path: '/mots-cles/jeu-video/rss.xml' }],
    });
    expect(view.list.url(2)).toBe('/mots-cles/jeu-video/2/');
    expect(view.feed).toEqual({ path: '/mots-cles/jeu-video/rss.xml', subject: 'au mot clé «\u202fJeu vidéo\u202f»' });
  });

  test('puts a member’s news list under its page, with the way back to it', async () => {
    const siteData = await loadSiteData();
    const paths = memberNewsPaths(siteData, paginateLikeAstro);
    const { props } = itemAt(
      paths.filter((path) => path.params.id === 'studio-nord'),
      0,
    );
    const view = memberNewsView(siteData, props.entry, props.page);
    expect(view.list).toMatchObject({
      title: 'Actualités citant Studio Nord',
      description: 'Les 12 actualités du Pôle Essai Nord qui citent Studio Nord.',
      breadcrumbs: [
        { label: 'Accueil', href: '/' },
        { label: 'Membres', href: '/membres/' },
        { label: 'Studio Nord', href: '/membres/studio-nord/' },
        { label: 'Actualités' },
      ],
    });
    expect(view.list.feeds).toBeUndefined();
    expect(view.list.url(2)).toBe('/membres/studio-nord/actualites/2/');
    expect(view.back).toEqual({ label: 'Retour à la fiche du membre', path: '/membres/studio-nord/' });
  });

  test('puts a call’s news list under its page, with the way back to it', async () => {
    const siteData = await loadSiteData();
    const { props } = itemAt(callNewsPaths(siteData, paginateLikeAstro), 0);
    const view = callNewsView(siteData, props.entry, props.page);
    expect(view.list).toMatchObject({
      title: 'Actualités sur «\u202fAppel 2009\u202f»',
      description: 'Les 5 actualités du Pôle Essai Nord sur l’appel à projets «\u202fAppel 2009\u202f».',
      breadcrumbs: [
        { label: 'Accueil', href: '/' },
        { label: 'Appels à projets', href: '/appels-a-projets/' },
        { label: 'Appel 2009', href: '/appels-a-projets/appel-2009/' },
        { label: 'Actualités' },
      ],
    });
    expect(view.list.url(1)).toBe('/appels-a-projets/appel-2009/actualites/');
    expect(view.back).toEqual({ label: 'Retour à l’appel à projets', path: '/appels-a-projets/appel-2009/' });
  });
});
