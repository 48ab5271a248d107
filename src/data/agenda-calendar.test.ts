import { expect, test, vi } from 'vitest';
import { calendarEvent, calendarEvents } from './agenda-calendar.ts';
import { loadSiteData } from './site.ts';
import { asBuild, byId, type TestContent } from './test-content.ts';

const venue = { name: 'Salle des fêtes', address: '1 place de la Gare', city: 'Lille' };

const content = vi.hoisted((): TestContent => ({
  events: [
    [
      'forum',
      {
        title: 'Forum',
        description: 'Le forum.',
        start: '2009-09-15T18:30',
        end: '2009-09-15T21:00',
        announced: '2009-07-02',
        location: { name: 'Salle des fêtes', address: '1 place de la Gare', city: 'Lille' },
        status: 'reporté',
        changes: [
          { date: '2009-08-01', note: 'Nouvelle salle.' },
          { date: '2009-09-01', note: 'Reporté.' },
        ],
      },
    ],
    [
      'ancien',
      {
        title: 'Ancien',
        description: 'Il y a plus d’un an.',
        start: '2008-05-01',
        announced: '2008-04-01',
        online: 'https://example.org/ancien',
      },
    ],
    [
      'recent',
      {
        title: 'Récent',
        description: 'Il y a moins d’un an.',
        start: '2009-01-10',
        announced: '2008-12-01',
        online: 'https://example.org/recent',
      },
    ],
  ],
}));

vi.mock('astro:content', async () => (await import('./test-content.ts')).mockedAstroContent(content));

asBuild(new Date('2009-09-10T08:00:00Z'));

// The UUID v5 of "events/forum" in the site's namespace, as Python's uuid.uuid5 computes it.
test('an event’s UID is a UUID of its file name, the same whatever its title', async () => {
  const siteData = await loadSiteData();
  const forum = byId(siteData.events, 'forum');
  const renamed = { ...forum, data: { ...forum.data, title: 'Forum de la rentrée' } };
  expect(calendarEvent(forum, 'https://pole.example').uid).toBe('e2913817-46a4-5aaa-8795-2a60503b8c5d');
  expect(calendarEvent(renamed, 'https://autre.example').uid).toBe(calendarEvent(forum, 'https://pole.example').uid);
});

test('SEQUENCE counts the changes recorded, DTSTAMP is the day of the latest, a postponed event says so', async () => {
  const siteData = await loadSiteData();
  expect(calendarEvent(byId(siteData.events, 'forum'), 'https://pole.example')).toMatchObject({
    summary: 'Forum (reporté)',
    status: 'tentative',
    sequence: 2,
    stamp: new Date('2009-08-31T22:00:00Z'),
    location: `${venue.name}, ${venue.address}, ${venue.city}`,
    url: 'https://pole.example/agenda/forum/',
  });
});

test('the whole agenda’s calendar holds events to come and those of the last 12 months', async () => {
  const siteData = await loadSiteData();
  expect(calendarEvents(siteData).map((e) => e.id)).toEqual(['recent', 'forum']);
});
