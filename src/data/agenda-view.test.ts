import { expect, test, vi } from 'vitest';
import { agendaView, eventYears, homeEvents, relatedEventsShown, splitByTime } from './agenda-view.ts';
import { articlesAboutEvent, eventsOfCall, eventsOfMember, loadSiteData } from './site.ts';
import { asBuild, byId, type TestContent } from './test-content.ts';

const content = vi.hoisted((): TestContent => ({
  members: [['studio-nord', { name: 'Studio Nord', kind: 'entreprise', city: 'Lille', summary: 'Un studio.' }]],
  calls: [
    [
      'appel-2009',
      { title: 'Appel 2009', summary: 'Pour les jeux.', budget: 10, themes: ['Jeu'], opens: '2009-07-02' },
    ],
  ],
  news: [
    ['compte-rendu', { title: 'Compte rendu', description: 'La soirée.', date: '2009-07-02', events: ['soiree-2009'] }],
  ],
  events: [
    [
      'soiree-2009',
      {
        title: 'Soirée 2009',
        description: 'Une soirée.',
        start: '2009-07-01T18:30',
        end: '2009-07-01T21:00',
        announced: '2009-06-01',
        location: { name: 'Salle des fêtes', city: 'Lille' },
        organizers: ['studio-nord'],
        calls: ['appel-2009'],
      },
    ],
    [
      'festival-2009',
      {
        title: 'Festival',
        description: 'Trois jours.',
        start: '2009-07-31',
        end: '2009-08-02',
        announced: '2009-06-01',
        location: { name: 'Salle des fêtes', city: 'Lille' },
        members: ['studio-nord'],
      },
    ],
    [
      'atelier-2010',
      {
        title: 'Atelier',
        description: 'En ligne.',
        start: '2010-01-15T10:00',
        announced: '2009-06-01',
        online: 'https://example.org/atelier',
      },
    ],
    [
      'forum-2008',
      {
        title: 'Forum',
        description: 'Le premier forum.',
        start: '2008-11-20',
        announced: '2008-10-01',
        location: { name: 'Salle des fêtes', city: 'Lille' },
      },
    ],
    [
      'salon-reporte',
      {
        title: 'Salon reporté',
        description: 'Reporté à une date à fixer.',
        start: '2009-07-20',
        announced: '2009-06-01',
        location: { name: 'Salle des fêtes', city: 'Lille' },
        status: 'reporté',
      },
    ],
    [
      'rencontre-annulee',
      {
        title: 'Rencontre annulée',
        description: 'Annulée.',
        start: '2009-09-10T18:00',
        announced: '2009-06-01',
        location: { name: 'Salle des fêtes', city: 'Lille' },
        status: 'annulé',
      },
    ],
    [
      'annonce-future',
      {
        title: 'Pas encore annoncé',
        description: 'Annoncé plus tard.',
        start: '2009-12-01',
        announced: '2009-09-01',
        location: { name: 'Salle des fêtes', city: 'Lille' },
      },
    ],
    [
      'brouillon',
      {
        title: 'Brouillon',
        description: 'Caché.',
        start: '2009-12-01',
        announced: '2009-06-01',
        location: { name: 'Salle des fêtes', city: 'Lille' },
        draft: true,
      },
    ],
  ],
}));

vi.mock('astro:content', async () => (await import('./test-content.ts')).mockedAstroContent(content));

// 1 August 2009 at 10:00 in Paris: the festival is under way.
asBuild(new Date('2009-08-01T08:00:00Z'));

test('publishes events in time order, without drafts nor events announced later', async () => {
  const { events } = await loadSiteData();
  expect(events.map((e) => e.id)).toEqual([
    'forum-2008',
    'soiree-2009',
    'salon-reporte',
    'festival-2009',
    'rencontre-annulee',
    'atelier-2010',
  ]);
});

