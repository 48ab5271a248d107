/**
 * What a page tells the browser, search engines, social networks and feed
 * readers about itself: the props of `BaseLayout`, which every page view
 * gives as its `head`.
 */
import type { JsonLd } from '../lib/json-ld.ts';

export interface FeedLinkInfo {
  title: string;
  /** Site path of the feed, such as `/actualites/rss.xml`. */
  path: string;
}

export interface SocialImage {
  /** Absolute URL or site path of the image. */
  src: string;
  alt: string;
  width?: number | undefined;
  height?: number | undefined;
}

export interface PageHead {
  /** The page's own title; the site name is appended. Omit on the home page. */
  title?: string;
  /** The meta description. */
  description: string;
  /** Shows the « Brouillon » banner (only ever true in `astro dev`). */
  draft?: boolean;
  /** Why the entry is not published, shown in the banner. */
  draftReason?: string | undefined;
  /** Marks a page that must not be indexed by search engines (404). */
  noindex?: boolean;
  /** Feeds of this page's section, besides the main feed. */
  feeds?: FeedLinkInfo[] | undefined;
  /** The image shown when the page is shared; the site's default image otherwise. */
  image?: SocialImage | undefined;
  /** `article` for news articles. */
  type?: 'website' | 'article';
  /** Structured data for search engines. */
  jsonLd?: JsonLd[];
  /** Day of publication, `YYYY-MM-DD`, for `article:published_time`. */
  publishedTime?: string | undefined;
  /** Day of the last update, `YYYY-MM-DD`, for `article:modified_time`. */
  modifiedTime?: string | undefined;
  /**
   * The site path of this page in the other language: `null` when it has
   * none (an untranslated article), the same route in the other language
   * when left out.
   */
  counterpart?: string | null | undefined;
  /** Where the language switcher leads when the page has no counterpart: the section's home. */
  counterpartFallback?: string | undefined;
}

/** A crumb of the breadcrumbs: a site path, none for the current page. */
export interface Crumb {
  label: string;
  href?: string;
}
