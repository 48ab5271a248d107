/**
 * Structured data (schema.org, JSON-LD) that search engines read: the site
 * and the address of its search page, for a search box in their results.
 */

/** The `WebSite` of the home page, with its `SearchAction` pointing to `/recherche/?q=`. */
export function webSite(name: string, homeUrl: string, searchUrl: string): Record<string, unknown> {
  const target = new URL(searchUrl);
  target.search = '';
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name,
    url: homeUrl,
    inLanguage: 'fr',
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${target.href}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** JSON for a `<script type="application/ld+json">`, which no text in it can close early. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
