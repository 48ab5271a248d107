/**
 * The English version: every French address of before still there, the
 * English routes built, each `hreflang` alternate existing and pointing
 * back, untranslated text marked and announced, and no French word of the
 * interface on an English page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readPage, visibleText } from '../helpers/dist.ts';
import { parseFeed } from '../helpers/feed-reader.ts';
import { SITE_URL } from '../setup/build-sites.ts';

const { site, siteBase } = inject('sites');
const page = (path: string) => readPage(site.dir, path);

/** The files the site published before it had an English version, read from that build. */
const frenchFiles = readFileSync(join(import.meta.dirname, '../fixtures/french-urls.txt'), 'utf8')
  .split('\n')
  .filter(Boolean);

const englishRoutes = [
  'en/index.html',
  'en/news/index.html',
  'en/news/lancement-du-pole-image/index.html',
  'en/keywords/index.html',
  'en/keywords/video-games/index.html',
  'en/members/index.html',
  'en/members/ankama/index.html',
  'en/members/le-fresnoy/index.html',
  'en/members/crrav/index.html',
  'en/calls/index.html',
  'en/calls/appel-a-projets-2009/index.html',
  'en/le-pole/index.html',
  'en/mentions-legales/index.html',
  'en/accessibilite/index.html',
  'en/search/index.html',
  'en/events/index.html',
  'en/events/archives/index.html',
  'en/events/archives/2009/index.html',
  'en/events/lancement-du-pole-image/index.html',
  'en/events/rss.xml',
  'en/rss.xsl',
  'en/404.html',
];

const htmlFiles = (dir: string) => listFiles(dir).filter((file) => file.endsWith('.html'));
const englishPages = () => htmlFiles(site.dir).filter((file) => file.startsWith('en/'));

describe('the French site', () => {
  it.each(frenchFiles)('still has %s, at the domain root and under a sub-path', (file) => {
    expect(existsSync(join(site.dir, file))).toBe(true);
    expect(existsSync(join(siteBase.dir, file))).toBe(true);
  });
});

describe('the English site', () => {
  it.each(englishRoutes)('has %s', (file) => {
    expect(existsSync(join(site.dir, file))).toBe(true);
    expect(existsSync(join(siteBase.dir, file))).toBe(true);
  });

  it('is in English on every page under /en/, and in French everywhere else', () => {
    for (const file of htmlFiles(site.dir)) {
      expect(page(file).querySelector('html')?.getAttribute('lang'), file).toBe(file.startsWith('en/') ? 'en' : 'fr');
    }
  });

  it('lists only translated articles, with a link to the French news for the others', () => {
    const list = page('en/news/');
    expect(list.querySelectorAll('main .card-title a').map((a) => a.getAttribute('href'))).toEqual([
      '/en/news/lancement-du-pole-image/',
      '/en/news/article-de-test-en-mdx/',
    ]);
    expect(list.querySelector('main a[href="/actualites/"][hreflang="fr"]')?.text).toBe('More news in French');
    expect(existsSync(join(site.dir, 'en/news/ouverture-du-premier-appel-a-projets/index.html'))).toBe(false);
  });

  it('shows the facts of members and calls with English labels and formats', () => {
    const facts = (file: string) =>
      page(file)
        .querySelectorAll('dl.facts dt, dl.facts dd')
        .map((node) => node.text.replace(/\s+/g, ' ').trim())
        .join(' | ');
    const ankama = facts('en/members/ankama/');
    expect(ankama).toContain(
      'Location | Roubaix-Tourcoing | Sectors | Video games | Founded | 2001 | Employees | 400+',
    );
    expect(ankama).toContain('(in 2009)');
    const call = facts('en/calls/appel-a-projets-2009/');
    expect(call).toContain('Budget | €1.85M');
    expect(call).toContain('Opens | 2 July 2009');
    expect(call).toContain('Deadline | Not announced');
  });
});

