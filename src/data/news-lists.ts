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
import { NEWS_PAGE_SIZE, hasCitingNewsList, pageSuffix } from '../lib/paginate.ts';
import { routes } from '../lib/routes.ts';
import { frenchTypography } from '../lib/french.ts';

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
  const onPage = pageSuffix(list.current, list.last);
  return {
    list: {
      ...list,
      title: `Actualités${onPage}`,
      description: `Les actualités du ${siteData.settings.name} et de la filière régionale de l’image${onPage}.`,
      feeds: [{ title: 'Actualités', path: routes.newsFeed() }],
      breadcrumbs: [{ label: 'Accueil', href: routes.home() }, { label: 'Actualités' }],
      url: routes.news,
    },
    feed: { path: routes.newsFeed(), subject: 'aux actualités' },
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
  const onPage = pageSuffix(list.current, list.last);
  const feed = routes.tagFeed(tag.slug);
  return {
    list: {
      ...list,
      title: frenchTypography(`Mot clé « ${tag.label} »${onPage}`),
      heading: frenchTypography(`« ${tag.label} »${onPage}`),
      description: frenchTypography(
        `Les ${list.total} actualités du ${siteData.settings.name} avec le mot clé « ${tag.label} »${onPage}.`,
      ),
      feeds: [{ title: frenchTypography(`Mot clé « ${tag.label} »`), path: feed }],
      breadcrumbs: [
        { label: 'Accueil', href: routes.home() },
        { label: 'Mots clés', href: routes.tags() },
        { label: tag.label },
      ],
      eyebrow: 'Mot clé',
      url: (n) => routes.tag(tag.slug, n),
    },
    feed: { path: feed, subject: frenchTypography(`au mot clé « ${tag.label} »`) },
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
  page: Page<Article>,
  subject: { name: string; path: string; section: Crumb; back: string; url: (page: number) => string },
  texts: (onPage: string, total: number) => { title: string; description: string },
): NewsListView {
  const list = pageOf(page);
  return {
    list: {
      ...list,
      ...texts(pageSuffix(list.current, list.last), list.total),
      breadcrumbs: [
        { label: 'Accueil', href: routes.home() },
        subject.section,
        { label: subject.name, href: subject.path },
        { label: 'Actualités' },
      ],
      url: subject.url,
    },
    back: { label: subject.back, path: subject.path },
  };
}

/** A page of the articles citing a member. */
export function memberNewsView(siteData: SiteData, member: Member, page: Page<Article>): NewsListView {
  const { name } = member.data;
  return citingNewsView(
    page,
    {
      name,
      path: routes.member(member.id),
      section: { label: 'Membres', href: routes.members() },
      back: 'Retour à la fiche du membre',
      url: (n) => routes.memberNews(member.id, n),
    },
    (onPage, total) => ({
      title: `Actualités citant ${name}${onPage}`,
      description: `Les ${total} actualités du ${siteData.settings.name} qui citent ${name}${onPage}.`,
    }),
  );
}

/** A page of the articles citing a call. */
export function callNewsView(siteData: SiteData, call: Call, page: Page<Article>): NewsListView {
  const { title } = call.data;
  return citingNewsView(
    page,
    {
      name: title,
      path: routes.call(call.id),
      section: { label: 'Appels à projets', href: routes.calls() },
      back: 'Retour à l’appel à projets',
      url: (n) => routes.callNews(call.id, n),
    },
    (onPage, total) => ({
      title: frenchTypography(`Actualités sur « ${title} »${onPage}`),
      description: frenchTypography(
        `Les ${total} actualités du ${siteData.settings.name} sur l’appel à projets « ${title} »${onPage}.`,
      ),
    }),
  );
}
