import { describe, expect, it } from 'vitest';
import {
  callDocumentPath,
  parseRoute,
  reservedCallId,
  reservedPageId,
  reservedPageIds,
  routeRepairs,
  routes,
  routesIn,
  translatePath,
} from './routes.ts';

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
    expect(parseRoute(path)).toEqual({ name, lang: 'fr', page: 1, ...params });
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
      lang: 'fr',
      page: 1,
    });
    expect(parseRoute('/membres/ankama')).toEqual({
      name: 'member',
      lang: 'fr',
      collection: 'members',
      id: 'ankama',
      page: 1,
    });
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
    expect(parseRoute('/recherche/')).toEqual({ name: 'search', lang: 'fr', page: 1 });
    expect(parseRoute('/pagefind/')).toBeUndefined();
    expect(parseRoute('/robots.txt')).toBeUndefined();
  });
});

/** Every English route with the path it builds and what parsing that path gives back. */
const english = routesIn('en');
const englishCases = [
  ['home', english.home(), '/en/', {}],
  ['news', english.news(2), '/en/news/2/', { page: 2 }],
  ['article', english.article('lancement'), '/en/news/lancement/', { collection: 'news', id: 'lancement' }],
  ['newsFeed', english.newsFeed(), '/en/news/rss.xml', {}],
  ['tags', english.tags(), '/en/keywords/', {}],
  ['tag', english.tag('Video games'), '/en/keywords/video-games/', { tag: 'video-games' }],
  ['tagFeed', english.tagFeed('Animation'), '/en/keywords/animation/rss.xml', { tag: 'animation' }],
  ['members', english.members(), '/en/members/', {}],
  ['member', english.member('ankama'), '/en/members/ankama/', { collection: 'members', id: 'ankama' }],
  ['memberNews', english.memberNews('ankama'), '/en/members/ankama/news/', { collection: 'members', id: 'ankama' }],
  ['calls', english.calls(), '/en/calls/', {}],
  ['callsFeed', english.callsFeed(), '/en/calls/rss.xml', {}],
  ['call', english.call('appel-2009'), '/en/calls/appel-2009/', { collection: 'calls', id: 'appel-2009' }],
  ['search', english.search(), '/en/search/', {}],
  ['feed', english.feed(), '/en/rss.xml', {}],
  ['page', english.page('le-pole'), '/en/le-pole/', { collection: 'pages', id: 'le-pole' }],
  ['agenda', english.agenda(), '/en/events/', {}],
  ['agendaFeed', english.agendaFeed(), '/en/events/rss.xml', {}],
  ['agendaArchives', english.agendaArchives(), '/en/events/archives/', {}],
  ['agendaYear', english.agendaYear(2009), '/en/events/archives/2009/', { year: 2009 }],
  ['event', english.event('lancement'), '/en/events/lancement/', { collection: 'events', id: 'lancement' }],
] as const;

describe('English routes', () => {
  it.each(englishCases)('%s builds %s, which parses back to the same English route', (name, built, path, params) => {
    expect(built).toBe(path);
    expect(parseRoute(path)).toEqual({ name, lang: 'en', page: 1, ...params });
  });

  it('gives the files every language shares one address, parsed as French', () => {
    expect(english.favicon()).toBe('/favicon.svg');
    expect(english.sitemap()).toBe('/sitemap.xml');
    expect(english.callsCalendar()).toBe('/appels-a-projets/calendrier.ics');
    expect(english.agendaCalendar()).toBe('/agenda.ics');
    expect(english.eventCalendar('lancement')).toBe('/agenda/lancement.ics');
    expect(parseRoute('/en/favicon.svg')).toBeUndefined();
    expect(parseRoute('/en/events/lancement.ics')).toBeUndefined();
  });

  it('leads from a page to the same page in the other language, and nowhere from an address of no route', () => {
    expect(translatePath('/membres/ankama/', 'en')).toBe('/en/members/ankama/');
    expect(translatePath('/en/keywords/jeu-video/2/', 'fr')).toBe('/mots-cles/jeu-video/2/');
    expect(translatePath('/en/', 'fr')).toBe('/');
    expect(translatePath('/actualites/', 'en')).toBe('/en/news/');
    expect(translatePath('/agenda/archives/2009/', 'en')).toBe('/en/events/archives/2009/');
    expect(translatePath('/en/events/lancement/', 'fr')).toBe('/agenda/lancement/');
    expect(translatePath('/en/membres/ankama/', 'fr')).toBeUndefined();
  });
});

describe('routeRepairs', () => {
  it('suggests the address a path mixing both languages’ section names meant, in its language first', () => {
    expect(routeRepairs('/en/membres/ankama/')).toEqual(['/en/members/ankama/', '/membres/ankama/']);
    expect(routeRepairs('/members/ankama/actualites/2/')).toEqual([
      '/membres/ankama/actualites/2/',
      '/en/members/ankama/news/2/',
    ]);
    expect(routeRepairs('/en/appels-a-projets/rss.xml')).toEqual(['/en/calls/rss.xml', '/appels-a-projets/rss.xml']);
  });

  it('suggests nothing for a route of the site, nor for a path no mix-up explains', () => {
    expect(routeRepairs('/en/members/ankama/')).toEqual([]);
    expect(routeRepairs('/membres/ankama/')).toEqual([]);
    expect(routeRepairs('/appels-a-projets/appel/reglement.pdf')).toEqual([]);
    expect(routeRepairs('/un/chemin/inconnu/')).toEqual([]);
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
      'calls',
      'en',
      'events',
      'favicon.svg',
      'feed-icon.png',
      'fr',
      'keywords',
      'members',
      'membres',
      'mots-cles',
      'news',
      'og-image.png',
      'pagefind',
      'recherche',
      'recherche-requete.js',
      'robots.txt',
      'rss.xml',
      'rss.xsl',
      'search',
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
