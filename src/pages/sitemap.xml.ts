import type { APIRoute } from 'astro';
import {
  loadSiteData,
  articlesAboutCall,
  articlesAboutEvent,
  articlesAboutMember,
  type AgendaEvent,
  type Article,
  type Call,
  type SiteData,
} from '../data/site.ts';
import { eventYears } from '../data/agenda-view.ts';
import { escapeXml } from '../lib/xml.ts';
import { isoDay, parisDay } from '../lib/dates.ts';
import { citingNewsPages, pagesOf } from '../lib/paginate.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { parseRoute, routesIn, translatePath } from '../lib/routes.ts';
import { otherLanguage } from '../i18n/languages.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../i18n/strings.ts';

/** The day an article last changed: its update, or its publication. */
const changed = (article: Article) => isoDay(article.data.updated ?? article.data.date);

/** The day an event last changed: its announcement or its latest change. */
const eventChanged = (entry: AgendaEvent) =>
  latest(isoDay(entry.data.announced), ...entry.data.changes.map((change) => isoDay(change.date)));

/**
 * The day a call last changed, as of `today` (`YYYY-MM-DD`, Paris): its
 * opening day once passed, or its latest change notice dated up to today;
 * none for a call that has not opened and has no notice yet.
 */
const callChanged = (call: Call, today: string) =>
  latest(
    ...[isoDay(call.data.opens), ...call.data.changes.map((change) => isoDay(change.date))].filter(
      (day) => day <= today,
    ),
  );

/** The latest of some days, or none. */
function latest(...days: (string | undefined)[]): string | undefined {
  return days
    .filter((day): day is string => Boolean(day))
    .sort()
    .at(-1);
}

interface SitemapEntry {
  path: string;
  lastmod?: string | undefined;
}

/**
 * The pages of the site in one language (`siteData.lang`), built from the
 * same published entries as the pages: each page with the day it last
 * really changed (an article's `updated` or `date`; for a list, its newest
 * article), and no `lastmod` where nothing tells when a page changed.
 */
function sitemapEntries(siteData: SiteData): SitemapEntry[] {
  const routes = routesIn(siteData.lang);
  const today = parisDay(siteData.builtAt);
  const callsChanged = latest(...siteData.calls.map((call) => callChanged(call, today)));
  const newest = (articles: Article[]) => latest(...articles.map(changed));
  /** The pages of a list of articles, each changed with its newest article. */
  const listPages = (pages: Article[][], path: (page: number) => string) =>
    pages.map((articles, index) => ({ path: path(index + 1), lastmod: newest(articles) }));
  return [
    { path: routes.home(), lastmod: latest(newest(siteData.news), callsChanged) },
    ...listPages(pagesOf(siteData.news), routes.news),
    ...siteData.news.map((article) => ({ path: routes.article(article.id), lastmod: changed(article) })),
    { path: routes.tags(), lastmod: newest(siteData.news) },
    ...siteData.tags.flatMap((tag) => listPages(pagesOf(tag.articles), (page) => routes.tag(tag.slug, page))),
    { path: routes.members() },
    ...siteData.members.flatMap((member) => {
      const articles = articlesAboutMember(siteData, member);
      return [
        { path: routes.member(member.id), lastmod: newest(articles) },
        ...listPages(citingNewsPages(articles), (page) => routes.memberNews(member.id, page)),
      ];
    }),
    { path: routes.calls(), lastmod: callsChanged },
    ...siteData.calls.flatMap((call) => {
      const articles = articlesAboutCall(siteData, call);
      return [
        { path: routes.call(call.id), lastmod: latest(callChanged(call, today), newest(articles)) },
        ...listPages(citingNewsPages(articles), (page) => routes.callNews(call.id, page)),
      ];
    }),
    ...siteData.pages.map((page) => ({
      path: routes.page(page.id),
      lastmod: page.data.updated && isoDay(page.data.updated),
    })),
    { path: routes.agenda(), lastmod: latest(...siteData.events.map(eventChanged)) },
    { path: routes.agendaArchives(), lastmod: latest(...siteData.events.map(eventChanged)) },
    ...eventYears(siteData).map(({ year, events }) => ({
      path: routes.agendaYear(year),
      lastmod: latest(...events.map(eventChanged)),
    })),
    ...siteData.events.map((entry) => ({
      path: routes.event(entry.id),
      lastmod: latest(eventChanged(entry), newest(articlesAboutEvent(siteData, entry))),
    })),
    { path: routes.search() },
  ];
}

/**
 * The sitemap of both languages: every page of each, and for a page whose
 * counterpart in the other language is listed too, the `xhtml:link`
 * alternates of both and `x-default` (French), as Google reads them.
 */
export const GET: APIRoute = async ({ site: origin }) => {
  const sites = await Promise.all(LANGUAGES.map((lang) => loadSiteData(lang)));
  const entries = sites.flatMap(sitemapEntries);
  const listed = new Set(entries.map(({ path }) => path));
  const base = origin ?? new URL('https://pole-image.example');
  const link = (hreflang: string, path: string) =>
    `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(absoluteUrl(path, base))}"/>`;
  const urls = entries
    .map(({ path, lastmod }) => {
      const lang = parseRoute(path)?.lang ?? DEFAULT_LANGUAGE;
      const twin = translatePath(path, otherLanguage(lang));
      const paths = twin && listed.has(twin) ? { [lang]: path, [otherLanguage(lang)]: twin } : undefined;
      const alternates = paths
        ? [
            ...LANGUAGES.map((code) => link(code, paths[code] ?? path)),
            link('x-default', paths[DEFAULT_LANGUAGE] ?? path),
          ]
        : [];
      return `<url><loc>${escapeXml(absoluteUrl(path, base))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}${alternates.join('')}</url>`;
    })
    .join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls}\n</urlset>\n`,
    { headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  );
};
