/**
 * Calls for projects: their facts, their status and their order; the page
 * of a call that fills every field (`tests/fixtures/overlay/calls/appel-de-test-complet.md`),
 * its calendar files read back with ical.js, and its change notices in the feeds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../helpers/dist.ts';
import { parseFeed } from '../helpers/feed-reader.ts';

const { site, siteBase } = inject('sites');
const page = (path: string) => readPage(site.dir, path);
const COMPLETE = 'appels-a-projets/appel-de-test-complet/';

/** The events of a calendar file as ical.js reads them, its own VTIMEZONE registered. */
function calendarEvents(file: string) {
  const text = readFileSync(join(site.dir, file), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return {
    text,
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        summary: event.summary,
        start: event.startDate.toString(),
        zone: event.startDate.isDate ? 'date' : event.startDate.zone.tzid,
        utc: event.startDate.isDate ? undefined : event.startDate.toJSDate().toISOString(),
      };
    }),
  };
}

describe('calls for projects', () => {
  it('shows budget, themes, opening date, status and the unknown deadline', () => {
    const call = page('appels-a-projets/appel-a-projets-2009/');
    const text = call.querySelector('main')?.text ?? '';
    expect(text).toContain('1,85\u00a0M€');
    for (const theme of ['Serious games', 'Webdocumentaires', 'Séries d’animation', 'Documentaire de proximité']) {
      expect(text).toContain(theme);
    }
    expect(text).toContain('2 juillet 2009');
    expect(text).toContain('Date limite non communiquée');
    const badge = call.querySelector('[data-call-opens]');
    expect(badge?.text.trim()).toBe('Ouvert');
    expect(badge?.getAttribute('data-call-opens')).toBe('2009-07-02');
    expect(badge?.hasAttribute('data-call-closes')).toBe(false);
  });

  it('gives the real call, which has no deadline, eligibility or documents, no empty section and an honest deadline', () => {
    const call = page('appels-a-projets/appel-a-projets-2009/');
    const headings = call.querySelectorAll('main h2').map((h) => h.text.trim());
    // Its events (the launch of the Pôle, a test festival) come before its news.
    expect(headings).toEqual(['Événements liés', 'Actualités sur cet appel']);
    const facts = call
      .querySelectorAll('.facts dt')
      .map((dt) => `${dt.text.trim()} ${dt.nextElementSibling?.text.trim()}`);
    expect(facts[0]).toBe('Date limite Non communiquée');
    expect(call.querySelector('a[href="/appels-a-projets/appel-a-projets-2009.ics"]')?.text).toBe(
      'Ajouter à mon agenda',
    );
  });

  it('carries a script that brings the status up to date in the reader’s browser', () => {
    const scripts = page('appels-a-projets/appel-a-projets-2009/').querySelectorAll('script[type="module"]');
    expect(scripts.length).toBeGreaterThan(0);
  });

  it('lists open calls first, then upcoming, then closed', () => {
    const statuses = page('appels-a-projets/')
      .querySelectorAll('[data-call-list] [data-status]')
      .map((badge) => badge.getAttribute('data-status'));
    expect(statuses).toEqual(['open', 'upcoming', 'closed', 'closed']);
  });

  it('offers every call’s calendar to subscribe to, as webcal: and as a file', () => {
    const list = page('appels-a-projets/');
    expect(list.querySelector('a[href="webcal://pole-image.example/appels-a-projets/calendrier.ics"]')?.text).toBe(
      'S’abonner au calendrier des appels',
    );
    expect(list.querySelector('a[href="/appels-a-projets/calendrier.ics"]')).not.toBeNull();
  });
});

