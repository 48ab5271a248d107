/**
 * Build-time middleware added by the Pagefind integration (`pagefind.ts`):
 * hands each rendered HTML page to the search index, which Pagefind's own
 * process fills while the build renders the next page.
 */
import type { MiddlewareHandler } from 'astro';

/** Where the build's pages meet the index: set by the integration during `astro build` only. */
export const PAGE_SINK = Symbol.for('pole-image.pagefind-pages');

export interface PageSink {
  /** A page rendered at `pathname` (base path included) with this HTML. */
  page(pathname: string, html: string): void;
}

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const sink = (globalThis as typeof globalThis & { [PAGE_SINK]?: PageSink })[PAGE_SINK];
  if (!sink || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  sink.page(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
