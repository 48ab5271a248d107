/** What an event's page (`/agenda/<id>/`) shows. */
import {
  articlesAboutEvent,
  callsIn,
  membersIn,
  type AgendaEvent,
  type Article,
  type Call,
  type Member,
  type SiteData,
} from './site.ts';
import type { Crumb, PageHead } from './page-head.ts';
import { agendaStrings } from '../i18n/agenda.ts';
import { routes } from '../lib/routes.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { event as eventJsonLd } from '../lib/json-ld.ts';
import { eventSpan, formatEventDates, isoMoment } from '../lib/event-dates.ts';
import { eventStatus, type EventStatus } from '../lib/event-status.ts';

const t = agendaStrings.fr;

export interface EventView {
  head: PageHead;
  breadcrumbs: Crumb[];
  /** The dates in French: « mercredi 1er juillet 2009 », and « 18 h 30 – 21 h » for a timed event. */
  dates: { date: string; time?: string | undefined };
  /** When it starts and ends (exclusive), as ISO instants, for the status script. */
  starts: string;
  ends: string;
  /** Its status when the site was built: what readers without JavaScript see. */
  status: EventStatus;
  /** The price as shown: the editor's text, or « Entrée libre » for `0`; none when not given. */
  price?: string | undefined;
  organizers: Member[];
  members: Member[];
  calls: Call[];
  /** Published articles citing it, newest first. */
  articles: Article[];
  /** Its own calendar file (`/agenda/<id>.ics`). */
  calendar: string;
  /** The instant the site was built. */
  now: Date;
}

/** The price as readers see it: `0` is « Entrée libre ». */
export function priceText(price: string | 0 | undefined): string | undefined {
  return price === 0 ? t.free : price;
}

/**
 * The page of an event: its head (with the agenda's feed and schema.org
 * `Event`), breadcrumbs, dates in French, its status at build time, price,
 * the members and calls it names (published ones, in its order) and the
 * articles citing it.
 * @param origin The site's URL (Astro's `site`): absolute URLs start with it.
 */
export function eventView(siteData: SiteData, entry: AgendaEvent, origin: URL | string): EventView {
  const { data } = entry;
  const span = eventSpan(data);
  const organizers = membersIn(siteData, data.organizers);
  return {
    head: {
      title: data.title,
      description: data.description,
      draft: data.draft,
      feeds: [{ title: t.agenda, path: routes.agendaFeed() }],
      jsonLd: [
        eventJsonLd({
          name: data.title,
          description: data.description,
          url: absoluteUrl(routes.event(entry.id), origin),
          startDate: isoMoment(data.start),
          endDate: data.end && isoMoment(data.end),
          status: data.status,
          place: { venue: data.location, online: data.online },
          organizers: organizers.map((member) => ({
            name: member.data.name,
            url: absoluteUrl(routes.member(member.id), origin),
          })),
          free: data.price === 0,
          registrationUrl: data.registrationUrl,
        }),
      ],
    },
    breadcrumbs: [
      { label: 'Accueil', href: routes.home() },
      { label: t.agenda, href: routes.agenda() },
      { label: data.title },
    ],
    dates: formatEventDates(data),
    starts: span.starts.toISOString(),
    ends: span.ends.toISOString(),
    status: eventStatus(span, siteData.builtAt),
    price: priceText(data.price),
    organizers,
    members: membersIn(siteData, data.members),
    calls: callsIn(siteData, data.calls),
    articles: articlesAboutEvent(siteData, entry),
    calendar: routes.eventCalendar(entry.id),
    now: siteData.builtAt,
  };
}
