import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls.ts';
import { routes } from '../lib/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(routes.sitemap(), site ?? 'https://pole-image.example');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
