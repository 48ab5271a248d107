/**
 * The only place that reads the collections. Decides once, for every page,
 * feed and index: which entries are published (no drafts, no future
 * articles in a production build), their order, and how they refer to each
 * other. Unknown references stop the build with every problem listed.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError, type FileProblem } from '../lib/content-files.ts';
import { crossCheck, missingSettings } from '../lib/content-checks.ts';
import { contentFolder } from '../lib/content-folder.ts';
import { callStatus, callStatusRank, timingOf } from '../lib/call-status.ts';
import { isoDay, parisDay } from '../lib/dates.ts';
import { slugify } from '../lib/slug.ts';

export type Article = CollectionEntry<'news'>;
export type Member = CollectionEntry<'members'>;
export type Call = CollectionEntry<'calls'>;
export type Page = CollectionEntry<'pages'>;
export type Settings = CollectionEntry<'settings'>['data'];

export interface Tag {
  slug: string;
  label: string;
  articles: Article[];
}

/** The published site: the loaded content (not Astro's `site`, the configured URL). */
export interface SiteData {
  settings: Settings;
  /** Published articles, newest first. */
  news: Article[];
  /** Published members, by name. */
  members: Member[];
  /** Published calls, open first, then upcoming, then closed; by opening date within each. */
  calls: Call[];
  pages: Page[];
  /** Keywords by slug, alphabetical. */
  tags: Tag[];
  /** Published articles citing each member and each call, by id, newest first. */
  citing: { members: Map<string, Article[]>; calls: Map<string, Article[]> };
  /** When the site was built: call statuses are computed for this instant. */
  builtAt: Date;
  /**
   * Digest of what a page may show of the whole site: the day of the build,
   * the settings, which entries are published and the front matter of each.
   * Bodies are left out: a page shows no other entry's body. See `cacheKey`.
   */
  key: string;
}

/** The collections as `getCollection` returns them, every entry, drafts included. */
export interface Collections {
  news: Article[];
  members: Member[];
  calls: Call[];
  pages: Page[];
  settings: CollectionEntry<'settings'>[];
}

/** What decides which entries are published: the instant of the build, and whether unpublished entries are shown. */
export interface PublishOptions {
  /** Call statuses and the publication of dated articles are computed for this instant (Paris day). */
  builtAt: Date;
  /** `true` in `astro dev` only: drafts and future articles are then shown, with a banner. */
  showUnpublished: boolean;
}

/** Whether an entry reaches the built site on `day` (YYYY-MM-DD, Paris). */
function isPublished(entry: { data: { draft: boolean; date?: Date } }, day: string, options: PublishOptions): boolean {
  if (options.showUnpublished) return true;
  if (entry.data.draft) return false;
  return !entry.data.date || isoDay(entry.data.date) <= day;
}

const byName = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

function newestFirst(a: Article, b: Article): number {
  return b.data.date.getTime() - a.data.date.getTime() || byName.compare(a.data.title, b.data.title);
}

/**
 * The published site from its collections: entries filtered (drafts, future
 * articles) and ordered, keywords gathered, the articles citing each member
 * and call indexed. Pure: `loadSiteData()` gives it what Astro loaded.
 * @throws ContentError listing every missing settings file, unknown reference
 *   and clashing keyword spelling, each with its file.
 */