describe('a call that fills every field', () => {
  const call = page(COMPLETE);

  it('shows its sections in the order an applicant needs them', () => {
    expect(call.querySelectorAll('main h2').map((h) => h.id)).toEqual([
      'qui-peut-candidater',
      'ce-qui-est-finance',
      'dates-cles',
      'documents',
      'candidater',
      'questions',
      'contact',
      'modifications',
      'projets-soutenus',
      'actualites',
    ]);
  });

  it('gives the deadline to the minute, the grant per project, and the status as of the build', () => {
    const facts = call
      .querySelectorAll('.facts dt')
      .map((dt) => `${dt.text.trim()} : ${dt.nextElementSibling?.text.trim()}`);
    expect(facts).toContain('Date limite : 25 octobre 2009 à 12\u00a0h');
    expect(facts).toContain('Aide par projet : de 20\u202f000 à 150\u202f000\u00a0€ par projet');
    const badge = call.querySelector('[data-call-opens]');
    expect(badge?.getAttribute('data-call-closes')).toBe('2009-10-25T12:00');
    expect(badge?.text.trim()).toBe('Clôturé');
  });

  it('puts the latest change notice at the top, and every notice, newest first, in its section', () => {
    expect(
      call
        .querySelector('header .changes')
        ?.text.replace(/[ \t\n]+/g, ' ')
        .trim(),
    ).toBe(
      'Modifié le 1er octobre 2009\u00a0: La date limite est repoussée au 25 octobre à midi\u202f; voir le calendrier. Toutes les modifications',
    );
    // The note's Markdown is rendered, not printed as typed.
    expect(call.querySelector('header .changes li strong:not(:first-child)')?.text).toBe('repoussée');
    expect(call.querySelector('header .changes li a')?.getAttribute('href')).toBe('/appels-a-projets/calendrier.ics');
    expect(call.querySelector('header .changes')?.text).not.toContain('**');
    expect(call.querySelectorAll('#modifications + .changes time').map((t) => t.getAttribute('datetime'))).toEqual([
      '2009-10-01',
      '2009-09-15',
    ]);
  });

  it('lays the key dates on one timeline, the deadline with its time', () => {
    expect(call.querySelectorAll('.timeline time').map((t) => t.getAttribute('datetime'))).toEqual([
      '2009-09-01',
      '2009-09-10',
      '2009-10-25T12:00',
      '2009-11-12',
      '2009-12-01',
    ]);
  });

  it('links each document, published beside the call as it is, with its kind, format and weight', () => {
    const link = call.querySelector('.documents a');
    expect(link?.getAttribute('href')).toBe('/appels-a-projets/appel-de-test-complet/reglement-appel-de-test.pdf');
    expect(
      call
        .querySelector('.documents .facts-line')
        ?.text.replace(/[ \t\n]+/g, ' ')
        .trim(),
    ).toBe('Règlement · PDF, 1\u00a0Ko');
    const published = readFileSync(
      join(site.dir, 'appels-a-projets/appel-de-test-complet/reglement-appel-de-test.pdf'),
    );
    const original = readFileSync('tests/fixtures/overlay/calls/reglement-appel-de-test.pdf');
    expect(published.equals(original)).toBe(true);
  });

  it('publishes two calls’ files of the same name, each stored in a folder named after its call, under each call', () => {
    expect(call.querySelectorAll('.documents a').map((a) => a.getAttribute('href'))).toEqual([
      '/appels-a-projets/appel-de-test-complet/reglement-appel-de-test.pdf',
      '/appels-a-projets/appel-de-test-complet/dossier.pdf',
    ]);
    expect(page('appels-a-projets/appel-de-test-clos/').querySelector('.documents a')?.getAttribute('href')).toBe(
      '/appels-a-projets/appel-de-test-clos/dossier.pdf',
    );
    for (const id of ['appel-de-test-complet', 'appel-de-test-clos']) {
      const published = readFileSync(join(site.dir, `appels-a-projets/${id}/dossier.pdf`));
      expect(published.equals(readFileSync(`tests/fixtures/overlay/calls/${id}/dossier.pdf`))).toBe(true);
    }
  });

  it('writes no link with a raw space, as the Nu checker requires, on any call page', () => {
    for (const id of ['appel-de-test-complet', 'appel-de-test-clos', 'appel-de-test-a-venir', 'appel-a-projets-2009']) {
      const hrefs = page(`appels-a-projets/${id}/`)
        .querySelectorAll('[href]')
        .map((element) => element.getAttribute('href') ?? '');
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.filter((href) => /\s/.test(href))).toEqual([]);
    }
  });

  it('gives its questions as closed <details>, answers in Markdown, and as FAQPage structured data', () => {
    const questions = call.querySelectorAll('.faq details');
    expect(questions.map((d) => d.querySelector('summary')?.text)).toEqual([
      'Un auteur seul peut-il candidater\u202f?',
      'Peut-on déposer deux projets\u202f?',
    ]);
    expect(questions.every((d) => !d.hasAttribute('open'))).toBe(true);
    expect(questions[0]?.querySelector('.answer strong')?.text).toBe('entreprise de production');
    const data = call
      .querySelectorAll('script[type="application/ld+json"]')
      .map(
        (s) =>
          JSON.parse(s.text) as { '@type': string; mainEntity?: { name: string; acceptedAnswer: { text: string } }[] },
      )
      .find((d) => d['@type'] === 'FAQPage');
    expect(data?.mainEntity?.[1]).toEqual({
      '@type': 'Question',
      name: 'Peut-on déposer deux projets\u202f?',
      acceptedAnswer: { '@type': 'Answer', text: 'Oui, un par thème.' },
    });
  });

  it('links the contact and the application form, which a call closed at the build hides behind the day it closed', () => {
    expect(call.querySelector('#contact + p a')?.getAttribute('href')).toBe('mailto:appels@example.org');
    const apply = call.querySelector('#candidater + [data-call-apply]');
    expect(apply?.querySelector('a.button')?.getAttribute('href')).toBe('https://www.example.org/candidater');
    // Its styles show the part whose data-call-when is the status it carries (the browser tests see it).
    expect(apply?.getAttribute('data-status')).toBe('closed');
    expect(
      apply
        ?.querySelectorAll('[data-call-when]')
        .map((part) => [part.getAttribute('data-call-when'), part.text.trim()]),
    ).toEqual([
      ['open', 'Déposer un projet'],
      ['upcoming', 'Le dépôt des projets ouvrira le 1er septembre 2009.'],
      ['closed', 'Le dépôt des projets est clos depuis le 25 octobre 2009 à 12\u00a0h.'],
    ]);
  });

  it('tables the funded projects, a member linked to its page, with the total and the share of the budget', () => {
    const rows = call
      .querySelectorAll('#projets-soutenus + .table-scroll tbody tr')
      .map((tr) =>
        tr
          .querySelectorAll('th, td')
          .map((cell) => (cell.tagName === 'TH' ? (cell.childNodes[0]?.text ?? '') : cell.text).trim()),
      );
    expect(rows).toEqual([
      ['Les Voix du canal (projet de test)', 'Studio de test', 'Webdocumentaires', '45\u202f000\u00a0€'],
      ['Petites Machines (projet de test)', 'Collectif de test', 'Séries d’animation', '120\u202f000\u00a0€'],
    ]);
    expect(call.querySelector('#projets-soutenus + .table-scroll tbody a')?.getAttribute('href')).toBe(
      '/membres/studio-de-test/',
    );
    expect(call.querySelector('.share')?.text).toBe('165\u202f000\u00a0euros accordés, soit 41,3\u00a0% du budget.');
    // The theme is repeated under the title, where a phone shows it instead of its column.
    expect(call.querySelectorAll('#projets-soutenus + .table-scroll tbody .theme-inline').map((s) => s.text)).toEqual([
      'Webdocumentaires',
      'Séries d’animation',
    ]);
    // Its scroll region is a landmark named apart from the section's « Projets soutenus ».
    expect(call.querySelector('#projets-soutenus + .table-scroll')?.getAttribute('aria-label')).toBe(
      'Tableau des projets soutenus',
    );
  });

  it('lists the project on the member’s page, under « Projets soutenus », with its call and amount', () => {
    const member = page('membres/studio-de-test/');
    const item = member.querySelector('#projets-soutenus + ul li');
    expect(item?.querySelectorAll('span').map((span) => span.text.replace(/[ \t\n]+/g, ' ').trim())).toEqual([
      'Les Voix du canal (projet de test)',
      'Appel de test complet · 45\u202f000\u00a0€',
    ]);
    expect(item?.querySelector('a')?.getAttribute('href')).toBe('/appels-a-projets/appel-de-test-complet/');
    expect(page('membres/ankama/').querySelector('#projets-soutenus')).toBeNull();
  });
});

