/**
 * The only place that reads the collections. Decides once, for every page,
 * feed and index: which entries are published (no drafts, no future
 * articles in a production build), their order, and how they refer to each
 * other. Unknown references stop the build with every problem listed.
 */
import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError, type FileProblem } from '../lib/content-files.ts';
import { checkReferences } from '../lib/references.ts';
import { checkTags } from '../lib/tags.ts';
import { callStatus, callStatusRank } from '../lib/call-status.ts';
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

export interface Site {
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

/** Whether drafts and future articles are shown: only in `astro dev`. */
const showUnpublished = import.meta.env.DEV;

/** Whether an entry reaches the built site on `day` (YYYY-MM-DD, Paris). */
function isPublished(entry: { data: { draft: boolean; date?: Date } }, day: string): boolean {
  if (showUnpublished) return true;
  if (entry.data.draft) return false;
  return !entry.data.date || isoDay(entry.data.date) <= day;
}

const byName = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

function newestFirst(a: Article, b: Article): number {
  return b.data.date.getTime() - a.data.date.getTime() || byName.compare(a.data.title, b.data.title);
}

async function load(): Promise<Site> {
  const builtAt = new Date();
  const today = parisDay(builtAt);
  const [allNews, allMembers, allCalls, allPages, allSettings] = await Promise.all([
    getCollection('news'),
    getCollection('members'),
    getCollection('calls'),
    getCollection('pages'),
    getCollection('settings'),
  ]);

  const problems: FileProblem[] = [];
  const settingsEntry = allSettings.find((entry) => entry.id === 'site');
  if (!settingsEntry) {
    problems.push({
      file: 'content/settings/site.yaml',
      message: 'fichier manquant : il contient le nom du site, la navigation et les chiffres clés',
    });
  }
  problems.push(
    ...checkReferences(
      allNews.flatMap((article) => [
        {
          file: article.filePath ?? article.id,
          field: 'members',
          ids: article.data.members,
          target: 'membre',
          targetDir: 'content/members',
        },
        {
          file: article.filePath ?? article.id,
          field: 'calls',
          ids: article.data.calls,
          target: 'appel à projets',
          targetDir: 'content/calls',
        },
      ]),
      new Map([
        ['members', new Set(allMembers.map((m) => m.id))],
        ['calls', new Set(allCalls.map((c) => c.id))],
      ]),
    ),
  );
  // Drafts included: a spelling that clashes today would clash on the day the draft is published.
  problems.push(
    ...checkTags(allNews.map((article) => ({ file: article.filePath ?? article.id, tags: article.data.tags }))),
  );
  if (problems.length || !settingsEntry) throw new ContentError(problems);

  const news = allNews.filter((a) => isPublished(a, today)).sort(newestFirst);
  const members = allMembers
    .filter((m) => isPublished(m, today))
    .sort((a, b) => byName.compare(a.data.name, b.data.name));
  const calls = allCalls
    .filter((c) => isPublished(c, today))
    .sort(
      (a, b) =>
        callStatusRank[callStatus(a.data, builtAt)] - callStatusRank[callStatus(b.data, builtAt)] ||
        b.data.opens.getTime() - a.data.opens.getTime() ||
        byName.compare(a.data.title, b.data.title),
    );
  const pages = allPages.filter((p) => isPublished(p, today));

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

let cached: Promise<Site> | undefined;

/** The published site, loaded and checked once per build. */
export function getSite(): Promise<Site> {
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
export function cacheKey(site: Site, entry?: { id: string; body?: string | undefined }): string {
  if (!entry) return site.key;
  return `${site.key}:${entry.id}:${createHash('sha256')
    .update(entry.body ?? '')
    .digest('base64url')}`;
}

/** Members an article is about, published ones only, in the article's order. */
export function membersOf(site: Site, article: Article): Member[] {
  return article.data.members.flatMap((id) => site.members.find((m) => m.id === id) ?? []);
}

/** Calls an article is about, published ones only. */
export function callsOf(site: Site, article: Article): Call[] {
  return article.data.calls.flatMap((id) => site.calls.find((c) => c.id === id) ?? []);
}

/** Articles mentioning a member, newest first. */
export function articlesAboutMember(site: Site, member: Member): Article[] {
  return site.citing.members.get(member.id) ?? [];
}

/** Articles mentioning a call, newest first. */
export function articlesAboutCall(site: Site, call: Call): Article[] {
  return site.citing.calls.get(call.id) ?? [];
}

/** Each article's position in the news list, computed once per list (a search per article page is quadratic). */
const positions = new WeakMap<Article[], Map<Article, number>>();

/** The newer and older neighbours of an article in the news list. */
export function neighbours(site: Site, article: Article): { newer?: Article | undefined; older?: Article | undefined } {
  let position = positions.get(site.news);
  if (!position) {
    position = new Map(site.news.map((a, i) => [a, i]));
    positions.set(site.news, position);
  }
  const index = position.get(article) ?? -1;
  return { newer: site.news[index - 1], older: index >= 0 ? site.news[index + 1] : undefined };
}

/** The slug and label of each keyword of an article. */
export function tagsOf(site: Site, article: Article): Tag[] {
  return article.data.tags.flatMap((label) => site.tags.find((t) => t.slug === slugify(label)) ?? []);
}