describe('a call that fills every field, in English', () => {
  const call = page('en/calls/appel-de-test-complet/');

  it('shows its sections under English headings, in the same order as the French page', () => {
    expect(call.querySelectorAll('main h2').map((h) => h.text.trim())).toEqual([
      'Who may apply',
      'What is funded',
      'Key dates',
      'Documents to download',
      'How to apply',
      'Frequently asked questions',
      'Contact',
      'Changes',
      'Projects funded',
      'News about this call',
    ]);
  });

  it('gives its deadline, grant, status and notices in English, the French texts marked lang="fr"', () => {
    const facts = call
      .querySelectorAll('dl.facts dt')
      .map((dt) => `${dt.text.trim()} | ${dt.nextElementSibling?.text.trim()}`);
    expect(facts).toContain('Deadline | 25 October 2009 at 12:00 (Paris time)');
    expect(facts).toContain('Grant per project | €20,000 to €150,000 per project');
    expect(call.querySelector('[data-call-opens]')?.text.trim()).toBe('Closed');
    expect(
      call
        .querySelector('header .changes')
        ?.text.replace(/[ \t\n]+/g, ' ')
        .trim(),
    ).toBe(
      'Changed on 1 October 2009: La date limite est repoussée au 25 octobre à midi\u202f; voir le calendrier. All changes',
    );
    expect(call.querySelector('header .changes li span')?.getAttribute('lang')).toBe('fr');
    expect(call.querySelector('#qui-peut-candidater + ul')?.getAttribute('lang')).toBe('fr');
    expect(call.querySelector('#questions + div')?.getAttribute('lang')).toBe('fr');
    expect(
      call.querySelectorAll('.timeline .label').map((label) => [label.text.trim(), label.getAttribute('lang')]),
    ).toEqual([
      ['Applications open', undefined],
      ['Réunion d’information de test', 'fr'],
      ['Application deadline', undefined],
      ['Jury de test', 'fr'],
      ['Annonce des résultats de test', 'fr'],
    ]);
  });

  it('tables the funded projects in English formats, the member linked to its English page', () => {
    expect(call.querySelector('#projets-soutenus + .table-scroll tbody a')?.getAttribute('href')).toBe(
      '/en/members/studio-de-test/',
    );
    expect(call.querySelector('.share')?.text).toBe('165,000\u00a0euros awarded, 41.3% of the budget.');
    const member = page('en/members/studio-de-test/');
    expect(member.querySelector('#projets-soutenus')?.text.trim()).toBe('Projects funded');
    const item = member.querySelector('#projets-soutenus + ul li');
    expect(item?.querySelector('a')?.getAttribute('href')).toBe('/en/calls/appel-de-test-complet/');
    expect(item?.text.replace(/[ \t\n]+/g, ' ')).toContain('€45,000');
  });

  it('links to the one calendar of every call, shared with the French list', () => {
    expect(page('en/calls/').querySelector('a[href="/appels-a-projets/calendrier.ics"]')?.text).toBe('calendrier.ics');
    expect(call.querySelector('a[href="/appels-a-projets/appel-de-test-complet.ics"]')?.text.trim()).toBe(
      'Add to my calendar',
    );
  });
});

