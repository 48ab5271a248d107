/**
 * The only place that reads the collections. Decides once, for every page,
 * feed and index: which entries are published (no drafts, no future
 * articles in a production build), their order, and how they refer to each
 * other. Unknown references stop the build with every problem listed.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError, listCollectionFiles, type FileProblem } from '../lib/content-files.ts';
import { devProblems } from '../lib/dev-problems.ts';
import { documentLocation, unlistedDocuments } from '../lib/call-documents.ts';
import { bodyHasText, checkTranslations, crossCheck, listLengths, missingSettings } from '../lib/content-checks.ts';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/strings.ts';
import { contentFolder } from '../lib/content-folder.ts';
import { checkedBeside } from '../lib/content-check-mode.ts';
import { callStatus, callStatusRank } from '../lib/call-status.ts';
import { timingOf } from '../lib/call-timing.ts';
import { isoDay, parisDay } from '../lib/dates.ts';
import { eventSpan } from '../lib/event-dates.ts';
import { eventBodyProblem } from '../lib/event-checks.ts';
import { slugify } from '../lib/slug.ts';
import type { RoutedCollection } from '../lib/routes.ts';

export type Article = CollectionEntry<'news'>;
export type Member = CollectionEntry<'members'>;
export type Call = CollectionEntry<'calls'>;
export type Page = CollectionEntry<'pages'>;
export type AgendaEvent = CollectionEntry<'events'>;
export type Settings = CollectionEntry<'settings'>['data'];

/** The English translations of each collection, by the id of the French entry they translate. */
export interface Translations {
  news: Map<string, CollectionEntry<'newsEn'>>;
  members: Map<string, CollectionEntry<'membersEn'>>;
  calls: Map<string, CollectionEntry<'callsEn'>>;
  pages: Map<string, CollectionEntry<'pagesEn'>>;
  events: Map<string, CollectionEntry<'eventsEn'>>;
}

export interface Tag {
  slug: string;
  label: string;
  articles: Article[];
}

/** The published site: the loaded content (not Astro's `site`, the configured URL). */
export interface SiteData {
  /** The language of its texts: French, or English with each entry's translated text where there is one. */
  lang: Language;
  settings: Settings;
  /** Published articles, newest first; in English, translated ones only. */
  news: Article[];
  /** Published members, by name. */
  members: Member[];
  /** Published calls, open first, then upcoming, then closed; by opening date within each. */
  calls: Call[];
  pages: Page[];
  /** Published events, in time order (earliest start first). */
  events: AgendaEvent[];
  /** Keywords by slug, alphabetical. */
  tags: Tag[];
  /** Published articles citing each member, call and event, by id, newest first. */
  citing: { members: Map<string, Article[]>; calls: Map<string, Article[]>; events: Map<string, Article[]> };
  /** Published events of each member (organiser or taking part) and each call, by id, in time order. */
  eventsOf: { members: Map<string, AgendaEvent[]>; calls: Map<string, AgendaEvent[]> };
  /** When the site was built: call statuses are computed for this instant. */
  builtAt: Date;
  /** The English translations, by the id of the French entry; empty maps when there are none. */
  translations: Translations;
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
  events: AgendaEvent[];
  settings: CollectionEntry<'settings'>[];
  newsEn?: CollectionEntry<'newsEn'>[];
  membersEn?: CollectionEntry<'membersEn'>[];
  callsEn?: CollectionEntry<'callsEn'>[];
  pagesEn?: CollectionEntry<'pagesEn'>[];
  eventsEn?: CollectionEntry<'eventsEn'>[];
}

/** What decides which entries are published: the instant of the build, and whether unpublished entries are shown. */
export interface PublishOptions {
  /** Call statuses and the publication of dated articles are computed for this instant (Paris day). */
  builtAt: Date;
  /** `true` in `astro dev` only: drafts and future articles are then shown, with a banner. */
  showUnpublished: boolean;
  /**
   * `false` when Astro's content store keeps no entry's raw Markdown (`npm run build`, the
   * content check beside, see `checkedBeside`): the checks that read it are then the content
   * check's alone. Otherwise (the default) an entry without a body has an empty one, since
   * Astro stores no empty body.
   */
  bodies?: boolean;
}

/** Whether an entry reaches the built site on `day` (YYYY-MM-DD, Paris). */
function isPublished(
  entry: { data: { draft: boolean; date?: Date; announced?: Date } },
  day: string,
  options: PublishOptions,
): boolean {
  if (options.showUnpublished) return true;
  if (entry.data.draft) return false;
  const publication = entry.data.date ?? entry.data.announced;
  return !publication || isoDay(publication) <= day;
}