describe('calendars', () => {
  it('gives a call’s calendar its opening, its deadline at 12:00 Paris time and its key dates, with permanent UIDs', () => {
    const { text, calendar, events } = calendarEvents('appels-a-projets/appel-de-test-complet.ics');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Paris');
    expect(events).toEqual([
      {
        uid: 'appel-de-test-complet-ouverture@pole-image.example',
        summary: 'Ouverture\u00a0: Appel de test complet',
        start: '2009-09-01',
        zone: 'date',
        utc: undefined,
      },
      {
        uid: 'appel-de-test-complet-cloture@pole-image.example',
        summary: 'Date limite\u00a0: Appel de test complet',
        start: '2009-10-25T12:00:00',
        zone: 'Europe/Paris',
        // 25 October 2009: winter time from 03:00, so noon in Paris is 11:00 UTC.
        utc: '2009-10-25T11:00:00.000Z',
      },
      {
        uid: 'appel-de-test-complet-reunion-d-information-de-test@pole-image.example',
        summary: 'Réunion d’information de test\u00a0: Appel de test complet',
        start: '2009-09-10',
        zone: 'date',
        utc: undefined,
      },
      {
        uid: 'appel-de-test-complet-jury-de-test@pole-image.example',
        summary: 'Jury de test\u00a0: Appel de test complet',
        start: '2009-11-12',
        zone: 'date',
        utc: undefined,
      },
      {
        uid: 'appel-de-test-complet-annonce-des-resultats-de-test@pole-image.example',
        summary: 'Annonce des résultats de test\u00a0: Appel de test complet',
        start: '2009-12-01',
        zone: 'date',
        utc: undefined,
      },
    ]);
    for (const event of calendar.getAllSubcomponents('vevent')) {
      expect(event.getFirstPropertyValue('dtstamp')?.toString()).toBe('2009-09-30T22:00:00Z');
    }
  });

  it('gathers every published call’s dates in calendrier.ics, drafts left out, under the base path too', () => {
    const { calendar, events } = calendarEvents('appels-a-projets/calendrier.ics');
    const calls = new Set(
      calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('url')).split('/')[4]),
    );
    expect([...calls].sort()).toEqual([
      'appel-a-projets-2009',
      'appel-de-test-a-venir',
      'appel-de-test-clos',
      'appel-de-test-complet',
    ]);
    expect(events.some((e) => e.uid.startsWith('appel-en-brouillon'))).toBe(false);
    const base = new ICAL.Component(
      ICAL.parse(readFileSync(join(siteBase.dir, 'appels-a-projets/calendrier.ics'), 'utf8')) as unknown[],
    );
    expect(base.getFirstSubcomponent('vevent')?.getFirstPropertyValue('url')).toBe(
      'https://pole-image.example/pole-image/appels-a-projets/appel-a-projets-2009/',
    );
  });
});

