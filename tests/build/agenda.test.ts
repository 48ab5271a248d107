/**
 * The agenda as built: event pages, archives, calendar files read back by
 * ical.js (an independent RFC 5545 parser), the agenda's feed, its place in
 * the sitemap and the home page, on the test site (real content plus the
 * test events of `tests/fixtures/overlay/events/`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readPage } from '../helpers/dist.ts';
import { parseFeed } from '../helpers/feed-reader.ts';

const { site } = inject('sites');
const page = (path: string) => readPage(site.dir, path);
// Runs of spaces and line ends become one space; no-break spaces stay, as French typography writes them.
const text = (path: string) => (page(path).querySelector('main')?.text ?? '').replace(/[ \t\r\n]+/g, ' ');
const read = (file: string) => readFileSync(join(site.dir, file), 'utf8');

/** The events of a calendar file as ical.js reads them, its own VTIMEZONE registered. */
function calendar(file: string) {
  const component = new ICAL.Component(ICAL.parse(read(file)) as unknown[]);
  for (const zone of component.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  return component.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const end = vevent.getFirstPropertyValue('dtend') as ICAL.Time | null;
    return {
      uid: event.uid,
      summary: event.summary,
      status: vevent.getFirstPropertyValue('status'),
      sequence: event.sequence,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      startUtc: event.startDate.isDate ? undefined : event.startDate.toJSDate().toISOString(),
      end: end?.toString(),
      endUtc: end && !end.isDate ? end.toJSDate().toISOString() : undefined,
      stamp: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toString(),
    };
  });
}

