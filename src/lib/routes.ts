/**
 * The site's URL scheme in one place (see DESIGN.md, "URLs"). Paths are
 * site-relative; pass them to `href()` to honour the base path.
 */
import type { ReservedIds } from './content-files.ts';
import { slugify } from './slug.ts';

/** The end of a paginated list's address: nothing for the first page, `2/` for the second. */
const pageSegment = (page: number) => (page <= 1 ? '' : `${page}/`);

export const routes = {
  home: () => '/',
  news: (page = 1) => `/actualites/${pageSegment(page)}`,
  article: (id: string) => `/actualites/${id}/`,
  tags: () => '/mots-cles/',
  tag: (tag: string, page = 1) => `/mots-cles/${slugify(tag)}/${pageSegment(page)}`,
  members: () => '/membres/',
  member: (id: string) => `/membres/${id}/`,
  memberNews: (id: string, page = 1) => `/membres/${id}/actualites/${pageSegment(page)}`,
  calls: () => '/appels-a-projets/',
  call: (id: string) => `/appels-a-projets/${id}/`,
  callNews: (id: string, page = 1) => `/appels-a-projets/${id}/actualites/${pageSegment(page)}`,
  page: (id: string) => `/${id}/`,
  search: () => '/recherche/',
  feed: () => '/rss.xml',
  newsFeed: () => '/actualites/rss.xml',
  callsFeed: () => '/appels-a-projets/rss.xml',
  tagFeed: (tag: string) => `/mots-cles/${slugify(tag)}/rss.xml`,
  feedStylesheet: () => '/rss.xsl',
  feedImage: () => '/feed-icon.png',
  socialImage: () => '/og-image.png',
  favicon: () => '/favicon.svg',
  searchQueryFlag: () => '/recherche-requete.js',
  sitemap: () => '/sitemap.xml',
} as const;

/**
 * First path segments taken by the site's own sections: a standalone page
 * with one of these ids would collide with a section.
 */
export const reservedPageIds: readonly string[] = [
  'actualites',
  'mots-cles',
  'membres',
  'appels-a-projets',
  'recherche',
  'pagefind',
  '_astro',
  '404',
  'rss.xml',
  'rss.xsl',
  'robots.txt',
  'sitemap.xml',
  'og-image.png',
  'feed-icon.png',
  'favicon.svg',
  'recherche-requete.js',
];

/** A standalone page may not take the address of a section (`/membres/`). */
export const reservedPageId: ReservedIds = (id) =>
  reservedPageIds.includes(id) ? `« /${id}/ » est déjà l'adresse d'une rubrique du site` : undefined;

/** An article named with digits only would take the address of a page of the news list (`/actualites/2/`). */
export const reservedNewsId: ReservedIds = (id) =>
  /^\d+$/.test(id) ? `« /actualites/${id}/ » est l'adresse d'une page de la liste des actualités` : undefined;
