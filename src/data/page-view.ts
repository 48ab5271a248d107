/** What a standalone page (`/<id>/`: « Le Pôle », the legal notice…) shows besides its text. */
import type { Page } from './site.ts';
import type { Crumb, PageHead } from './page-head.ts';
import { routes } from '../lib/routes.ts';

export interface PageView {
  head: PageHead;
  breadcrumbs: Crumb[];
}

/** A standalone page: its head (with the draft banner in `astro dev`) and its breadcrumbs, under the home page. */
export function pageView(page: Page): PageView {
  const { data } = page;
  return {
    head: { title: data.title, description: data.description, draft: data.draft },
    breadcrumbs: [{ label: 'Accueil', href: routes.home() }, { label: data.title }],
  };
}