describe('event pages', () => {
  it('give the launch of 1 July 2009 its French date, the whole day, its place and its source', () => {
    const main = text('agenda/lancement-du-pole-image/');
    expect(main).toContain('mercredi 1er juillet 2009');
    expect(main).toContain('Toute la journée');
    expect(main).toContain('Le Fresnoy – Studio national des arts contemporains');
    expect(main).toContain('Tourcoing');
    expect(main).toContain('Source\u00a0: Le Quotidien des Usines');
    expect(main).toContain('Le Pôle Image du Nord-Pas-de-Calais est lancé au Fresnoy');
  });

  it('write a multi-day event as a range, with its price, registration, organiser, members and call', () => {
    const main = text('agenda/festival-de-test/');
    expect(main).toContain('du 1er au 3 juillet 2999');
    expect(main).toContain('15\u00a0€, 10\u00a0€ pour les étudiants');
    const festival = page('agenda/festival-de-test/');
    expect(festival.querySelector('#organisateurs')?.text).toBe('Organisé par');
    expect(festival.querySelectorAll('#organisateurs + ul .card-title a').map((a) => a.getAttribute('href'))).toEqual([
      '/membres/studio-de-test/',
    ]);
    const poster = festival.querySelector('main img.illustration');
    expect(poster?.getAttribute('alt')).toBe('L’affiche de test du festival, un rectangle de couleur');
    expect(poster?.getAttribute('src')).toMatch(/^\/_astro\/affiche-de-test\.[\w-]+\.webp$/);
    expect(festival.querySelectorAll('#membres + ul .card-title a').map((a) => a.getAttribute('href'))).toEqual([
      '/membres/crrav/',
    ]);
    expect(festival.querySelectorAll('#appels + ul .card-title a').map((a) => a.getAttribute('href'))).toEqual([
      '/appels-a-projets/appel-a-projets-2009/',
    ]);
    expect(main).toContain('20 juillet 2009\u00a0: Le festival dure trois jours au lieu de deux.');
    const register = page('agenda/festival-de-test/').querySelector('[data-event-registration]');
    expect(register?.getAttribute('href')).toBe('https://www.example.org/inscription-festival');
    expect(register?.hasAttribute('hidden')).toBe(false);
  });

  it('write an evening’s hours, « Entrée libre » for a price of 0, and the online link', () => {
    const main = text('agenda/atelier-de-test-en-ligne/');
    expect(main).toContain('18\u00a0h\u00a030 – 21\u00a0h');
    expect(main).toContain('Entrée libre');
    const online = page('agenda/atelier-de-test-en-ligne/').querySelector(
      'a[href="https://www.example.org/atelier-en-direct"]',
    );
    expect(online?.text).toBe('Suivre en ligne');
  });

  it('write an evening until 00:00 the next day as ending at midnight, and a quoted « 0 » price as free', () => {
    const main = text('agenda/soiree-de-test-jusqu-a-minuit/');
    expect(main).toContain('mercredi 18 septembre 2999');
    expect(main).toContain('20\u00a0h – minuit');
    expect(main).not.toContain('jeudi 19 septembre');
    expect(page('agenda/soiree-de-test-jusqu-a-minuit/').querySelector('dl.facts dd:last-of-type')?.text).toBe(
      'Entrée libre',
    );
    const script = page('agenda/soiree-de-test-jusqu-a-minuit/').querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(script?.text ?? '{}')).toMatchObject({
      endDate: '2999-09-19T00:00:00+02:00',
      isAccessibleForFree: true,
      offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR' },
    });
  });

  it('write an event that ends as it starts at its one time', () => {
    expect(text('agenda/rendez-vous-de-test-a-heure-fixe/')).toContain('à 10\u00a0h');
    expect(text('agenda/rendez-vous-de-test-a-heure-fixe/')).not.toContain('10\u00a0h – 10\u00a0h');
  });

  it('mark a cancelled event: its reason first, its date struck through, no registration nor calendar file offered', () => {
    const cancelled = page('agenda/rencontre-de-test-annulee/');
    expect(cancelled.querySelector('.status-line')?.text.trim()).toBe('Annulé');
    const notice = cancelled.querySelector('main .notice');
    expect(notice?.querySelector('h2')?.text).toBe('Cet événement est annulé');
    expect(notice?.text).toContain('la salle de test n’est plus disponible');
    // The reason comes before the facts of the old date.
    expect(cancelled.querySelector('main .notice + dl, main .notice + img + dl')).not.toBeNull();
    expect(cancelled.querySelector('dl.facts dt')?.text).toBe('Date prévue');
    expect(cancelled.querySelector('dl.facts dd.when s')?.text).toBe('dimanche 10 mars 2999');
    expect(cancelled.querySelector('[data-event-registration]')).toBeNull();
    expect(cancelled.querySelector('a[href="/agenda/rencontre-de-test-annulee.ics"]')).toBeNull();
    expect(cancelled.querySelectorAll('main .prose').length).toBe(1);
  });

  it('give a free event an Offer at 0 EUR in its JSON-LD, and a priced one none', () => {
    const json = (path: string) =>
      JSON.parse(page(path).querySelector('script[type="application/ld+json"]')?.text ?? '{}') as Record<
        string,
        unknown
      >;
    expect(json('agenda/atelier-de-test-en-ligne/')).toMatchObject({
      isAccessibleForFree: true,
      offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR' },
    });
    expect(json('agenda/festival-de-test/')).not.toHaveProperty('offers');
    expect(json('agenda/festival-de-test/')).not.toHaveProperty('isAccessibleForFree');
  });

  it('hide the registration of a past event without JavaScript too', () => {
    expect(page('agenda/lancement-du-pole-image/').querySelector('[data-event-live]')?.text.trim()).toBe('Passé');
  });

  it('carry a schema.org Event that parses, with the date of an all-day event and its place', () => {
    const script = page('agenda/lancement-du-pole-image/').querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(script?.text ?? '{}')).toMatchObject({
      '@type': 'Event',
      name: 'Lancement officiel du Pôle Image du Nord-Pas-de-Calais',
      startDate: '2009-07-01',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Le Fresnoy – Studio national des arts contemporains',
        address: { '@type': 'PostalAddress', addressLocality: 'Tourcoing', addressCountry: 'FR' },
      },
      url: 'https://pole-image.example/agenda/lancement-du-pole-image/',
    });
  });

  it('give a timed event’s JSON-LD dates with their Paris offset, summer then winter', () => {
    const script = page('agenda/nuit-de-test-changement-d-heure/').querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(script?.text ?? '{}')).toMatchObject({
      startDate: '2009-10-24T22:00:00+02:00',
      endDate: '2009-10-25T06:00:00+01:00',
    });
  });

  it('are cited by the articles that name them, and name the articles back', () => {
    expect(text('agenda/lancement-du-pole-image/')).toContain('Actualités sur cet événement');
    const links = page('agenda/lancement-du-pole-image/').querySelectorAll(
      'a[href="/actualites/lancement-du-pole-image/"]',
    );
    expect(links.length).toBeGreaterThan(0);
  });
});

