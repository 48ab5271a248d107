/**
 * Internal URL building. Every link of the site goes through `href()`, so that
 * the site works at the domain root as well as under a sub-path (`BASE_PATH`).
 */

/** Normalise a base path to the form `/` or `/sub/path/`. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Prefix a site-relative path (`/actualites/`) with the base path.
 * Anchors, query strings and absolute URLs are returned untouched.
 */
export function href(path: string, base: string = import.meta.env.BASE_URL): string {
  if (/^[a-z][a-z\d+.-]*:/i.test(path) || path.startsWith('//') || path.startsWith('#')) {
    return path;
  }
  const root = normalizeBase(base);
  return root + path.replace(/^\/+/, '');
}

/** Absolute URL of a site-relative path, for canonical links, feeds and sitemaps. */
export function absoluteUrl(path: string, site: string | URL, base: string = import.meta.env.BASE_URL): string {
  return new URL(href(path, base), site).href;
}

/** Whether a link leaves the site (it then opens as an ordinary external link). */
export function isExternal(url: string): boolean {
  return /^(https?:)?\/\//i.test(url);
}