/**
 * An entry without its change notices dated after `day` (YYYY-MM-DD,
 * Paris): like a dated article, a notice shows from its day on, on the page,
 * in calendars and in feeds alike. In `astro dev` every notice shows.
 */
function changesUpTo<E extends { data: { changes: readonly { date: Date }[] } }>(
  entry: E,
  day: string,
  options: PublishOptions,
): E {
  if (options.showUnpublished) return entry;
  const changes = entry.data.changes.filter(({ date }) => isoDay(date) <= day);
  return changes.length === entry.data.changes.length ? entry : { ...entry, data: { ...entry.data, changes } };
}

/** Events in time order: earliest start first, then the shorter, then by title. */
function chronological(a: AgendaEvent, b: AgendaEvent): number {
  const [spanA, spanB] = [eventSpan(a.data), eventSpan(b.data)];
  return (
    spanA.starts.getTime() - spanB.starts.getTime() ||
    spanA.ends.getTime() - spanB.ends.getTime() ||
    byName.compare(a.data.title, b.data.title)
  );
}

const byName = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * The order of calls of one status, which no instant changes: the newest
 * opening first, then by title. The calls' order is their status's rank
 * (`callStatusRank`) then this; the pages carry each call's place in it
 * (`data-call-key`) for the browser to sort by status again at the visit.
 */
export function callsByOpening(a: Call, b: Call): number {
  return b.data.opens.getTime() - a.data.opens.getTime() || byName.compare(a.data.title, b.data.title);
}

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
  const { builtAt, bodies = true } = options;
  const today = parisDay(builtAt);
  const {
    news: allNews,
    members: allMembers,
    calls: allCalls,
    pages: allPages,
    events: allEvents,
    settings: allSettings,
  } = collections;

  const problems: FileProblem[] = [];
  const settingsEntry = allSettings.find((entry) => entry.id === 'site');
  const { label } = contentFolder();
  if (!settingsEntry) problems.push(missingSettings(label));
  // Drafts included: a clash today would be a clash on the day the draft is published.
  problems.push(
    ...crossCheck(
      [
        ...allNews.map(({ id, filePath, data: { members, calls, events, tags } }) => {
          return { collection: 'news' as const, id, file: filePath ?? id, members, calls, events, tags };
        }),
        ...allEvents.map(({ id, filePath, data: { members, calls, organizers } }) => {
          return { collection: 'events' as const, id, file: filePath ?? id, members, calls, organizers };
        }),
        ...allMembers.map(({ id, filePath, data }) => ({
          collection: 'members' as const,
          id,
          file: filePath ?? id,
          draft: data.draft,
        })),
        ...allCalls.map(({ id, filePath, data }) => ({
          collection: 'calls' as const,
          id,
          file: filePath ?? id,
          draft: data.draft,
          path: filePath ? resolve(filePath) : undefined,
          results: data.results.map(({ member }) => member),
          documents: data.documents.map(({ file }) => file),
        })),
        ...allPages.map(({ id, filePath }) => ({ collection: 'pages' as const, id, file: filePath ?? id })),
      ],
      label,
      undefined,
      // The English keywords of translated articles, checked as the French ones are.
      (collections.newsEn ?? []).map(({ id, filePath, data }) => ({
        collection: 'news' as const,
        id,
        file: filePath ?? id,
        tags: data.tags,
      })),
    ),
    ...(bodies
      ? allEvents.flatMap(
          ({ id, filePath, body, data }) =>
            eventBodyProblem({ file: filePath ?? id, status: data.status, body: body ?? '' }) ?? [],
        )
      : []),
  );
  const frenchEntries = [allNews, allMembers, allCalls, allPages, allEvents].flatMap((entries) =>
    entries.map((entry) => textFacts(entry.collection, entry, bodies)),
  );

  problems.push(
    ...checkTranslations(
      (
        [
          ['news', collections.newsEn],
          ['members', collections.membersEn],
          ['calls', collections.callsEn],
          ['pages', collections.pagesEn],
          ['events', collections.eventsEn],
        ] as const
      ).flatMap(([collection, translations = []]) => translations.map((entry) => textFacts(collection, entry, bodies))),
      frenchEntries,
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
        callsByOpening(a, b),
    )
    .map((call) => changesUpTo(call, today, options));
  const pages = allPages.filter((p) => isPublished(p, today, options));
  const events = allEvents
    .filter((e) => isPublished(e, today, options))
    .sort(chronological)
    .map((event) => changesUpTo(event, today, options));
  const translations: Translations = {
    news: new Map((collections.newsEn ?? []).map((entry) => [entry.id, entry])),
    members: new Map((collections.membersEn ?? []).map((entry) => [entry.id, entry])),
    calls: new Map((collections.callsEn ?? []).map((entry) => [entry.id, entry])),
    pages: new Map((collections.pagesEn ?? []).map((entry) => [entry.id, entry])),
    events: new Map((collections.eventsEn ?? []).map((entry) => [entry.id, entry])),
  };
  return {
    lang: DEFAULT_LANGUAGE,
    settings: settingsEntry.data,
    members,
    calls,
    pages,
    events,
    builtAt,
    translations,
    ...derived(news, events, today, settingsEntry.data, [members, calls, pages]),
  };
}