describe('untranslated entries in English', () => {
  it('show the French text under a notice in English linking to the French page, marked lang="fr"', () => {
    for (const [file, french] of [
      ['en/members/crrav/', '/membres/crrav/'],
      ['en/members/le-fresnoy/', '/membres/le-fresnoy/'],
    ] as const) {
      const notice = page(file).querySelector('[data-untranslated]');
      expect(notice?.text, file).toContain('This page has not been translated into English yet');
      expect(notice?.querySelector(`a[href="${french}"][hreflang="fr"]`), file).not.toBeNull();
      expect(page(file).querySelector('.prose')?.getAttribute('lang'), file).toBe('fr');
      expect(page(file).querySelector('.lede')?.getAttribute('lang'), file).toBe('fr');
    }
  });

  it('keep their French title and summary marked lang="fr" in the English lists, translated ones unmarked', () => {
    const card = (file: string, link: string) => page(file).querySelector(`a[href="${link}"]`)?.closest('article');
    const members = 'en/members/';
    expect(card(members, '/en/members/crrav/')?.querySelector('.card-summary')?.getAttribute('lang')).toBe('fr');
    expect(card(members, '/en/members/ankama/')?.querySelector('.card-summary')?.getAttribute('lang')).toBeUndefined();
    const calls = 'en/calls/';
    const upcoming = card(calls, '/en/calls/appel-de-test-a-venir/');
    expect(upcoming?.querySelector('.card-title')?.getAttribute('lang')).toBe('fr');
    expect(upcoming?.querySelector('.card-summary')?.getAttribute('lang')).toBe('fr');
    const first = card(calls, '/en/calls/appel-a-projets-2009/');
    expect(first?.querySelector('.card-title')?.getAttribute('lang')).toBeUndefined();
    expect(first?.querySelector('.card-summary')?.getAttribute('lang')).toBeUndefined();
    // The same on a member's page, in its events.
    const events = 'en/events/';
    expect(
      card(events, '/en/events/festival-de-test/')?.querySelector('.card-title')?.getAttribute('lang'),
    ).toBeUndefined();
    expect(page(events).querySelectorAll('.card-title[lang="fr"]').length).toBeGreaterThan(0);
  });

  it('leave translated entries without notice, in English', () => {
    for (const file of ['en/members/ankama/', 'en/calls/appel-a-projets-2009/', 'en/le-pole/']) {
      expect(page(file).querySelector('[data-untranslated]'), file).toBeNull();
      expect(page(file).querySelector('.prose')?.getAttribute('lang'), file).toBeUndefined();
    }
    expect(page('en/members/ankama/').querySelector('.prose')?.text).toContain('Three young Web enthusiasts');
  });
});

