/**
 * The paginated lists of articles, newest first, ten a page: the news
 * (`/actualites/`), a keyword's (`/mots-cles/<slug>/`), and those of a member
 * or a call cited by more articles than its page shows
 * (`/membres/<id>/actualites/`). Each has its `getStaticPaths` paths, built
 * with Astro's `paginate()` (first page without a number, then `2/`, `3/`…),
 * and its view: what `NewsListLayout` shows of a page.
 */
import type { Page, PaginateFunction } from 'astro';
import {
  articlesAboutCall,
  articlesAboutMember,
  cacheKey,
  type Article,
  type Call,
  type Member,
  type SiteData,
  type Tag,
} from './site.ts';
import type { Crumb, FeedLinkInfo } from './page-head.ts';
import { NEWS_PAGE_SIZE, hasCitingNewsList } from '../lib/paginate.ts';
import { newsStrings } from '../i18n/news.ts';
import { commonStrings } from '../i18n/common.ts';
import { memberStrings } from '../i18n/members.ts';
import { callStrings } from '../i18n/calls.ts';
import { routesIn } from '../lib/routes.ts';
import { otherLanguage } from '../i18n/languages.ts';

/** A page of a list of articles: the props of `NewsListLayout`. */
interface NewsList {
  /** The page's title in the browser and for search engines. */
  title: string;
  /** The page's heading, when it differs from its title. */
  heading?: string;
  description: string;
  feeds?: FeedLinkInfo[];
  breadcrumbs: Crumb[];
  /** A word above the heading that says what the list is of: « Mot clé ». */
  eyebrow?: string;
  /** This page's articles. */
  items: Article[];
  /** The number of articles of the whole list. */
  total: number;
  /** This page's number, from 1. */
  current: number;
  /** The number of pages. */
  last: number;
  /** The URL of page `n` of the list (site-relative). */
  url: (page: number) => string;
}

/** A list's page, and the link shown under its count: its feed, or the way back to the member's or call's page. */
export interface NewsListView {
  list: NewsList;
  /** The feed of the list, and what it is a subscription to: « aux actualités ». */
  feed?: { path: string; subject: string };
  /** The link back to the page of the member or call. */
  back?: { label: string; path: string };
  /** The list in the other language (its first page: lists differ in length), `null` when it has none. */
  counterpart?: string | null;
  /** Where the language switcher leads when the list has no counterpart. */
  counterpartFallback?: string;
  /** A link to the French news, under the English news list's count. */
  elsewhere?: { text: string; label: string; path: string } | undefined;
}

/** Astro's page of `paginate()`, as `NewsList`'s items and numbers. */
function pageOf(page: Page<Article>): Pick<NewsList, 'items' | 'total' | 'current' | 'last'> {
  return { items: page.data, total: page.total, current: page.currentPage, last: page.lastPage };
}

/** Every page of a list is re-rendered when any front matter changes: the key of the whole site (see `cacheKey`). */
function withCacheKey<T extends object>(siteData: SiteData, paths: T[]): (T & { cacheKey: string })[] {
  const key = cacheKey(siteData);
  return paths.map((path) => ({ ...path, cacheKey: key }));
}

/** The paths of `/actualites/[...page]`: every published article, ten a page. */
export function newsListPaths(siteData: SiteData, paginate: PaginateFunction) {
  return withCacheKey(siteData, paginate(siteData.news, { pageSize: NEWS_PAGE_SIZE }));
}

/** A page of the news list. */
export function newsListView(siteData: SiteData, page: Page<Article>): NewsListView {
  const list = pageOf(page);
  const t = newsStrings[siteData.lang];
  const routes = routesIn(siteData.lang);
  const onPage = t.onPage(list.current, list.last);
  return {
    list: {
      ...list,
      title: `${t.news}${onPage}`,
      description: t.listDescription(siteData.settings.name, onPage),
      feeds: [{ title: t.news, path: routes.newsFeed() }],
      breadcrumbs: [{ label: commonStrings[siteData.lang].home, href: routes.home() }, { label: t.news }],
      url: routes.news,
    },
    feed: { path: routes.newsFeed(), subject: t.toNews },
    // The lists differ in length: only their first pages are each other's alternates.
    counterpart: list.current === 1 ? routesIn(otherLanguage(siteData.lang)).news() : null,
    counterpartFallback: routesIn(otherLanguage(siteData.lang)).news(),
    // In English, only translated articles are listed: the others are a link away.
    elsewhere:
      siteData.lang === 'en' ? { text: t.moreInFrench, label: t.frenchNews, path: routesIn('fr').news() } : undefined,
  };
}

/** The paths of `/mots-cles/[tag]/[...page]`: each keyword's articles, ten a page, as the news list. */
export function tagListPaths(siteData: SiteData, paginate: PaginateFunction) {
  return withCacheKey(
    siteData,
    siteData.tags.flatMap((tag) =>
      paginate(tag.articles, { pageSize: NEWS_PAGE_SIZE, params: { tag: tag.slug }, props: { tag } }),
    ),
  );
}