/**
 * What follows from the published articles and events: keywords, the
 * articles citing each member, call and event, the events of each member
 * and call, and the digest of what the pages show.
 */
function derived(
  news: Article[],
  events: AgendaEvent[],
  today: string,
  settings: Settings,
  others: readonly { id: string; data: unknown }[][],
): Pick<SiteData, 'news' | 'tags' | 'citing' | 'eventsOf' | 'key'> {
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
  const citing = {
    members: new Map<string, Article[]>(),
    calls: new Map<string, Article[]>(),
    events: new Map<string, Article[]>(),
  };
  for (const article of news) {
    indexBy(
      article,
      [article.data.members, citing.members],
      [article.data.calls, citing.calls],
      [article.data.events, citing.events],
    );
  }
  const eventsOf = { members: new Map<string, AgendaEvent[]>(), calls: new Map<string, AgendaEvent[]>() };
  for (const event of events) {
    const { organizers, members: taking, calls: about } = event.data;
    indexBy(event, [[...organizers, ...taking], eventsOf.members], [about, eventsOf.calls]);
  }

  const key = createHash('sha256')
    .update(
      JSON.stringify([
        today,
        settings,
        ...[news, events, ...others].map((entries) => entries.map(({ id, data }) => [id, data])),
      ]),
    )
    .digest('base64url');

  return { news, tags, citing, eventsOf, key };
}

/** The fields an entry's data gives a value to: those written, and those with a default. */
function definedFields(data: object): string[] {
  return Object.entries(data).flatMap(([field, value]) => (value === undefined ? [] : [field]));
}

/**
 * What the translation checks compare of an entry, French or English, as Astro loaded it;
 * whether it has text is unknown (`hasBody` undefined, not checked) when the store keeps no
 * bodies (`PublishOptions.bodies`).
 */
function textFacts<C extends RoutedCollection>(
  collection: C,
  { id, filePath, body, data }: { id: string; filePath?: string | undefined; body?: string | undefined; data: object },
  bodies: boolean,
) {
  return {
    collection,
    id,
    file: filePath ?? id,
    hasBody: bodies ? bodyHasText(body) : undefined,
    lists: listLengths(data as Readonly<Record<string, unknown>>),
    fields: definedFields(data),
  };
}

/** Adds `entry` to each index under each id it lists, once per id, keeping the entries' order. */
function indexBy<T>(entry: T, ...indexes: [ids: readonly string[], index: Map<string, T[]>][]): void {
  for (const [ids, index] of indexes) {
    for (const id of new Set(ids)) {
      const list = index.get(id) ?? [];
      list.push(entry);
      index.set(id, list);
    }
  }
}

/**
 * The site in English from the French one: every member, call, page and
 * event with its translated text where there is one (the French text
 * otherwise), translated articles only, keywords from their English tags,
 * and the settings' English values. Dates, references and the rest stay French.
 */
export function englishSiteData(french: SiteData): SiteData {
  const { translations } = french;
  const english = french.settings.en;
  const settings: Settings = {
    ...french.settings,
    name: english.name ?? french.settings.name,
    tagline: english.tagline,
    description: english.description,
    navigation: english.navigation,
    footer: english.footer,
    // One English label per key figure: the settings' schema holds them to the same number.
    keyFigures: french.settings.keyFigures.map((figure, index) => ({
      ...figure,
      label: english.keyFigureLabels[index] ?? figure.label,
    })),
  };
  const merge = <E extends { id: string; data: object }>(entry: E, translation: { data: object } | undefined): E =>
    translation ? { ...entry, data: { ...entry.data, ...translation.data } } : entry;
  const members = french.members
    .map((member) => merge(member, translations.members.get(member.id)))
    .sort((a, b) => byName.compare(a.data.name, b.data.name));
  const calls = french.calls.map((call) => merge(call, translations.calls.get(call.id)));
  const pages = french.pages.map((page) => merge(page, translations.pages.get(page.id)));
  const events = french.events.map((event) => merge(event, translations.events.get(event.id)));
  const news = french.news.flatMap((article) => {
    const translation = translations.news.get(article.id);
    return translation ? [merge(article, translation)] : [];
  });
  const derivedEnglish = derived(news, events, parisDay(french.builtAt), settings, [members, calls, pages]);
  return {
    ...french,
    lang: 'en',
    settings,
    members,
    calls,
    pages,
    events,
    ...derivedEnglish,
    // English pages show French facts too (dates, references, untranslated texts): a French edit re-renders them.
    key: `${french.key}:${derivedEnglish.key}`,
  };
}

