/** What the search page (`/recherche/`) shows besides the results, which Pagefind gives in the browser. */
import type { SiteData } from './site.ts';
import { routes } from '../lib/routes.ts';
import { searchTypes } from '../lib/search-record.ts';
import { agendaStrings } from '../i18n/agenda.ts';
import { memberKinds, sectors } from '../schemas/members.ts';

export interface SearchPageView {
  /** The sections to browse without JavaScript, each with its number of published entries. */
  sections: { label: string; href: string; count: number }[];
  /** The order of each filter's values on the page: the site's own, not the index's alphabetical one. */
  filterOrder: { type: string[]; secteur: string[]; structure: string[] };
}

/** The search page: its sections with their counts, and the order of the filters' values. */
export function searchPageView(siteData: SiteData): SearchPageView {
  return {
    sections: [
      { label: 'Actualités', href: routes.news(), count: siteData.news.length },
      { label: 'Membres', href: routes.members(), count: siteData.members.length },
      { label: 'Appels à projets', href: routes.calls(), count: siteData.calls.length },
      { label: agendaStrings.fr.agenda, href: routes.agenda(), count: siteData.events.length },
      { label: 'Mots clés', href: routes.tags(), count: siteData.tags.length },
    ],
    filterOrder: {
      type: Object.values(searchTypes),
      secteur: Object.values(sectors),
      structure: Object.values(memberKinds).map(([singular]) => singular),
    },
  };
}
