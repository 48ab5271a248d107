/** What an event's page (`/agenda/<id>/`, `/en/events/<id>/`) shows. */
import {
  articlesAboutEvent,
  callsIn,
  membersIn,
  translationOf,
  type AgendaEvent,
  type Article,
  type Call,
  type Member,
  type SiteData,
} from './site.ts';
import type { Crumb, PageHead } from './page-head.ts';
import { agendaStrings } from '../i18n/agenda.ts';
import { commonStrings } from '../i18n/common.ts';
import type { Language } from '../i18n/strings.ts';
import { routesIn } from '../lib/routes.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { event as eventJsonLd } from '../lib/json-ld.ts';
import { eventSpan, formatEventDates, isoMoment, type EventDates } from '../lib/event-dates.ts';
import { eventStatus, type EventStatus } from '../lib/event-status.ts';

export interface EventView {
  head: PageHead;
  breadcrumbs: Crumb[];
  /** The dates in the page's language: « mercredi 1er juillet 2009 », "Wednesday 1 July 2009", and the hours. */
  dates: EventDates;
  /** On an English page, whether the event has no translation: its French text is shown under a notice. */
  untranslated: boolean;
  /** When it starts and ends (exclusive), as ISO instants, for the status script. */
  starts: string;
  ends: string;
  /** Its status when the site was built: what readers without JavaScript see. */
  status: EventStatus;
  /** The price as shown: the editor's text, or « Entrée libre » / "Free entry" for `0`; none when not given. */
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

/** The price as readers see it: `0` is « Entrée libre », "Free entry" in English. */
export function priceText(price: string | 0 | undefined, lang: Language = 'fr'): string | undefined {
  return price === 0 ? agendaStrings[lang].free : price;
}

/**
 * The page of an event in the site's language (`siteData.lang`): its head
 * (with the agenda's feed and schema.org `Event`), breadcrumbs, dates, its status at build time, price,
 * the members and calls it names (published ones, in its order) and the
 * articles citing it.
 * @param origin The site's URL (Astro's `site`): absolute URLs start with it.
 */
export function eventView(siteData: SiteData, entry: AgendaEvent, origin: URL | string): EventView {
  const { data } = entry;
  const { lang } = siteData;
  const t = agendaStrings[lang];
  const routes = routesIn(lang);
  const span = eventSpan(data);
  const organizers = membersIn(siteData, data.organizers);
  const untranslated = lang !== 'fr' && !translationOf(siteData, 'events', entry.id);
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
          inLanguage: untranslated ? 'fr' : lang,
          free: data.price === 0,
          registrationUrl: data.registrationUrl,
        }),
      ],
    },
    breadcrumbs: [
      { label: commonStrings[lang].home, href: routes.home() },
      { label: t.agenda, href: routes.agenda() },
      { label: data.title },
    ],
    dates: formatEventDates(data, lang),
    untranslated,
    starts: span.starts.toISOString(),
    ends: span.ends.toISOString(),
    status: eventStatus(span, siteData.builtAt),
    price: priceText(data.price, lang),
    organizers,
    members: membersIn(siteData, data.members),
    calls: callsIn(siteData, data.calls),
    articles: articlesAboutEvent(siteData, entry),
    calendar: routes.eventCalendar(entry.id),
    now: siteData.builtAt,
  };
}