/** Every entry of every collection, as `getCollection` gives them, drafts included. */
async function readCollections(): Promise<Required<Collections>> {
  const [news, members, calls, pages, events, settings, newsEn, membersEn, callsEn, pagesEn, eventsEn] =
    await Promise.all([
      getCollection('news'),
      getCollection('members'),
      getCollection('calls'),
      getCollection('pages'),
      getCollection('events'),
      getCollection('settings'),
      getCollection('newsEn'),
      getCollection('membersEn'),
      getCollection('callsEn'),
      getCollection('pagesEn'),
      getCollection('eventsEn'),
    ]);
  return { news, members, calls, pages, events, settings, newsEn, membersEn, callsEn, pagesEn, eventsEn };
}

/**
 * The site data of `collections` at `builtAt`, with the call documents no
 * call lists reported among the entries' problems.
 * @throws ContentError as `siteDataFrom` does.
 */
function checkedSiteData(collections: Collections, builtAt: Date): SiteData {
  const unlisted = unlistedCallDocuments(collections.calls);
  let siteData: SiteData;
  try {
    siteData = siteDataFrom(collections, { builtAt, showUnpublished: import.meta.env.DEV, bodies: !checkedBeside() });
  } catch (error) {
    // Every problem at once: the unlisted documents with those of the entries.
    if (error instanceof ContentError && unlisted.length) throw new ContentError([...error.problems, ...unlisted]);
    throw error;
  }
  if (unlisted.length) throw new ContentError(unlisted);
  return siteData;
}

async function load(): Promise<SiteData> {
  return checkedSiteData(await readCollections(), new Date());
}

/**
 * What the site data of `astro dev` depends on: each entry's id and digest
 * (Astro's hash of its file, changed by any edit), collection by collection,
 * the call documents' folder (a document added or removed) and the minute
 * (dates and call statuses move with time).
 */
export function devDataKey(collections: Collections, files: readonly string[], now: Date): string {
  const digests = Object.entries(collections).map(
    ([name, entries]: [string, { id: string; digest?: number | string; data: unknown }[] | undefined]) =>
      `${name}:${(entries ?? []).map((entry) => `${entry.id}@${String(entry.digest ?? JSON.stringify(entry.data))}`).join(',')}`,
  );
  return [...digests, files.join(','), String(Math.floor(now.getTime() / 60_000))].join('\n');
}

/** In `astro dev`: the site data last made, in each language, and what it was made from. */
let devCache: { key: string; french: SiteData; english?: SiteData } | undefined;

/**
 * The site data in `astro dev`, made again only when the content, the call
 * documents or the minute have changed: a page asks for it several times
 * (its route, its layout, its components), and making it walks every entry.
 * @throws ContentError as `siteDataFrom` does, and with the problems the dev
 *   server has found in the files edited since it started (`devProblems`).
 */
async function loadInDev(lang: Language): Promise<SiteData> {
  // What the dev server found in the files edited since it started: the page shows it, in the error overlay.
  const found = devProblems();
  if (found.length) throw new ContentError(found);
  const collections = await readCollections();
  const { root } = contentFolder();
  const key = devDataKey(collections, listCollectionFiles(join(root, 'calls')), new Date());
  if (devCache?.key !== key) devCache = { key, french: checkedSiteData(collections, new Date()) };
  if (lang !== 'en') return devCache.french;
  devCache.english ??= englishSiteData(devCache.french);
  return devCache.english;
}

/** The documents of `content/calls/` that no call lists, read from the folder itself (see `unlistedDocuments`). */
function unlistedCallDocuments(calls: readonly Call[]): FileProblem[] {
  const { root, label } = contentFolder();
  const publicDir = resolve('public');
  const listed = calls.flatMap(({ filePath, data }) =>
    filePath ? data.documents.map(({ file }) => documentLocation(file, resolve(filePath), publicDir)) : [],
  );
  const dir = join(root, 'calls');
  return unlistedDocuments(dir, `${label}/calls`, listCollectionFiles(dir), new Set(listed));
}

