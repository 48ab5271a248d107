import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { routes } from '../lib/routes.ts';

/** The main feed: news and calls for projects, newest first. */
export const GET: APIRoute = async (context) => {
  const site = await getSite();
  const origin = context.site ?? new URL('https://pole-image.example');
  const items = [
    ...site.news.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      pubDate: article.data.date,
      link: absoluteUrl(routes.article(article.id), origin),
      categories: article.data.tags,
    })),
    ...site.calls.map((call) => ({
      title: `Appel à projets : ${call.data.title}`.replace(' :', '\u00a0:'),
      description: call.data.summary,
      pubDate: call.data.opens,
      link: absoluteUrl(routes.call(call.id), origin),
      categories: call.data.themes,
    })),
  ].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());

  return rss({
    title: site.settings.name,
    description: site.settings.description,
    site: absoluteUrl(routes.home(), origin),
    items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>fr</language><atom:link href="${absoluteUrl(routes.feed(), origin)}" rel="self" type="application/rss+xml"/>`,
  });
};