test('the agenda lists ongoing and upcoming events nearest first, then past ones newest first', async () => {
  const view = agendaView(await loadSiteData());
  expect(view.upcoming.map((e) => e.id)).toEqual([
    'salon-reporte',
    'festival-2009',
    'rencontre-annulee',
    'atelier-2010',
  ]);
  expect(view.recent.map((e) => e.id)).toEqual(['soiree-2009', 'forum-2008']);
  expect(view.hasArchives).toBe(true);
});

test('an evening is past from its end in Paris, not from the end of its day', async () => {
  const { events } = await loadSiteData();
  // 21:00 in Paris on 1 July 2009 is 19:00 UTC.
  const before = splitByTime(events, new Date('2009-07-01T18:59:00Z'));
  const after = splitByTime(events, new Date('2009-07-01T19:00:00Z'));
  expect(before.upcoming.map((e) => e.id)).toContain('soiree-2009');
  expect(after.past.map((e) => e.id)).toEqual(['soiree-2009', 'forum-2008']);
});

test('a postponed event stays with the upcoming ones after its old date, a cancelled one turns past', async () => {
  const { events } = await loadSiteData();
  const later = splitByTime(events, new Date('2010-06-01T10:00:00Z'));
  expect(later.upcoming.map((e) => e.id)).toEqual(['salon-reporte']);
  expect(later.past.map((e) => e.id)).toEqual([
    'atelier-2010',
    'rencontre-annulee',
    'festival-2009',
    'soiree-2009',
    'forum-2008',
  ]);
});

test('the home page holds the events to come and the latest past one, none cancelled or postponed', async () => {
  const siteData = await loadSiteData();
  expect(homeEvents(siteData)).toMatchObject({
    upcoming: [{ id: 'festival-2009' }, { id: 'atelier-2010' }],
    recent: [{ id: 'soiree-2009' }],
  });
  // Only the nearest ones, however many are to come.
  expect(homeEvents(siteData, 1)).toMatchObject({
    upcoming: [{ id: 'festival-2009' }],
    recent: [{ id: 'soiree-2009' }],
  });
});

test('a member’s or a call’s page lists its nearest events to come and its latest past ones, in time order', async () => {
  const { events } = await loadSiteData();
  const ids = (shown: readonly { id: string }[]) => shown.map((entry) => entry.id);
  // On 1 July 2009 at 22:00 in Paris, the evening of the 1st is over; the postponed fair, at its
  // old date before the festival, is still to come.
  const now = new Date('2009-07-01T20:00:00Z');
  expect(ids(relatedEventsShown(events, now, { upcoming: 2, past: 2 }))).toEqual([
    'forum-2008',
    'soiree-2009',
    'salon-reporte',
    'festival-2009',
  ]);
  expect(ids(relatedEventsShown(events, now, { upcoming: 1, past: 0 }))).toEqual(['salon-reporte']);
  expect(ids(relatedEventsShown(events, now)).length).toBe(Math.min(events.length, 6));
});

test('the archives group events by the year they start, newest first', async () => {
  const years = eventYears(await loadSiteData());
  expect(years.map(({ year, events }) => [year, events.map((e) => e.id)])).toEqual([
    [2010, ['atelier-2010']],
    [2009, ['rencontre-annulee', 'festival-2009', 'salon-reporte', 'soiree-2009']],
    [2008, ['forum-2008']],
  ]);
});

test('members and calls know their events, and events the articles citing them', async () => {
  const siteData = await loadSiteData();
  const member = byId(siteData.members, 'studio-nord');
  expect(eventsOfMember(siteData, member).map((e) => e.id)).toEqual(['soiree-2009', 'festival-2009']);
  expect(eventsOfCall(siteData, byId(siteData.calls, 'appel-2009')).map((e) => e.id)).toEqual(['soiree-2009']);
  expect(articlesAboutEvent(siteData, byId(siteData.events, 'soiree-2009')).map((a) => a.id)).toEqual(['compte-rendu']);
});
