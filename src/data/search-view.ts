/** What the search page (`/recherche/`) shows besides the results, which Pagefind gives in the browser. */
import type { SiteData } from './site.ts';
import { routesIn } from '../lib/routes.ts';
import { searchTypes } from '../lib/search-record.ts';
import { agendaStrings } from '../i18n/agenda.ts';
import { memberKinds, sectors, type MemberKind, type Sector } from '../schemas/members.ts';
import { searchStrings } from '../i18n/search.ts';
import { kindLabels, sectorLabel } from '../i18n/member-labels.ts';

export interface SearchPageView {
  /** The sections to browse without JavaScript, each with its number of published entries. */
  sections: { label: string; href: string; count: number }[];
  /** The order of each filter's values on the page: the site's own, not the index's alphabetical one. */
  filterOrder: { type: string[]; secteur: string[]; structure: string[] };
}

/** The search page: its sections with their counts, and the order of the filters' values. */
export function searchPageView(siteData: SiteData): SearchPageView {
  const { lang } = siteData;
  const routes = routesIn(lang);
  const t = searchStrings[lang];
  return {
    sections: [
      { label: t.news, href: routes.news(), count: siteData.news.length },
      { label: t.members, href: routes.members(), count: siteData.members.length },
      { label: t.calls, href: routes.calls(), count: siteData.calls.length },
      { label: agendaStrings[lang].agenda, href: routes.agenda(), count: siteData.events.length },
      { label: t.keywords, href: routes.tags(), count: siteData.tags.length },
    ],
    filterOrder: {
      type: Object.values(searchTypes(lang)),
      secteur: (Object.keys(sectors) as Sector[]).map((sector) => sectorLabel(sector, lang)),
      structure: (Object.keys(memberKinds) as MemberKind[]).map((kind) => kindLabels(kind, lang)[0]),
    },
  };
}
