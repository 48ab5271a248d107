/**
 * The calls' calendars: one `.ics` per call (`/appels-a-projets/<id>.ics`)
 * and one for every published call (`/appels-a-projets/calendrier.ics`),
 * written by the site's one iCalendar writer (`src/lib/icalendar.ts`).
 * Drafts never appear: only `siteData.calls` is read.
 */
import type { Call, SiteData } from './site.ts';
import { calendarFile, type CalendarEvent } from '../lib/icalendar.ts';
import { routes } from '../lib/routes.ts';
import { isoDay, startOfParisDay } from '../lib/dates.ts';
import { slugify } from '../lib/slug.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { callStrings } from '../i18n/calls.ts';

const t = callStrings.fr;

/** How often subscribed calendar applications fetch the file again: twice a day. */
const REFRESH_SECONDS = 12 * 60 * 60;

/**
 * The events of a call: its opening (all day), its deadline (at its Paris
 * time, or all day), and each key date (all day). UIDs name the call's id
 * and the kind of date (`<id>-cloture@<host>`; a key date by its label's
 * slug), never its title, so that a subscribed calendar updates the event
 * in place. The stamp is the day of the latest change notice, or the
 * opening day, and the sequence the number of change notices, so that an
 * unchanged call gives the same file at every build.
 */
function callEvents(call: Call, origin: URL | string): CalendarEvent[] {
  const { data } = call;
  const host = new URL(origin).host;
  const url = absoluteUrl(routes.call(call.id), origin);
  const lastDay = [data.opens, ...data.changes.map(({ date }) => date)].map(isoDay).sort().at(-1) ?? isoDay(data.opens);
  const common = { url, description: data.summary, stamp: startOfParisDay(lastDay), sequence: data.changes.length };
  const events: CalendarEvent[] = [
    {
      ...common,
      uid: `${call.id}-ouverture@${host}`,
      summary: t.calendarOpens(data.title),
      start: { day: data.opens },
    },
  ];
  if (data.closes) {
    events.push({
      ...common,
      uid: `${call.id}-cloture@${host}`,
      summary: t.calendarCloses(data.title),
      start: data.closes,
    });
  }
  const seen = new Map<string, number>();
  for (const { label, date } of data.dates) {
    const slug = slugify(label) || 'date';
    const count = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, count);
    events.push({
      ...common,
      uid: `${call.id}-${slug}${count > 1 ? `-${count}` : ''}@${host}`,
      summary: `${label}${t.colon} ${data.title}`,
      start: { day: date },
    });
  }
  return events;
}

/** The `.ics` file of one call. */
export function callCalendar(siteData: SiteData, call: Call, origin: URL | string): string {
  return calendarFile({
    name: `${siteData.settings.name} – ${call.data.title}`,
    url: absoluteUrl(routes.callCalendar(call.id), origin),
    refreshSeconds: REFRESH_SECONDS,
    events: callEvents(call, origin),
  });
}

/** The `.ics` file of every published call's dates, to subscribe to. */
export function callsCalendar(siteData: SiteData, origin: URL | string): string {
  return calendarFile({
    name: t.calendarName(siteData.settings.name),
    url: absoluteUrl(routes.callsCalendar(), origin),
    refreshSeconds: REFRESH_SECONDS,
    events: siteData.calls.flatMap((call) => callEvents(call, origin)),
  });
}

/** The response of a calendar route: the file, as `text/calendar`. */
export function calendarResponse(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
