import { expect, test, vi } from 'vitest';
import { eventView } from './event-view.ts';
import { loadSiteData } from './site.ts';
import { asBuild, byId, type TestContent } from './test-content.ts';

const content = vi.hoisted((): TestContent => ({
  members: [['studio-nord', { name: 'Studio Nord', kind: 'entreprise', city: 'Lille', summary: 'Un studio.' }]],
  events: [
    [
      'soiree-hybride',
      {
        title: 'Soirée hybride',
        description: 'Sur place et en ligne.',
        start: '2009-10-24T18:30',
        end: '2009-10-25T12:00',
        announced: '2009-09-01',
        location: { name: 'Salle des fêtes', address: '1 place de la Gare', city: 'Lille' },
        online: 'https://example.org/direct',
        price: 0,
        organizers: ['studio-nord'],
        status: 'reporté',
      },
    ],
  ],
}));

vi.mock('astro:content', async () => (await import('./test-content.ts')).mockedAstroContent(content));

asBuild(new Date('2009-10-24T20:00:00Z'));

test('gives an event’s page its dates in French, its status at the build, its price and its calendar', async () => {
  const siteData = await loadSiteData();
  const view = eventView(siteData, byId(siteData.events, 'soiree-hybride'), 'https://pole.example');
  expect(view.dates).toEqual({
    date: 'du samedi 24 octobre 2009 à 18\u00a0h\u00a030 au dimanche 25 octobre 2009 à 12\u00a0h',
    multiDay: true,
  });
  expect(view.starts).toBe('2009-10-24T16:30:00.000Z');
  expect(view.ends).toBe('2009-10-25T11:00:00.000Z');
  expect(view.status).toBe('ongoing');
  expect(view.price).toBe('Entrée libre');
  expect(view.calendar).toBe('/agenda/soiree-hybride.ics');
  expect(view.organizers.map((m) => m.id)).toEqual(['studio-nord']);
  expect(view.breadcrumbs).toEqual([
    { label: 'Accueil', href: '/' },
    { label: 'Agenda', href: '/agenda/' },
    { label: 'Soirée hybride' },
  ]);
});

test('describes the event to search engines as a schema.org Event, with offsets, both places and its free entry', async () => {
  const siteData = await loadSiteData();
  const [jsonLd] =
    eventView(siteData, byId(siteData.events, 'soiree-hybride'), 'https://pole.example').head.jsonLd ?? [];
  expect(JSON.parse(JSON.stringify(jsonLd))).toEqual({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: 'Soirée hybride',
    description: 'Sur place et en ligne.',
    url: 'https://pole.example/agenda/soiree-hybride/',
    startDate: '2009-10-24T18:30:00+02:00',
    endDate: '2009-10-25T12:00:00+01:00',
    eventStatus: 'https://schema.org/EventPostponed',
    eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
    location: [
      {
        '@type': 'Place',
        name: 'Salle des fêtes',
        address: {
          '@type': 'PostalAddress',
          streetAddress: '1 place de la Gare',
          addressLocality: 'Lille',
          addressCountry: 'FR',
        },
      },
      { '@type': 'VirtualLocation', url: 'https://example.org/direct' },
    ],
    organizer: [{ '@type': 'Organization', name: 'Studio Nord', url: 'https://pole.example/membres/studio-nord/' }],
    // Its price is 0: free, with an offer at 0 EUR.
    isAccessibleForFree: true,
    offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR' },
    inLanguage: 'fr',
  });
});