describe('the agenda and its archives', () => {
  it('lists upcoming events nearest first, then the latest past ones and a link to the archives', () => {
    const agenda = page('agenda/');
    const ids = (role: string) =>
      agenda.querySelectorAll(`[data-event-list="${role}"] .card-title a`).map((a) => a.getAttribute('href'));
    expect(ids('upcoming')).toEqual([
      '/agenda/atelier-de-test-en-ligne/',
      '/agenda/rencontre-de-test-annulee/',
      '/agenda/projection-de-test-reportee/',
      '/agenda/festival-de-test/',
      '/agenda/soiree-de-test-jusqu-a-minuit/',
      '/agenda/rendez-vous-de-test-a-heure-fixe/',
    ]);
    // Cancelled and postponed events stay in the list, quieter, their dates struck through.
    expect(agenda.querySelectorAll('.event--off .card-title a').map((a) => a.getAttribute('href'))).toEqual([
      '/agenda/rencontre-de-test-annulee/',
      '/agenda/projection-de-test-reportee/',
    ]);
    expect(agenda.querySelectorAll('.event--off .when s time').map((time) => time.getAttribute('datetime'))).toEqual([
      '2999-03-10T18:30:00+01:00',
      '2999-04-15T19:00:00+02:00',
    ]);
    expect(ids('past')).toEqual(['/agenda/nuit-de-test-changement-d-heure/', '/agenda/lancement-du-pole-image/']);
    expect(agenda.querySelector('a[href="/agenda/archives/"]')).not.toBeNull();
  });

  it('offers the whole agenda to subscribe to (webcal:) and to download', () => {
    const agenda = page('agenda/');
    expect(agenda.querySelector('a[href="webcal://pole-image.example/agenda.ics"]')?.text).toBe('S’abonner à l’agenda');
    expect(agenda.querySelector('a[href="/agenda.ics"]')?.hasAttribute('download')).toBe(true);
  });

  it('has one archive page per year, newest first, and each lists its events newest first', () => {
    const years = page('agenda/archives/')
      .querySelectorAll('.years a')
      .map((a) => a.getAttribute('href'));
    expect(years).toEqual(['/agenda/archives/2999/', '/agenda/archives/2009/']);
    const in2009 = page('agenda/archives/2009/')
      .querySelectorAll('.card-title a')
      .map((a) => a.getAttribute('href'));
    expect(in2009).toEqual(['/agenda/nuit-de-test-changement-d-heure/', '/agenda/lancement-du-pole-image/']);
    expect(page('agenda/archives/2009/').querySelectorAll('[data-event-list="upcoming"] li')).toHaveLength(0);
  });

  it('lists under « À venir » the events of a year still to come, never as archives', () => {
    const year = page('agenda/archives/2999/');
    expect(year.querySelector('h1')?.text).toBe('Agenda 2999');
    expect(year.querySelector('#a-venir')?.text).toBe('À venir');
    expect(
      year.querySelectorAll('[data-event-list="upcoming"] .card-title a').map((a) => a.getAttribute('href')),
    ).toHaveLength(6);
    expect(year.querySelectorAll('[data-event-list="past"] li')).toHaveLength(0);
    expect(page('agenda/archives/').querySelector('h1')?.text).toBe('L’agenda année par année');
  });

  it('never publishes a draft or an event announced in the future', () => {
    const files = listFiles(site.dir);
    for (const id of ['evenement-en-brouillon', 'annonce-de-test-a-venir']) {
      expect(files.filter((file) => file.includes(id))).toEqual([]);
    }
    expect(read('agenda.ics')).not.toContain('zorglubine');
  });

  it('is in the navigation, on the home page, and on the pages of the members and calls it names', () => {
    expect(page('').querySelector('header nav a[href="/agenda/"]')?.text.trim()).toBe('Agenda');
    expect(
      page('')
        .querySelectorAll('[data-agenda] .card-title a')
        .map((a) => a.getAttribute('href')),
    ).toEqual([
      // Every event to come that takes place (CSS shows three), none cancelled or postponed, then the latest past one.
      '/agenda/atelier-de-test-en-ligne/',
      '/agenda/festival-de-test/',
      '/agenda/soiree-de-test-jusqu-a-minuit/',
      '/agenda/rendez-vous-de-test-a-heure-fixe/',
      '/agenda/nuit-de-test-changement-d-heure/',
    ]);
    expect(page('membres/studio-de-test/').querySelector('#evenements + ul a')?.getAttribute('href')).toBe(
      '/agenda/festival-de-test/',
    );
    expect(
      page('appels-a-projets/appel-a-projets-2009/')
        .querySelectorAll('#evenements + ul .card-title a')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/agenda/lancement-du-pole-image/', '/agenda/festival-de-test/']);
  });
});

describe('calendar files', () => {
  it('give a night across the change to winter time in Paris time, with the VTIMEZONE', () => {
    expect(read('agenda/nuit-de-test-changement-d-heure.ics')).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris');
    expect(calendar('agenda/nuit-de-test-changement-d-heure.ics')).toMatchObject([
      {
        start: '2009-10-24T22:00:00',
        startUtc: '2009-10-24T20:00:00.000Z',
        end: '2009-10-25T06:00:00',
        endUtc: '2009-10-25T05:00:00.000Z',
        status: 'CONFIRMED',
        sequence: 0,
      },
    ]);
  });

  it('give all-day events as dates with an exclusive end, and a rising SEQUENCE for each change recorded', () => {
    expect(calendar('agenda/lancement-du-pole-image.ics')).toEqual([
      expect.objectContaining({
        uid: '9c21ca9a-06cb-5145-bbb1-b565894c7b71',
        summary: 'Lancement officiel du Pôle Image du Nord-Pas-de-Calais',
        allDay: true,
        start: '2009-07-01',
        end: '2009-07-02',
        sequence: 0,
        stamp: '2009-06-30T22:00:00Z',
      }),
    ]);
    expect(calendar('agenda/festival-de-test.ics')).toMatchObject([
      { allDay: true, start: '2999-07-01', end: '2999-07-04', sequence: 1, stamp: '2009-07-19T22:00:00Z' },
    ]);
  });

  it('send a cancelled event as STATUS:CANCELLED', () => {
    expect(calendar('agenda/rencontre-de-test-annulee.ics')).toMatchObject([
      { status: 'CANCELLED', startUtc: '2999-03-10T17:30:00.000Z', endUtc: '2999-03-10T20:00:00.000Z' },
    ]);
  });

  it('hold in /agenda.ics the events to come, none older than 12 months, no draft', () => {
    const events = calendar('agenda.ics');
    expect(events.map((event) => event.summary)).toEqual([
      'Atelier de test en ligne',
      'Rencontre de test annulée',
      'Projection de test reportée (reporté)',
      'Festival de test sur trois jours',
      'Soirée de test jusqu’à minuit',
      'Rendez-vous de test à heure fixe',
    ]);
    expect(read('agenda.ics')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(read('agenda.ics')).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT12H');
  });
});

describe('the agenda’s feed', () => {
  it('dates each event on the day it was announced, never the day it takes place', async () => {
    const { items } = await parseFeed(read('agenda/rss.xml'));
    const festival = items.find((item) => item.link === 'https://pole-image.example/agenda/festival-de-test/');
    expect(festival?.title).toBe('Agenda\u00a0: Festival de test sur trois jours');
    expect(festival?.pubdate?.toISOString()).toBe('2009-07-09T22:00:00.000Z');
    expect(items.map((item) => item.link)).not.toContain('https://pole-image.example/agenda/annonce-de-test-a-venir/');
  });

  it('sends events to the main feed too', async () => {
    const { items } = await parseFeed(read('rss.xml'));
    expect(items.map((item) => item.link)).toContain('https://pole-image.example/agenda/lancement-du-pole-image/');
  });
});

describe('the sitemap', () => {
  it('lists the agenda, its archives and each event with the day it last changed', () => {
    const sitemap = read('sitemap.xml');
    // Each followed by its alternates in both languages (tested in sitemap.test.ts).
    expect(sitemap).toContain(
      '<url><loc>https://pole-image.example/agenda/</loc><lastmod>2009-09-01</lastmod><xhtml:link',
    );
    expect(sitemap).toContain(
      '<url><loc>https://pole-image.example/agenda/festival-de-test/</loc><lastmod>2009-07-20</lastmod><xhtml:link',
    );
    expect(sitemap).toContain(
      '<url><loc>https://pole-image.example/agenda/lancement-du-pole-image/</loc><lastmod>2009-07-02</lastmod><xhtml:link',
    );
    expect(sitemap).toContain(
      '<url><loc>https://pole-image.example/en/events/lancement-du-pole-image/</loc><lastmod>2009-07-02</lastmod><xhtml:link',
    );
    expect(sitemap).toContain('<url><loc>https://pole-image.example/agenda/archives/2999/</loc>');
    expect(sitemap).not.toContain('evenement-en-brouillon');
  });
});
