/**
 * The agenda's calendar files: one per event (`/agenda/<id>.ics`) and the
 * whole agenda (`/agenda.ics`), written by the site's one iCalendar writer
 * (`src/lib/icalendar.ts`) from the same published events as the pages.
 *
 * `SEQUENCE` is the number of entries of the event's `changes` field, and
 * `DTSTAMP` the day of its latest change (or of its announcement): both come
 * from the committed file, so every build writes the same calendar, and each
 * change an editor records tells subscribed calendars to update the event.
 */
import type { AgendaEvent, SiteData } from './site.ts';
import { agendaStrings } from '../i18n/agenda.ts';
import { calendarFile, type CalendarEvent } from '../lib/icalendar.ts';
import { isoDay, startOfParisDay } from '../lib/dates.ts';
import { eventSpan } from '../lib/event-dates.ts';
import { entryUuid } from '../lib/guid.ts';
import { routes } from '../lib/routes.ts';
import { absoluteUrl } from '../lib/urls.ts';

/** How far back `/agenda.ics` goes: events that ended within the last 12 months stay in subscribed calendars. */
const CALENDAR_PAST_DAYS = 365;
/** How often subscribed applications should fetch `/agenda.ics` again: every 12 hours. */
const REFRESH_SECONDS = 12 * 3600;

const STATUS = { prévu: 'confirmed', annulé: 'cancelled', reporté: 'tentative' } as const;

/** An event as a calendar event: permanent `UID`, place on one line, status, sequence and stamp from its file. */
export function calendarEvent(entry: AgendaEvent, origin: URL | string): CalendarEvent {
  const { data } = entry;
  const t = agendaStrings.fr;
  const place = data.location && [data.location.name, data.location.address, data.location.city].filter(Boolean);
  const url = absoluteUrl(routes.event(entry.id), origin);
  const lastChange = [data.announced, ...data.changes.map((change) => change.date)].sort((a, b) => +a - +b).at(-1);
  return {
    uid: entryUuid('events', entry.id),
    summary: data.status === 'reporté' ? `${data.title} (${t.postponed.toLowerCase()})` : data.title,
    description: [data.description, data.online && `${t.online} : ${data.online}`, url].filter(Boolean).join('\n\n'),
    url,
    location: place ? place.join(', ') : data.online,
    start: data.start,
    end: data.end,
    status: STATUS[data.status],
    sequence: data.changes.length,
    stamp: startOfParisDay(isoDay(lastChange ?? data.announced)),
  };
}

/** The text of one event's `.ics` file. */
export function eventCalendarFile(entry: AgendaEvent, origin: URL | string): string {
  return calendarFile({
    name: entry.data.title,
    url: absoluteUrl(routes.eventCalendar(entry.id), origin),
    events: [calendarEvent(entry, origin)],
  });
}

/** The events of `/agenda.ics`: those to come and those that ended within the last 12 months, at the build. */
export function calendarEvents(siteData: SiteData): AgendaEvent[] {
  const since = siteData.builtAt.getTime() - CALENDAR_PAST_DAYS * 86_400_000;
  return siteData.events.filter((entry) => eventSpan(entry.data).ends.getTime() >= since);
}

/** The text of the whole agenda's `.ics` file, to download or subscribe to. */
export function agendaCalendarFile(siteData: SiteData, origin: URL | string): string {
  const t = agendaStrings.fr;
  return calendarFile({
    name: t.calendarName(siteData.settings.name),
    description: t.agendaDescription(siteData.settings.name),
    url: absoluteUrl(routes.agendaCalendar(), origin),
    refreshSeconds: REFRESH_SECONDS,
    events: calendarEvents(siteData).map((entry) => calendarEvent(entry, origin)),
  });
}

/** A calendar file as an endpoint's response; `write` gets the site's URL, which calendars need. */
export function calendarResponse(origin: URL | undefined, write: (origin: URL) => string): Response {
  if (!origin) throw new Error('The site URL is required for calendars: set `site` in astro.config.mjs (SITE_URL).');
  return new Response(write(origin), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