export function siteDataFrom(collections: Collections, options: PublishOptions): SiteData {
  const { builtAt } = options;
  const today = parisDay(builtAt);
  const { news: allNews, members: allMembers, calls: allCalls, pages: allPages, settings: allSettings } = collections;

  const problems: FileProblem[] = [];
  const settingsEntry = allSettings.find((entry) => entry.id === 'site');
  const { label } = contentFolder();
  if (!settingsEntry) problems.push(missingSettings(label));
  // Drafts included: a clash today would be a clash on the day the draft is published.
  problems.push(
    ...crossCheck(
      [
        ...allNews.map(({ id, filePath, data: { members, calls, tags } }) => {
          return { collection: 'news' as const, id, file: filePath ?? id, members, calls, tags };
        }),
        ...allMembers.map(({ id, filePath }) => ({ collection: 'members' as const, id, file: filePath ?? id })),
        ...allCalls.map(({ id, filePath, data }) => ({
          collection: 'calls' as const,
          id,
          file: filePath ?? id,
          path: filePath ? resolve(filePath) : undefined,
          results: data.results.map(({ member }) => member),
          documents: data.documents.map(({ file }) => file),
        })),
        ...allPages.map(({ id, filePath }) => ({ collection: 'pages' as const, id, file: filePath ?? id })),
      ],
      label,
    ),
  );
  if (problems.length || !settingsEntry) throw new ContentError(problems);

  const news = allNews.filter((a) => isPublished(a, today, options)).sort(newestFirst);
  const members = allMembers
    .filter((m) => isPublished(m, today, options))
    .sort((a, b) => byName.compare(a.data.name, b.data.name));
  const calls = allCalls
    .filter((c) => isPublished(c, today, options))
    .sort(
      (a, b) =>
        callStatusRank[callStatus(timingOf(a.data), builtAt)] - callStatusRank[callStatus(timingOf(b.data), builtAt)] ||
        b.data.opens.getTime() - a.data.opens.getTime() ||
        byName.compare(a.data.title, b.data.title),
    );
  const pages = allPages.filter((p) => isPublished(p, today, options));

  const tagMap = new Map<string, Tag>();
  for (const article of news) {
    // A keyword written twice in one article lists the article once (a Set: no search through the list).
    for (const slug of new Set(article.data.tags.map(slugify))) {
      const label = article.data.tags.find((t) => slugify(t) === slug) as string;
      const tag = tagMap.get(slug) ?? { slug, label, articles: [] };
      tag.articles.push(article);
      tagMap.set(slug, tag);
    }
  }
  const tags = [...tagMap.values()].sort((a, b) => byName.compare(a.label, b.label));

  // Once per build, rather than a pass over every article for each member or call page.
  const citing = { members: new Map<string, Article[]>(), calls: new Map<string, Article[]>() };
  for (const article of news) {
    for (const [ids, index] of [
      [article.data.members, citing.members],
      [article.data.calls, citing.calls],
    ] as const) {
      for (const id of new Set(ids)) {
        const list = index.get(id) ?? [];
        list.push(article);
        index.set(id, list);
      }
    }
  }

  const key = createHash('sha256')
    .update(
      JSON.stringify([
        today,
        settingsEntry.data,
        ...[news, members, calls, pages].map((entries) => entries.map(({ id, data }) => [id, data])),
      ]),
    )
    .digest('base64url');

  return { settings: settingsEntry.data, news, members, calls, pages, tags, citing, builtAt, key };
}

async function load(): Promise<SiteData> {
  const [news, members, calls, pages, settings] = await Promise.all([
    getCollection('news'),
    getCollection('members'),
    getCollection('calls'),
    getCollection('pages'),
    getCollection('settings'),
  ]);
  return siteDataFrom(
    { news, members, calls, pages, settings },
    { builtAt: new Date(), showUnpublished: import.meta.env.DEV },
  );
}

let cached: Promise<SiteData> | undefined;

/**
 * The published site: the loaded content, not Astro's `site` (the configured
 * URL). Read from Astro's collections and checked once per build; reloaded on
 * every request in `astro dev`, where drafts and future articles show.
 * @throws ContentError as `siteDataFrom` does.
 */
export function loadSiteData(): Promise<SiteData> {
  // In dev, content changes between requests: reload every time.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

/**
 * The `cacheKey` of a page for Astro's incremental build (`experimental.incrementalBuild`):
 * a page rendered by the previous build is reused when its key is unchanged, Astro
 * checking the code itself. A page shows the site's front matter (lists, links,
 * titles, statuses of the day) and at most one entry's body, its own (`entry`).
 * Editing an article's text re-renders its page only; editing any front matter,
 * or a new day, re-renders every page.
 */
export function cacheKey(siteData: SiteData, entry?: { id: string; body?: string | undefined }): string {
  if (!entry) return siteData.key;
  return `${siteData.key}:${entry.id}:${createHash('sha256')
    .update(entry.body ?? '')
    .digest('base64url')}`;
}

/** Members an article is about, published ones only, in the article's order. */
export function membersOf(siteData: SiteData, article: Article): Member[] {
  return article.data.members.flatMap((id) => siteData.members.find((m) => m.id === id) ?? []);
}

/** Calls an article is about, published ones only. */
export function callsOf(siteData: SiteData, article: Article): Call[] {
  return article.data.calls.flatMap((id) => siteData.calls.find((c) => c.id === id) ?? []);
}

/** Articles mentioning a member, newest first. */
export function articlesAboutMember(siteData: SiteData, member: Member): Article[] {
  return siteData.citing.members.get(member.id) ?? [];
}

/** Articles mentioning a call, newest first. */
export function articlesAboutCall(siteData: SiteData, call: Call): Article[] {
  return siteData.citing.calls.get(call.id) ?? [];
}

/** Each article's position in the news list, computed once per list (a search per article page is quadratic). */
const positions = new WeakMap<Article[], Map<Article, number>>();

/** The newer and older neighbours of an article in the news list. */
export function neighbours(
  siteData: SiteData,
  article: Article,
): { newer?: Article | undefined; older?: Article | undefined } {
  let position = positions.get(siteData.news);
  if (!position) {
    position = new Map(siteData.news.map((a, i) => [a, i]));
    positions.set(siteData.news, position);
  }
  const index = position.get(article) ?? -1;
  return { newer: siteData.news[index - 1], older: index >= 0 ? siteData.news[index + 1] : undefined };
}

/** The slug and label of each keyword of an article. */
export function tagsOf(siteData: SiteData, article: Article): Tag[] {
  return article.data.tags.flatMap((label) => siteData.tags.find((t) => t.slug === slugify(label)) ?? []);
}