describe('the agenda in English', () => {
  const text = (file: string, selector: string) => page(file).querySelector(selector)?.text.trim();

  it('shows a translated event in English, with British dates and its English price, without notice', () => {
    const file = 'en/events/festival-de-test/';
    expect(text(file, 'h1')).toBe('Three-day test festival');
    expect(page(file).querySelector('h1')?.getAttribute('lang')).toBeUndefined();
    expect(text(file, '.when')).toBe('1\u20133 July 2999');
    expect(page(file).querySelector('.facts')?.text).toContain('€15, €10 for students');
    expect(page(file).querySelector('[data-untranslated]')).toBeNull();
    expect(page(file).querySelector('.prose p')?.text).toBe(
      'An invented festival for the tests: three full days, from 1 to 3 July 2999.',
    );
    // English spacing in an English body: no space before the colon.
    expect(page(file).querySelectorAll('.prose p')[1]?.text).toBe(
      'Bring: a pair of 3D glasses1. What to check before coming:',
    );
    // What the Markdown pipeline writes itself is in English too.
    expect(
      page(file)
        .querySelectorAll('.prose .task-state')
        .map((box) => box.getAttribute('aria-label')),
    ).toEqual(['done', 'to do']);
    expect(page(file).querySelector('.prose [data-footnote-backref]')?.getAttribute('aria-label')).toBe(
      'Back to reference 1',
    );
    expect(page(file).querySelector('img.illustration')?.getAttribute('alt')).toBe(
      'The test festival’s poster, a coloured rectangle',
    );
    // The French change note stays French, marked as such.
    expect(page(file).querySelector('#changements + ul span[lang="fr"]')?.text).toBe(
      'Le festival dure trois jours au lieu de deux.',
    );
    expect(
      page(file)
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
    ).toEqual([
      ['en', `${SITE_URL}/en/events/festival-de-test/`],
      ['fr', `${SITE_URL}/agenda/festival-de-test/`],
      ['x-default', `${SITE_URL}/agenda/festival-de-test/`],
    ]);
  });

  it('shows an untranslated event’s French text under the notice, marked lang="fr", its facts in English', () => {
    const file = 'en/events/atelier-de-test-en-ligne/';
    expect(page(file).querySelector('[data-untranslated] a[href="/agenda/atelier-de-test-en-ligne/"]')).not.toBeNull();
    for (const selector of ['h1', '.lede', '.prose']) {
      expect(page(file).querySelector(selector)?.getAttribute('lang'), selector).toBe('fr');
    }
    expect(text(file, '.when')).toBe('Friday 1 February 2999');
    const facts = page(file).querySelector('.facts')?.text ?? '';
    expect(facts).toContain('18:30\u201321:00 (Paris time)');
    expect(facts).toContain('Free entry');
  });

  it('lists upcoming events with English statuses, the years of the archives and the real launch', () => {
    const agenda = page('en/events/');
    expect(agenda.querySelector('h1')?.text.trim()).toBe('Events');
    // Hours are Paris's, said outright to readers abroad, in the cards as on the event's page.
    expect(agenda.querySelectorAll('.card .time').map((time) => time.text.trim())).toContain(
      '18:30\u201321:00 (Paris time)',
    );
    expect(agenda.querySelector('a[href="/en/events/festival-de-test/"]')?.text.trim()).toBe('Three-day test festival');
    expect(agenda.querySelector('[data-event-live]')?.getAttribute('data-labels')).toBe('Upcoming|Happening now|Past');
    expect(page('en/events/archives/').querySelector('a[href="/en/events/archives/2009/"]')).not.toBeNull();
    const launch = page('en/events/archives/2009/');
    expect(launch.querySelector('a[href="/en/events/lancement-du-pole-image/"]')?.text.trim()).toBe(
      'Official launch of the Pôle Image Nord-Pas-de-Calais',
    );
    expect(text('en/events/lancement-du-pole-image/', '.when')).toBe('Wednesday 1 July 2009');
  });

  it('shows a member’s and a call’s events on their English pages, and the next events on the home page', () => {
    expect(page('en/members/crrav/').querySelector('#evenements')?.text.trim()).toBe('Events');
    expect(page('en/members/crrav/').querySelector('a[href="/en/events/festival-de-test/"]')).not.toBeNull();
    expect(page('en/calls/appel-a-projets-2009/').querySelector('#evenements')?.text.trim()).toBe('Related events');
    expect(page('en/').querySelector('#agenda')?.text.trim()).toBe('Events');
    expect(page('en/').querySelector('a[href="/en/events/"]')).not.toBeNull();
  });
});

