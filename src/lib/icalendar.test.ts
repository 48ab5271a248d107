/** Calendar files read back with ical.js, an independent RFC 5545 parser, as calendar applications would. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fromIsoDay } from './dates.ts';
import { calendarFile, type CalendarEvent } from './icalendar.ts';

const stamp = new Date('2009-09-15T08:30:00Z');

/** The file's events as ical.js reads them, with the file's own VTIMEZONE registered. */
function readBack(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      const end = component.getFirstPropertyValue('dtend') as ICAL.Time | null;
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        location: event.location,
        url: component.getFirstPropertyValue('url'),
        status: component.getFirstPropertyValue('status'),
        sequence: event.sequence,
        start: event.startDate.toString(),
        startZone: event.startDate.zone.tzid,
        startUtc: event.startDate.isDate ? undefined : event.startDate.toJSDate().toISOString(),
        end: end?.toString(),
        endUtc: end && !end.isDate ? end.toJSDate().toISOString() : undefined,
        stamp: (component.getFirstPropertyValue('dtstamp') as ICAL.Time).toString(),
      };
    }),
  };
}

const deadline: CalendarEvent = {
  uid: 'appel-de-test-cloture@pole-image.example',
  summary: 'Clôture : appel de test',
  start: { day: fromIsoDay('2009-09-30'), time: '12:00' },
  stamp,
};

describe('calendarFile', () => {
  it('writes a deadline at its Paris time, with the Europe/Paris VTIMEZONE, read back to the same instant', () => {
    const text = calendarFile({ name: 'Appels à projets', events: [deadline] });
    const { calendar, events } = readBack(text);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Paris');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Appels à projets');
    expect(events).toEqual([
      expect.objectContaining({
        uid: 'appel-de-test-cloture@pole-image.example',
        summary: 'Clôture : appel de test',
        start: '2009-09-30T12:00:00',
        startZone: 'Europe/Paris',
        startUtc: '2009-09-30T10:00:00.000Z',
        end: undefined,
        status: 'CONFIRMED',
        sequence: 0,
        stamp: '2009-09-15T08:30:00Z',
      }),
    ]);
  });

  it('keeps the Paris time across the change to summer and winter time', () => {
    const { events } = readBack(
      calendarFile({
        name: 'Agenda',
        events: [
          {
            uid: 'avant@x',
            summary: 'Avant',
            start: { day: fromIsoDay('2026-03-28'), time: '18:30' },
            end: { day: fromIsoDay('2026-03-28'), time: '21:00' },
            stamp,
          },
          {
            uid: 'apres@x',
            summary: 'Après',
            start: { day: fromIsoDay('2026-03-29'), time: '18:30' },
            end: { day: fromIsoDay('2026-03-29'), time: '21:00' },
            stamp,
          },
          { uid: 'hiver@x', summary: 'Hiver', start: { day: fromIsoDay('2026-10-25'), time: '10:00' }, stamp },
        ],
      }),
    );
    expect(events.map(({ start, startUtc, endUtc }) => [start, startUtc, endUtc])).toEqual([
      ['2026-03-28T18:30:00', '2026-03-28T17:30:00.000Z', '2026-03-28T20:00:00.000Z'],
      ['2026-03-29T18:30:00', '2026-03-29T16:30:00.000Z', '2026-03-29T19:00:00.000Z'],
      ['2026-10-25T10:00:00', '2026-10-25T09:00:00.000Z', undefined],
    ]);
  });

  it('writes all-day events as dates with an exclusive end, one day or several', () => {
    const { events } = readBack(
      calendarFile({
        name: 'Agenda',
        events: [
          { uid: 'un-jour@x', summary: 'Un jour', start: { day: fromIsoDay('2009-07-01') }, stamp },
          {
            uid: 'trois-jours@x',
            summary: 'Trois jours',
            start: { day: fromIsoDay('2009-07-01') },
            end: { day: fromIsoDay('2009-07-03') },
            stamp,
          },
        ],
      }),
    );
    expect(events.map(({ start, end }) => [start, end])).toEqual([
      ['2009-07-01', '2009-07-02'],
      ['2009-07-01', '2009-07-04'],
    ]);
  });

  it('counts a day without time as 00:00 at the start and the end of the day at the end, when the other has a time', () => {
    const { events } = readBack(
      calendarFile({
        name: 'Agenda',
        events: [
          {
            uid: 'soir@x',
            summary: 'Jusqu’au soir',
            start: { day: fromIsoDay('2009-07-01'), time: '18:30' },
            end: { day: fromIsoDay('2009-07-02') },
            stamp,
          },
        ],
      }),
    );
    expect([events[0]?.startUtc, events[0]?.endUtc]).toEqual(['2009-07-01T16:30:00.000Z', '2009-07-02T22:00:00.000Z']);
  });

  it('escapes and folds text, and keeps status, sequence, place and address', () => {
    const summary = 'Rencontre ; jeux, films et séries : une très longue ligne qui dépasse les soixante-quinze octets';
    const text = calendarFile({
      name: 'Agenda',
      events: [
        {
          uid: 'annule@x',
          summary,
          description: 'Première ligne\nDeuxième ligne, avec virgule ; et point-virgule',
          location: 'Le Fresnoy, Tourcoing',
          url: 'https://pole-image.example/agenda/annule/',
          start: { day: fromIsoDay('2009-07-01') },
          status: 'cancelled',
          sequence: 3,
          stamp,
        },
      ],
    });
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(text.endsWith('END:VCALENDAR')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(readBack(text).events[0]).toEqual(
      expect.objectContaining({
        summary,
        description: 'Première ligne\nDeuxième ligne, avec virgule ; et point-virgule',
        location: 'Le Fresnoy, Tourcoing',
        url: 'https://pole-image.example/agenda/annule/',
        status: 'CANCELLED',
        sequence: 3,
      }),
    );
  });

  it('refuses an event that ends before it starts', () => {
    expect(() =>
      calendarFile({
        name: 'Agenda',
        events: [{ ...deadline, end: { day: fromIsoDay('2009-09-29') } }],
      }),
    ).toThrow(RangeError);
    expect(() =>
      calendarFile({
        name: 'Agenda',
        events: [
          {
            uid: 'x@x',
            summary: 'X',
            start: { day: fromIsoDay('2009-07-03') },
            end: { day: fromIsoDay('2009-07-01') },
            stamp,
          },
        ],
      }),
    ).toThrow(RangeError);
  });
});
