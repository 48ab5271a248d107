/** The lists of events: the agenda (`/agenda/`), its archives by year, and the home page's section. */
import { loadSiteData, type AgendaEvent, type SiteData } from './site.ts';
import type { Language } from '../i18n/strings.ts';
import { eventSpan } from '../lib/event-dates.ts';
import { eventStatus } from '../lib/event-status.ts';

/** Past events the agenda shows under the upcoming ones, before the link to the archives. */
const AGENDA_RECENT = 3;
/**
 * Whether an event is over at `now`. A postponed one never is: its old date
 * no longer holds and its new one is not known, so it stays with the
 * upcoming events, marked « Reporté », until its file gets a new date.
 */
const isPast = (entry: AgendaEvent, now: Date) =>
  entry.data.status !== 'reporté' && eventStatus(eventSpan(entry.data), now) === 'past';

/**
 * Events to come or under way at `now` (nearest first), and past ones
 * (newest first). The reader's browser moves an event from the first list
 * to the second once it is over.
 */
export function splitByTime(
  events: readonly AgendaEvent[],
  now: Date,
): { upcoming: AgendaEvent[]; past: AgendaEvent[] } {
  const upcoming = events.filter((entry) => !isPast(entry, now));
  const past = events.filter((entry) => isPast(entry, now)).reverse();
  return { upcoming, past };
}

export interface AgendaView {
  /** Upcoming and ongoing events at the build, nearest first. */
  upcoming: AgendaEvent[];
  /** The latest past events, newest first, under them. */
  recent: AgendaEvent[];
  /** Whether older events wait in the archives. */
  hasArchives: boolean;
}

/** The agenda page: every event to come, then the latest past ones. */
export function agendaView(siteData: SiteData): AgendaView {
  const { upcoming, past } = splitByTime(siteData.events, siteData.builtAt);
  return { upcoming, recent: past.slice(0, AGENDA_RECENT), hasArchives: past.length > 0 };
}

/**
 * How many events to come the home page holds. It shows three; the event-status script moves
 * out those that end after the build, so the page needs a few more, until the next build: the
 * site is rebuilt every night (`.github/workflows/build.yml`), and twelve leave nine events to end
 * before then. All of them made the page grow with the agenda: 54 events, 4.5 KB gzip of the
 * home page's 11.5, in the benchmark's site of 10,000 articles.
 */
const HOME_EVENTS_KEPT = 12;

/**
 * The home page's events: those that take place (neither cancelled nor
 * postponed), the first `kept` to come at the build (`HOME_EVENTS_KEPT`),
 * nearest first, and the latest past one. The page shows the first three to
 * come, or, with none left at the reader's visit, the latest past one: the
 * event-status script moves the events that have ended since the build.
 */
export function homeEvents(
  siteData: SiteData,
  kept = HOME_EVENTS_KEPT,
): { upcoming: AgendaEvent[]; recent: AgendaEvent[] } {
  const taking = siteData.events.filter((entry) => entry.data.status === 'prévu');
  const { upcoming, past } = splitByTime(taking, siteData.builtAt);
  return { upcoming: upcoming.slice(0, kept), recent: past.slice(0, 1) };
}

/**
 * How many of a member's or a call's events its page lists: the nearest to come and the latest
 * past, so that the page weighs the same whatever the number of events (34 for a call in the
 * benchmark's site of 10,000 articles, 3.4 KB gzip); the agenda lists them all.
 */
const RELATED_EVENTS = { upcoming: 4, past: 2 } as const;

/**
 * Of `events` (a member's or a call's, in time order), those its page lists, in time order: the
 * first `upcoming` to come at `now` and the last `past` before (`RELATED_EVENTS`).
 */
export function relatedEventsShown(
  events: readonly AgendaEvent[],
  now: Date,
  { upcoming = RELATED_EVENTS.upcoming, past = RELATED_EVENTS.past }: { upcoming?: number; past?: number } = {},
): AgendaEvent[] {
  const split = splitByTime(events, now);
  return [...split.past.slice(0, past).reverse(), ...split.upcoming.slice(0, upcoming)];
}

/** The years that have events (by their first day), newest first, each with its events newest first. */
export function eventYears(siteData: SiteData): { year: number; events: AgendaEvent[] }[] {
  const years = new Map<number, AgendaEvent[]>();
  for (const entry of siteData.events) {
    const year = entry.data.start.day.getUTCFullYear();
    years.set(year, [entry, ...(years.get(year) ?? [])]);
  }
  return [...years.entries()].sort(([a], [b]) => b - a).map(([year, events]) => ({ year, events }));
}

/** The `getStaticPaths` of the agenda's years in a language: `{ params: { year }, props: { year, events } }`. */
export async function yearPaths(lang: Language) {
  const siteData = await loadSiteData(lang);
  return eventYears(siteData).map(({ year, events }) => ({ params: { year: String(year) }, props: { year, events } }));
}
