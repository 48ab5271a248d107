import type { APIRoute } from 'astro';
import { getSite, articlesAboutCall, articlesAboutMember, type Article } from '../data/site.ts';
import { escapeXml } from '../lib/xml.ts';
import { isoDay } from '../lib/dates.ts';
import { NEWS_PAGE_SIZE, citingNewsPages, paginate } from '../lib/paginate.ts';
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
  /** The pages of a list of articles, each changed with its newest article. */
  const listPages = (pages: Article[][], path: (page: number) => string) =>
    pages.map((articles, index) => ({ path: path(index + 1), lastmod: newest(articles) }));
  const entries: { path: string; lastmod?: string | undefined }[] = [
    { path: routes.home(), lastmod: latest(newest(site.news), ...site.calls.map((c) => isoDay(c.data.opens))) },
    ...listPages(paginate(site.news, NEWS_PAGE_SIZE), routes.news),
    ...site.news.map((article) => ({ path: routes.article(article.id), lastmod: changed(article) })),
    { path: routes.tags(), lastmod: newest(site.news) },
    ...site.tags.flatMap((tag) =>
      listPages(paginate(tag.articles, NEWS_PAGE_SIZE), (page) => routes.tag(tag.slug, page)),
    ),
    { path: routes.members() },
    ...site.members.flatMap((member) => {
      const articles = articlesAboutMember(site, member);
      return [
        { path: routes.member(member.id), lastmod: newest(articles) },
        ...listPages(citingNewsPages(articles), (page) => routes.memberNews(member.id, page)),
      ];
    }),
    { path: routes.calls(), lastmod: latest(...site.calls.map((c) => isoDay(c.data.opens))) },
    ...site.calls.flatMap((call) => {
      const articles = articlesAboutCall(site, call);
      return [
        { path: routes.call(call.id), lastmod: latest(isoDay(call.data.opens), newest(articles)) },
        ...listPages(citingNewsPages(articles), (page) => routes.callNews(call.id, page)),
      ];
    }),
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