let cached: Promise<SiteData> | undefined;
let cachedEnglish: Promise<SiteData> | undefined;

/**
 * The published site in a language (French by default): the loaded content,
 * not Astro's `site` (the configured URL). Read from Astro's collections and
 * checked once per build; in `astro dev`, where drafts and future articles
 * show, made again when the content has changed (`devDataKey`). In English, see `englishSiteData`.
 * @throws ContentError as `siteDataFrom` does.
 */
export function loadSiteData(lang: Language = DEFAULT_LANGUAGE): Promise<SiteData> {
  // In dev, content changes between requests: made again when it has.
  if (import.meta.env.DEV) return loadInDev(lang);
  cached ??= load();
  if (lang === 'en') cachedEnglish ??= cached.then(englishSiteData);
  return lang === 'en' ? (cachedEnglish as Promise<SiteData>) : cached;
}

/**
 * The translation of an entry in the site's language, whose body a page
 * shows; `undefined` in French, or when the entry has no translation (the
 * page then shows the French body with a notice).
 */
export function translationOf<C extends keyof Translations>(
  siteData: SiteData,
  collection: C,
  id: string,
): (Translations[C] extends Map<string, infer T> ? T : never) | undefined {
  if (siteData.lang === DEFAULT_LANGUAGE) return undefined;
  return siteData.translations[collection].get(id) as never;
}

/**
 * The `lang` attribute an entry's own texts (title, summary, body) need on a
 * page of `siteData`'s language: `'fr'` on an English page when the entry has
 * no translation, its French texts being shown; `undefined` otherwise, the
 * page's `<html lang>` holding.
 */
export function untranslatedLang(
  siteData: SiteData,
  collection: keyof Translations,
  id: string,
): typeof DEFAULT_LANGUAGE | undefined {
  return siteData.lang !== DEFAULT_LANGUAGE && !siteData.translations[collection].has(id)
    ? DEFAULT_LANGUAGE
    : undefined;
}

/**
 * The `cacheKey` of a page for Astro's incremental build (`experimental.incrementalBuild`):
 * a page rendered by the previous build is reused when its key is unchanged, Astro
 * checking the code itself. A page shows the site's front matter (lists, links,
 * titles, statuses of the day) and at most one entry's body, its own (`entry`), known
 * by `entry.source`: the digests Astro computes of the files of the entry and of its
 * translation (`sourceOf`). Editing an article's text re-renders its page only; editing
 * any front matter, or a new day, re-renders every page.
 */
export function cacheKey(siteData: SiteData, entry?: { id: string; source: string }): string {
  if (!entry) return siteData.key;
  return `${siteData.key}:${entry.id}:${createHash('sha256').update(entry.source).digest('base64url')}`;
}

/**
 * What identifies the text of an entry's file for `cacheKey`: the digest Astro's loader
 * computes of the whole file, or, for an entry without one (made by hand, as in tests),
 * its body; `''` for no entry.
 */
export function sourceOf(
  entry: { digest?: number | string | undefined; body?: string | undefined } | undefined,
): string {
  return entry === undefined ? '' : String(entry.digest ?? entry.body ?? '');
}

/** Members an article is about, published ones only, in the article's order. */
export function membersOf(siteData: SiteData, article: Article): Member[] {
  return membersIn(siteData, article.data.members);
}

/** Calls an article is about, published ones only. */
export function callsOf(siteData: SiteData, article: Article): Call[] {
  return callsIn(siteData, article.data.calls);
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

/** Published members an event lists in `ids` (its organisers or its other members), in the event's order. */
export function membersIn(siteData: SiteData, ids: readonly string[]): Member[] {
  return ids.flatMap((id) => siteData.members.find((m) => m.id === id) ?? []);
}

/** Published calls an event is about, in the event's order. */
export function callsIn(siteData: SiteData, ids: readonly string[]): Call[] {
  return ids.flatMap((id) => siteData.calls.find((c) => c.id === id) ?? []);
}

/** Articles mentioning an event, newest first. */
export function articlesAboutEvent(siteData: SiteData, event: AgendaEvent): Article[] {
  return siteData.citing.events.get(event.id) ?? [];
}

/** Events a member organises or takes part in, in time order. */
export function eventsOfMember(siteData: SiteData, member: Member): AgendaEvent[] {
  return siteData.eventsOf.members.get(member.id) ?? [];
}

/** Events about a call, in time order. */
export function eventsOfCall(siteData: SiteData, call: Call): AgendaEvent[] {
  return siteData.eventsOf.calls.get(call.id) ?? [];
}