describe('language alternates', () => {
  it('point, from every page that has one, to a page that exists and points back', () => {
    let pairs = 0;
    for (const file of htmlFiles(site.dir)) {
      const links = page(file).querySelectorAll('link[rel="alternate"][hreflang]');
      if (!links.length) continue;
      const self = new URL(page(file).querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '').href;
      const byLang: Record<string, string | undefined> = Object.fromEntries(
        links.map((link) => [link.getAttribute('hreflang') ?? '', link.getAttribute('href')]),
      );
      expect(Object.keys(byLang).sort(), file).toEqual(['en', 'fr', 'x-default']);
      expect(byLang['x-default'], file).toBe(byLang.fr);
      expect(Object.values(byLang), file).toContain(self);
      for (const target of [byLang.fr, byLang.en]) {
        const path = new URL(target ?? '').pathname.slice(1);
        const targetFile = path === '' || path.endsWith('/') ? `${path}index.html` : path;
        expect(existsSync(join(site.dir, targetFile)), `${file} → ${target}`).toBe(true);
        const back = page(targetFile)
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((link) => link.getAttribute('href'));
        expect(back, `${target} points back to ${file}`).toContain(self);
      }
      pairs += 1;
    }
    expect(pairs).toBeGreaterThan(40);
  });

  it('announce the page in each language and the other one for social networks', () => {
    const meta = (file: string, property: string) =>
      page(file)
        .querySelectorAll(`meta[property="${property}"]`)
        .map((tag) => tag.getAttribute('content'));
    expect(meta('membres/ankama/', 'og:locale')).toEqual(['fr_FR']);
    expect(meta('membres/ankama/', 'og:locale:alternate')).toEqual(['en_GB']);
    expect(meta('en/members/ankama/', 'og:locale')).toEqual(['en_GB']);
    expect(meta('en/members/ankama/', 'og:locale:alternate')).toEqual(['fr_FR']);
    const jsonLd = page('en/news/lancement-du-pole-image/').querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(jsonLd?.text ?? '{}')).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'en' });
    expect(page('en/members/ankama/').querySelector('link[rel="alternate"][hreflang="en"]')?.getAttribute('href')).toBe(
      `${SITE_URL}/en/members/ankama/`,
    );
  });

  it('lead the switcher to the same entry in the other language, or to the section when there is none', () => {
    const switcher = (file: string) => page(file).querySelector('header a.language');
    expect(switcher('membres/ankama/')?.getAttribute('href')).toBe('/en/members/ankama/');
    expect(switcher('membres/ankama/')?.getAttribute('hreflang')).toBe('en');
    expect(switcher('membres/ankama/')?.getAttribute('lang')).toBe('en');
    expect(switcher('en/members/ankama/')?.getAttribute('href')).toBe('/membres/ankama/');
    expect(switcher('actualites/ouverture-du-premier-appel-a-projets/')?.getAttribute('href')).toBe('/en/news/');
    expect(switcher('en/')?.getAttribute('href')).toBe('/');
    // Its title says where it leads: the same page, or the section when the page has no twin.
    expect(switcher('membres/ankama/')?.getAttribute('title')).toBe('Read this page in English');
    expect(switcher('actualites/ouverture-du-premier-appel-a-projets/')?.getAttribute('title')).toBe(
      'This page has no English version: go to its section in English',
    );
  });
});

/** Words of the French interface, which an English page's chrome must not show. */
const frenchInterfaceWords = [
  'Accueil',
  'Aller au contenu',
  'Actualités',
  'Membres',
  'Appels à projets',
  'Rechercher',
  'Mots clés',
  'S’abonner',
  'Plus récents',
  'Plus anciens',
  'Brouillon',
  'Publié le',
  'Mis à jour',
  'Implantation',
  'Salariés',
  'Création',
  'Date limite',
  'Ouverture',
  'Clôturé',
  'À venir',
  'Statut au',
  'Page introuvable',
  'Aucune actualité',
  'Parcourir',
  'Secteurs',
  'Mentions légales',
];

describe('components in texts', () => {
  it('speak the language of the text they sit in: English in a translation, French in an untranslated text', () => {
    const english = page('en/news/article-de-test-en-mdx/');
    expect(english.querySelector('.video-site')?.text).toBe('(video on Vimeo)');
    expect(english.querySelector('.video-link a')?.text.trim()).toBe('A test video: no thumbnail');
    expect(english.querySelectorAll('.prose .key-figures .label').map((n) => n.text.trim())).toContain(
      'about companies',
    );
    const untranslated = page('en/composants-de-test/');
    expect(untranslated.querySelector('.video-site')?.text).toBe('(vidéo sur YouTube)');
    expect(page('actualites/article-de-test-en-mdx/').querySelector('.prose')?.text).toContain('entreprises');
  });

  it('speak English in the English feed', async () => {
    const feed = await parseFeed(readFileSync(join(site.dir, 'en/news/rss.xml'), 'utf8'));
    const item = feed.items.find((i) => i.link === `${SITE_URL}/en/news/article-de-test-en-mdx/`);
    expect(item?.description).toContain('(video on Vimeo)');
    const text = parse(item?.description ?? '').text;
    expect(text).toContain('about companies');
    expect(text).toContain('Source: Le Quotidien des Usines (L’Usine Nouvelle), 2 July 2009.');
  });
});

