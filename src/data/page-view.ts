/** What a standalone page (`/<id>/`: « Le Pôle », the legal notice…) shows besides its text. */
import type { Page, SiteData } from './site.ts';
import type { Crumb, PageHead } from './page-head.ts';
import { routesIn } from '../lib/routes.ts';
import { commonStrings } from '../i18n/common.ts';

export interface PageView {
  head: PageHead;
  breadcrumbs: Crumb[];
}

/** A standalone page: its head (with the draft banner in `astro dev`) and its breadcrumbs, under the home page. */
export function pageView(page: Page, lang: SiteData['lang'] = 'fr'): PageView {
  const { data } = page;
  return {
    head: { title: data.title, description: data.description, draft: data.draft },
    breadcrumbs: [{ label: commonStrings[lang].home, href: routesIn(lang).home() }, { label: data.title }],
  };
}