/** A page of a keyword's list. */
export function tagListView(siteData: SiteData, tag: Tag, page: Page<Article>): NewsListView {
  const list = pageOf(page);
  const t = newsStrings[siteData.lang];
  const routes = routesIn(siteData.lang);
  const onPage = t.onPage(list.current, list.last);
  const feed = routes.tagFeed(tag.slug);
  return {
    list: {
      ...list,
      title: `${t.keywordTitle(tag.label)}${onPage}`,
      heading: `${t.keywordHeading(tag.label)}${onPage}`,
      description: t.keywordDescription(list.total, siteData.settings.name, tag.label, onPage),
      feeds: [{ title: t.keywordTitle(tag.label), path: feed }],
      breadcrumbs: [
        { label: commonStrings[siteData.lang].home, href: routes.home() },
        { label: t.keywords, href: routes.tags() },
        { label: tag.label },
      ],
      eyebrow: t.keyword,
      url: (n) => routes.tag(tag.slug, n),
    },
    feed: { path: feed, subject: t.toKeyword(tag.label) },
    // An English keyword is not a French one: the switcher leads to the other language's keywords.
    counterpart: null,
    counterpartFallback: routesIn(otherLanguage(siteData.lang)).tags(),
  };
}

/**
 * The paths of a news list of members or calls: only for those cited by more
 * articles than their page shows (`hasCitingNewsList`); the others' page
 * lists them all, and no list repeats it.
 */
function citingNewsPaths<E extends Member | Call>(
  siteData: SiteData,
  paginate: PaginateFunction,
  entries: E[],
  articlesOf: (entry: E) => Article[],
) {
  return withCacheKey(
    siteData,
    entries.flatMap((entry) => {
      const articles = articlesOf(entry);
      if (!hasCitingNewsList(articles.length)) return [];
      return paginate(articles, { pageSize: NEWS_PAGE_SIZE, params: { id: entry.id }, props: { entry } });
    }),
  );
}

/** The paths of `/membres/[id]/actualites/[...page]`. */
export function memberNewsPaths(siteData: SiteData, paginate: PaginateFunction) {
  return citingNewsPaths(siteData, paginate, siteData.members, (member) => articlesAboutMember(siteData, member));
}

/** The paths of `/appels-a-projets/[id]/actualites/[...page]`. */
export function callNewsPaths(siteData: SiteData, paginate: PaginateFunction) {
  return citingNewsPaths(siteData, paginate, siteData.calls, (call) => articlesAboutCall(siteData, call));
}

/**
 * A page of the articles citing a member or a call: under its page in the
 * breadcrumbs (Accueil › Membres › Ankama › Actualités), with the way back.
 */
function citingNewsView(
  siteData: SiteData,
  page: Page<Article>,
  subject: {
    name: string;
    path: string;
    section: Crumb;
    back: string;
    url: (page: number) => string;
    /** The page of the member or call in the other language. */
    twin: string;
  },
  texts: (onPage: string, total: number) => { title: string; description: string },
): NewsListView {
  const list = pageOf(page);
  return {
    list: {
      ...list,
      ...texts(newsStrings[siteData.lang].onPage(list.current, list.last), list.total),
      breadcrumbs: [
        { label: commonStrings[siteData.lang].home, href: routesIn(siteData.lang).home() },
        subject.section,
        { label: subject.name, href: subject.path },
        { label: newsStrings[siteData.lang].news },
      ],
      url: subject.url,
    },
    back: { label: subject.back, path: subject.path },
    // The other language cites other articles: its list may not exist, the member's or call's page does.
    counterpart: null,
    counterpartFallback: subject.twin,
  };
}

/** A page of the articles citing a member. */
export function memberNewsView(siteData: SiteData, member: Member, page: Page<Article>): NewsListView {
  const { name } = member.data;
  const t = newsStrings[siteData.lang];
  const routes = routesIn(siteData.lang);
  return citingNewsView(
    siteData,
    page,
    {
      name,
      path: routes.member(member.id),
      section: { label: memberStrings[siteData.lang].members, href: routes.members() },
      back: t.backToMember,
      url: (n) => routes.memberNews(member.id, n),
      twin: routesIn(otherLanguage(siteData.lang)).member(member.id),
    },
    (onPage, total) => ({
      title: t.memberNewsTitle(name, onPage),
      description: t.memberNewsDescription(total, siteData.settings.name, name, onPage),
    }),
  );
}

/** A page of the articles citing a call. */
export function callNewsView(siteData: SiteData, call: Call, page: Page<Article>): NewsListView {
  const { title } = call.data;
  const t = newsStrings[siteData.lang];
  const routes = routesIn(siteData.lang);
  return citingNewsView(
    siteData,
    page,
    {
      name: title,
      path: routes.call(call.id),
      section: { label: callStrings[siteData.lang].calls, href: routes.calls() },
      back: t.backToCall,
      url: (n) => routes.callNews(call.id, n),
      twin: routesIn(otherLanguage(siteData.lang)).call(call.id),
    },
    (onPage, total) => ({
      title: t.callNewsTitle(title, onPage),
      description: t.callNewsDescription(total, siteData.settings.name, title, onPage),
    }),
  );
}