describe('the interface of English pages', () => {
  it('holds no French word outside the text marked lang="fr"', () => {
    const found: string[] = [];
    for (const file of englishPages()) {
      const html = parse(readFileSync(join(site.dir, file), 'utf8'));
      for (const french of html.querySelectorAll('[lang="fr"]')) french.remove();
      const text = visibleText(html).join(' ').replace(/\s+/g, ' ');
      for (const word of frenchInterfaceWords) if (text.includes(word)) found.push(`${file}: ${word}`);
    }
    expect(found).toEqual([]);
  });
});

describe('the English feeds', () => {
  const feed = (file: string) => readFileSync(join(site.dir, file), 'utf8');

  it('exist for the site, news, calls and each English keyword, in English', async () => {
    for (const file of ['en/rss.xml', 'en/news/rss.xml', 'en/calls/rss.xml', 'en/keywords/video-games/rss.xml']) {
      expect(feed(file), file).toContain('<language>en</language>');
      const { meta } = await parseFeed(feed(file));
      expect(meta.xmlurl, file).toBe(`${SITE_URL}/${file}`);
    }
    const { meta, items } = await parseFeed(feed('en/calls/rss.xml'));
    expect(meta.title).toBe('Pôle Image Nord-Pas-de-Calais – Calls for projects');
    const call = items.find((item) => item.link === `${SITE_URL}/en/calls/appel-a-projets-2009/`);
    expect(call?.title).toBe('Call for projects: The Pôle Image’s first call for projects');
    expect(call?.description).toContain('Budget: €1.85M');
  });

  it('announce events in English, each a different item from its French original', async () => {
    const english = await parseFeed(feed('en/events/rss.xml'));
    expect(english.meta.title).toBe('Pôle Image Nord-Pas-de-Calais – Events');
    const festival = english.items.find((item) => item.link === `${SITE_URL}/en/events/festival-de-test/`);
    expect(festival?.title).toBe('Event: Three-day test festival');
    expect(festival?.description).toContain('Date: 1\u20133 July 2999');
    expect(english.items.map((item) => item.description).join('\n')).toContain(
      'Date: Monday 15 April 2999, 19:00\u201322:00 (Paris time)',
    );
    const french = await parseFeed(feed('agenda/rss.xml'));
    const frenchGuids = new Set(french.items.map((item) => item.guid));
    expect(english.items.filter((item) => frenchGuids.has(item.guid))).toEqual([]);
    const site = await parseFeed(feed('en/rss.xml'));
    expect(site.items.map((item) => item.link)).toContain(`${SITE_URL}/en/events/lancement-du-pole-image/`);
  });

  it('hold only translated articles, each a different item from its French original', async () => {
    const english = await parseFeed(feed('en/news/rss.xml'));
    const french = await parseFeed(feed('actualites/rss.xml'));
    expect(english.items.map((item) => [item.title, item.link])).toEqual([
      ['The Pôle Image Nord-Pas-de-Calais is launched at Le Fresnoy', `${SITE_URL}/en/news/lancement-du-pole-image/`],
      ['Test article in MDX', `${SITE_URL}/en/news/article-de-test-en-mdx/`],
    ]);
    const frenchGuids = new Set(french.items.map((item) => item.guid));
    expect(english.items.filter((item) => frenchGuids.has(item.guid))).toEqual([]);
    expect(english.items[0]?.guid).toBe('urn:uuid:c0dbe7d7-98fb-5560-bb7a-f191c332baf7');
  });

  it('are the feeds English pages announce', () => {
    const announced = (file: string) =>
      page(file)
        .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
        .map((link) => link.getAttribute('href'));
    expect(announced('en/')).toEqual(['/en/rss.xml']);
    expect(announced('en/calls/')).toEqual(['/en/rss.xml', '/en/calls/rss.xml']);
    expect(announced('en/news/lancement-du-pole-image/')).toContain('/en/keywords/video-games/rss.xml');
  });
});
