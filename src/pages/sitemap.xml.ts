import type { APIRoute } from 'astro';
import { getSite, articlesAboutCall, articlesAboutMember, type Article } from '../data/site.ts';
import { escapeXml } from '../lib/feed.ts';
import { isoDay } from '../lib/dates.ts';
import { NEWS_PAGE_SIZE, paginate } from '../lib/paginate.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { routes } from '../lib/routes.ts';

/** The day an article last changed: its update, or its publication. */
const changed = (article: Article) => isoDay(article.data.updated ?? article.data.date);

/** The latest of some days, or none. */
function latest(...days: (string | undefined)[]): string | undefined {
  return days
    .filter((day): day is string => Boolean(day))
    .sort()
    .at(-1);
}

/**
 * The sitemap, built from the same published entries as the pages: each
 * page with the day it last really changed (an article's `updated` or
 * `date`; for a list, its newest article), and no `lastmod` where nothing
 * tells when a page changed.
 */
export const GET: APIRoute = async ({ site: origin }) => {
  const site = await getSite();
  const newest = (articles: Article[]) => latest(...articles.map(changed));
  const entries: { path: string; lastmod?: string | undefined }[] = [
    { path: routes.home(), lastmod: latest(newest(site.news), ...site.calls.map((c) => isoDay(c.data.opens))) },
    ...paginate(site.news, NEWS_PAGE_SIZE).map((articles, index) => ({
      path: routes.news(index + 1),
      lastmod: newest(articles),
    })),
    ...site.news.map((article) => ({ path: routes.article(article.id), lastmod: changed(article) })),
    { path: routes.tags(), lastmod: newest(site.news) },
    ...site.tags.flatMap((tag) =>
      paginate(tag.articles, NEWS_PAGE_SIZE).map((articles, index) => ({
        path: routes.tag(tag.slug, index + 1),
        lastmod: newest(articles),
      })),
    ),
    { path: routes.members() },
    ...site.members.map((member) => ({
      path: routes.member(member.id),
      lastmod: newest(articlesAboutMember(site, member)),
    })),
    { path: routes.calls(), lastmod: latest(...site.calls.map((c) => isoDay(c.data.opens))) },
    ...site.calls.map((call) => ({
      path: routes.call(call.id),
      lastmod: latest(isoDay(call.data.opens), newest(articlesAboutCall(site, call))),
    })),
    ...site.pages.map((page) => ({
      path: routes.page(page.id),
      lastmod: page.data.updated && isoDay(page.data.updated),
    })),
    { path: routes.search() },
  ];
  const base = origin ?? new URL('https://pole-image.example');
  const urls = entries
    .map(
      ({ path, lastmod }) =>
        `<url><loc>${escapeXml(absoluteUrl(path, base))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`,
    )
    .join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    { headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  );
};