describe('change notices', () => {
  it('each become an item of the calls feed and of the main feed, with a guid of its own', async () => {
    for (const file of ['appels-a-projets/rss.xml', 'rss.xml']) {
      const { items } = await parseFeed(readFileSync(join(site.dir, file), 'utf8'));
      const notices = items.filter((item) => item.title.startsWith('Appel de test complet\u00a0: modification'));
      expect(notices.map((item) => [item.title, item.pubdate?.toISOString(), item.link])).toEqual([
        [
          'Appel de test complet\u00a0: modification du 1er octobre 2009',
          '2009-09-30T22:00:00.000Z',
          'https://pole-image.example/appels-a-projets/appel-de-test-complet/#modifications',
        ],
        [
          'Appel de test complet\u00a0: modification du 15 septembre 2009',
          '2009-09-14T22:00:00.000Z',
          'https://pole-image.example/appels-a-projets/appel-de-test-complet/#modifications',
        ],
      ]);
      const call = items.find(
        (item) => item.link === 'https://pole-image.example/appels-a-projets/appel-de-test-complet/',
      );
      const guids = [...notices, ...(call ? [call] : [])].map((item) => item.guid);
      expect(new Set(guids).size).toBe(3);
      for (const guid of guids) expect(guid).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-/);
      expect(notices[0]?.summary).toBe('La date limite est repoussée au 25 octobre à midi\u202f; voir le calendrier.');
      // The note's Markdown rendered in the item, its link made absolute for feed readers.
      expect(notices[0]?.description).toContain(
        '<strong>repoussée</strong> au 25 octobre à midi\u202f; voir <a href="https://pole-image.example/appels-a-projets/calendrier.ics">le calendrier</a>',
      );
    }
  });
});
