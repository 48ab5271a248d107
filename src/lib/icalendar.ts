/**
 * The site's one iCalendar (RFC 5545) writer, for the calls' deadlines and
 * the agenda: plain event objects in, the text of a `.ics` file out.
 * `ical-generator` writes the format (escaping, line folding at 75 octets,
 * CRLF), `@touch4it/ical-timezones` the `VTIMEZONE` of Europe/Paris; this
 * module only decides how a content moment becomes a date of the file.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { fromIsoDay, isoDay, momentEnd, momentStart, nextDay, parisWallTime, type ParisMoment } from './dates.ts';

const TIME_ZONE = 'Europe/Paris';

/** One event of a calendar file. */
export interface CalendarEvent {
  /**
   * `UID`: permanent and unique in the world, such as
   * `appel-a-projets-2009-cloture@pole-image.example`. Derive it from what
   * never changes (the entry's id and the kind of date), never from the
   * title, so that a calendar that subscribed updates the event in place.
   */
  uid: string;
  /** `SUMMARY`: the title, plain text. */
  summary: string;
  /** `DESCRIPTION`: plain text; line breaks are kept. */
  description?: string | undefined;
  /** `URL`: the page of the event, absolute. */
  url?: string | undefined;
  /** `LOCATION`: the place as one line of plain text. */
  location?: string | undefined;
  /** `DTSTART`: a Paris day (an all-day event) or a Paris day and time. */
  start: ParisMoment;
  /**
   * The last day (all-day events) or the end time, inclusive as editors
   * write it: an all-day event on 1–3 July gets `DTEND` 4 July, as RFC 5545
   * wants. Absent: an all-day event lasts its one day; a timed event is an
   * instant (a deadline), written without `DTEND`. When one of `start` and
   * `end` has a time and the other not, the day without time counts from
   * 00:00 (start) or to the end of the day (end), Paris time.
   */
  end?: ParisMoment | undefined;
  /** `STATUS`; `cancelled` tells subscribed calendars to strike the event. */
  status?: 'confirmed' | 'tentative' | 'cancelled' | undefined;
  /** `SEQUENCE`: raised each time the event's dates, place or status change. */
  sequence?: number | undefined;
  /**
   * `DTSTAMP` (and `LAST-MODIFIED`): when this version of the event was
   * written, taken from the content (not the build's clock) so that
   * rebuilding unchanged content gives the same file.
   */
  stamp: Date;
}

/** A calendar file. */
export interface Calendar {
  /** `X-WR-CALNAME`/`NAME`: how calendar applications label a subscription. */
  name: string;
  /** `X-WR-CALDESC`/`DESCRIPTION`. */
  description?: string | undefined;
  /** `URL` of the calendar's own file, absolute. */
  url?: string | undefined;
  /** How often a subscribed application should fetch the file again, in seconds (`REFRESH-INTERVAL`, `X-PUBLISHED-TTL`). */
  refreshSeconds?: number | undefined;
  events: readonly CalendarEvent[];
}

const STATUS = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
} as const;

/**
 * The text of a `.ics` file (RFC 5545, CRLF line ends) holding `calendar`'s
 * events in the given order, with the `VTIMEZONE` of Europe/Paris; all-day
 * events as `VALUE=DATE` with an exclusive `DTEND`, timed events as
 * `TZID=Europe/Paris` wall-clock times.
 *
 * @throws {RangeError} when an event ends before it starts.
 */
export function calendarFile(calendar: Calendar): string {
  const file = ical({
    name: calendar.name,
    description: calendar.description ?? null,
    url: calendar.url ?? null,
    prodId: { company: 'Pôle Image', product: 'Site', language: 'FR' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: calendar.refreshSeconds ?? null,
    // No calendar-wide TZID: it would write DTSTAMP in local time. The generator adds VTIMEZONE for the events' TZID.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const event of calendar.events) {
    const allDay = event.start.time === undefined && event.end?.time === undefined;
    const common = {
      id: event.uid,
      summary: event.summary,
      description: event.description ?? null,
      url: event.url ?? null,
      location: event.location ?? null,
      status: STATUS[event.status ?? 'confirmed'],
      sequence: event.sequence ?? 0,
      stamp: event.stamp,
      lastModified: event.stamp,
    };
    if (allDay) {
      const last = isoDay((event.end ?? event.start).day);
      if (last < isoDay(event.start.day)) throw new RangeError(`${event.uid} ends before it starts`);
      // ical-generator writes an all-day Date with its UTC getters: content days are midnight UTC.
      file.createEvent({ ...common, allDay: true, start: event.start.day, end: fromIsoDay(nextDay(last)) });
      continue;
    }
    const start = momentStart(event.start);
    const end = event.end && momentEnd(event.end);
    if (end && end < start) throw new RangeError(`${event.uid} ends before it starts`);
    file.createEvent({
      ...common,
      timezone: TIME_ZONE,
      start: parisWallTime(start),
      end: end ? parisWallTime(end) : null,
    });
  }
  return file.toString();
}
