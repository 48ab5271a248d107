/** What the home page (`/`) shows. */
import { type Article, type Call, type Member, type SiteData } from './site.ts';
import { callStatus } from '../lib/call-status.ts';
import { timingOf } from '../lib/call-timing.ts';
import type { PageHead } from './page-head.ts';
import { memberKinds, sectors, type MemberKind, type Sector } from '../schemas/members.ts';
import { routesIn } from '../lib/routes.ts';
import { kindLabels, sectorLabel } from '../i18n/member-labels.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { webSite } from '../lib/json-ld.ts';
import { splitName } from '../lib/wordmark.ts';

/** Articles of the home page's « Dernières actualités ». */
const HOME_NEWS = 3;
/** Calls of the home page's « Appels à projets »: the first of the calls' order, open ones first. */
const HOME_CALLS = 2;
/** Cards the home page carries beyond those it shows, for the browser to show when their status puts them first. */
const HOME_CALL_CANDIDATES = 4;

export interface HomeView {
  head: PageHead;
  /** The site's name, as the wordmark splits it: « Pôle Image » and « Nord-Pas-de-Calais ». */
  name: ReturnType<typeof splitName>;
  /** The five fields, in the order of `sectors`. */
  fields: { field: Sector; label: string }[];
  /**
   * The calls of « Appels à projets »: the first `shown` of `candidates`
   * at the build; the others are there for the reader's browser, which
   * shows the first `shown` in the order of the visit's statuses.
   */
  calls: { candidates: Call[]; shown: number };
  /** The founding territories: the members that are local authorities. */
  territories: Member[];
  latest: Article[];
  /** The number of members of each kind, with its label in lower case, singular or plural; kinds without members left out. */
  kindCounts: { count: number; label: string }[];
}

/**
 * The calls that may be among the home page's first `HOME_CALLS` at a later
 * visit, in the calls' order: a closed call never reopens, so every call
 * open or upcoming at the build, and the first closed ones, that a call
 * closing later may follow; at most `HOME_CALLS + HOME_CALL_CANDIDATES`.
 */
function homeCallCandidates({ calls, builtAt }: SiteData): Call[] {
  const closed = calls.filter((call) => callStatus(timingOf(call.data), builtAt) === 'closed');
  const candidates = [
    ...calls.filter((call) => !closed.includes(call)),
    // In the calls' order, closed calls are already newest opening first.
    ...closed.slice(0, HOME_CALLS),
  ];
  return calls.filter((call) => candidates.includes(call)).slice(0, HOME_CALLS + HOME_CALL_CANDIDATES);
}

/**
 * The home page: its head (the site's description and schema.org `WebSite`
 * with its search), the wordmark, the newest calls and articles, the
 * founding territories and the members counted by kind.
 * @param origin The site's URL (Astro's `site`): absolute URLs start with it.
 */
export function homeView(siteData: SiteData, origin: URL | string): HomeView {
  const { settings, lang } = siteData;
  const routes = routesIn(lang);
  return {
    head: {
      description: settings.description,
      jsonLd: [
        webSite({
          name: settings.name,
          url: absoluteUrl(routes.home(), origin),
          description: settings.description,
          searchUrl: absoluteUrl(routes.search(), origin),
          inLanguage: lang,
        }),
      ],
    },
    name: splitName(settings.name),
    fields: (Object.keys(sectors) as Sector[]).map((field) => ({ field, label: sectorLabel(field, lang) })),
    calls: { candidates: homeCallCandidates(siteData), shown: HOME_CALLS },
    territories: siteData.members.filter((m) => m.data.kind === 'collectivite'),
    latest: siteData.news.slice(0, HOME_NEWS),
    kindCounts: (Object.keys(memberKinds) as MemberKind[])
      .map((kind) => {
        const [singular, plural] = kindLabels(kind, lang);
        const count = siteData.members.filter((m) => m.data.kind === kind).length;
        return { count, label: (count > 1 ? plural : singular).toLowerCase() };
      })
      .filter(({ count }) => count > 0),
  };
}
