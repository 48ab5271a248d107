import { describe, expect, it } from 'vitest';
import { callDocumentPath, parseRoute, reservedCallId, reservedPageId, reservedPageIds, routes } from './routes.ts';

/** Every route with the path it builds and what parsing that path gives back. */
const cases = [
  ['home', routes.home(), '/', {}],
  ['news', routes.news(), '/actualites/', {}],
  ['news', routes.news(3), '/actualites/3/', { page: 3 }],
  ['article', routes.article('lancement'), '/actualites/lancement/', { collection: 'news', id: 'lancement' }],
  ['newsFeed', routes.newsFeed(), '/actualites/rss.xml', {}],
  ['tags', routes.tags(), '/mots-cles/', {}],
  ['tag', routes.tag('Jeu vidéo'), '/mots-cles/jeu-video/', { tag: 'jeu-video' }],
  ['tag', routes.tag('Jeu vidéo', 2), '/mots-cles/jeu-video/2/', { tag: 'jeu-video', page: 2 }],
  ['tagFeed', routes.tagFeed('C#'), '/mots-cles/c-sharp/rss.xml', { tag: 'c-sharp' }],
  ['members', routes.members(), '/membres/', {}],
  ['member', routes.member('ankama'), '/membres/ankama/', { collection: 'members', id: 'ankama' }],
  ['memberNews', routes.memberNews('ankama'), '/membres/ankama/actualites/', { collection: 'members', id: 'ankama' }],
  [
    'memberNews',
    routes.memberNews('ankama', 2),
    '/membres/ankama/actualites/2/',
    { collection: 'members', id: 'ankama', page: 2 },
  ],
  ['calls', routes.calls(), '/appels-a-projets/', {}],
  ['callsFeed', routes.callsFeed(), '/appels-a-projets/rss.xml', {}],
  ['call', routes.call('appel-2009'), '/appels-a-projets/appel-2009/', { collection: 'calls', id: 'appel-2009' }],
  [
    'callNews',
    routes.callNews('appel-2009', 12),
    '/appels-a-projets/appel-2009/actualites/12/',
    { collection: 'calls', id: 'appel-2009', page: 12 },
  ],
  ['agenda', routes.agenda(), '/agenda/', {}],
  ['agendaFeed', routes.agendaFeed(), '/agenda/rss.xml', {}],
  ['agendaArchives', routes.agendaArchives(), '/agenda/archives/', {}],
  ['agendaYear', routes.agendaYear(2009), '/agenda/archives/2009/', { year: 2009 }],
  ['event', routes.event('lancement'), '/agenda/lancement/', { collection: 'events', id: 'lancement' }],
  [
    'eventCalendar',
    routes.eventCalendar('lancement'),
    '/agenda/lancement.ics',
    { collection: 'events', id: 'lancement' },
  ],
  ['agendaCalendar', routes.agendaCalendar(), '/agenda.ics', {}],
  ['page', routes.page('le-pole'), '/le-pole/', { collection: 'pages', id: 'le-pole' }],
  ['search', routes.search(), '/recherche/', {}],
  ['feed', routes.feed(), '/rss.xml', {}],
  ['feedStylesheet', routes.feedStylesheet(), '/rss.xsl', {}],
  ['feedImage', routes.feedImage(), '/feed-icon.png', {}],
  ['socialImage', routes.socialImage(), '/og-image.png', {}],
  ['favicon', routes.favicon(), '/favicon.svg', {}],
  ['searchQueryFlag', routes.searchQueryFlag(), '/recherche-requete.js', {}],
  ['sitemap', routes.sitemap(), '/sitemap.xml', {}],
] as const;

describe('routes and parseRoute', () => {
  it.each(cases)('%s builds %s, which parses back to the same route', (name, built, path, params) => {
    expect(built).toBe(path);
    expect(parseRoute(path)).toEqual({ name, page: 1, ...params });
  });

  it('reads no event in the archives’ address, nor a year that is not four digits', () => {
    expect(parseRoute('/agenda/archives/')?.name).toBe('agendaArchives');
    expect(parseRoute('/agenda/archives/09/')).toBeUndefined();
    expect(parseRoute('/agenda/lancement.pdf')).toBeUndefined();
    expect(parseRoute('/agenda/.ics')).toBeUndefined();
  });

  it('builds the first page of a list without a number', () => {
    expect(routes.news(1)).toBe('/actualites/');
    expect(routes.memberNews('ankama', 1)).toBe('/membres/ankama/actualites/');
  });

  it('ignores the query, the fragment and a missing trailing slash', () => {
    expect(parseRoute('/membres/ankama/?vue=carte#contact')).toEqual({
      name: 'member',
      collection: 'members',
      id: 'ankama',
      page: 1,
    });
    expect(parseRoute('/membres/ankama')).toEqual({ name: 'member', collection: 'members', id: 'ankama', page: 1 });
  });

  it('designates nothing for addresses of no route', () => {
    for (const path of [
      '/actualites/1/',
      '/actualites/lancement/photos/',
      '/membres/ankama/actualites/0/',
      '/membres/ankama/contact/',
      '/mots-cles/jeu-video/rss.json',
      'membres/ankama/',
      'https://example.org/membres/ankama/',
    ]) {
      expect(parseRoute(path), path).toBeUndefined();
    }
  });

  it('never reads a section or a file of the site as a standalone page', () => {
    expect(parseRoute('/recherche/')).toEqual({ name: 'search', page: 1 });
    expect(parseRoute('/pagefind/')).toBeUndefined();
    expect(parseRoute('/robots.txt')).toBeUndefined();
  });
});

describe('reservedPageIds', () => {
  it("holds every section's first segment, the site's files and what Astro and Pagefind write", () => {
    expect([...reservedPageIds].sort()).toEqual([
      '404',
      '_astro',
      'actualites',
      'agenda',
      'agenda.ics',
      'appels-a-projets',
      'favicon.svg',
      'feed-icon.png',
      'membres',
      'mots-cles',
      'og-image.png',
      'pagefind',
      'recherche',
      'recherche-requete.js',
      'robots.txt',
      'rss.xml',
      'rss.xsl',
      'sitemap.xml',
    ]);
  });

  it('refuses a page named like a section and accepts any other name', () => {
    expect(reservedPageId('membres')).toBe("« /membres/ » est déjà l'adresse d'une rubrique du site");
    expect(reservedPageId('le-pole')).toBeUndefined();
  });
});

describe('calls’ calendars and documents', () => {
  it('puts a call’s calendar beside its page, every call’s in calendrier.ics, and its documents under its page', () => {
    expect(routes.callCalendar('appel-a-projets-2009')).toBe('/appels-a-projets/appel-a-projets-2009.ics');
    expect(parseRoute('/appels-a-projets/appel-a-projets-2009.ics')).toMatchObject({
      name: 'callCalendar',
      collection: 'calls',
      id: 'appel-a-projets-2009',
    });
    expect(routes.callsCalendar()).toBe('/appels-a-projets/calendrier.ics');
    expect(parseRoute('/appels-a-projets/calendrier.ics')?.name).toBe('callsCalendar');
    expect(callDocumentPath('appel-2009', 'reglement.pdf')).toBe('/appels-a-projets/appel-2009/reglement.pdf');
  });

  it('keeps the name calendrier from calls, whose calendar would take that of every call', () => {
    expect(reservedCallId('calendrier')).toBe(
      "« /appels-a-projets/calendrier.ics » est l'adresse du calendrier de tous les appels",
    );
    expect(reservedCallId('appel-2009')).toBeUndefined();
  });
});
