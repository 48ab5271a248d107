/**
 * Every page's Content-Security-Policy `<meta>` limited to the hashes of its own inline styles
 * and scripts (`withOwnHashes`, `src/lib/csp.ts`), as Astro renders it: at build time for the
 * site's static pages, and in `astro dev`. Other responses (feeds, calendars, images) pass as
 * they are.
 */
import { defineMiddleware } from 'astro:middleware';
import { withOwnHashes } from './lib/csp.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(withOwnHashes(await response.text()), response);
});
