/**
 * Feeds read the same published entries as the pages (`loadSiteData()`): the
 * main feed, one per section and one per keyword. Items carry the full
 * content, rendered once per entry through Astro's Container API (so MDX
 * components render too), then cleaned for feed readers.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { mdxComponents } from '../components/mdx/index.ts';
import { loadSiteData, translationOf, type AgendaEvent, type Article, type Call, type SiteData } from './site.ts';
import { deadlineText } from './call-view.ts';
import { agendaStrings } from '../i18n/agenda.ts';
import { formatEventDates } from '../lib/event-dates.ts';
import { priceText } from './event-view.ts';
import { feedHtml } from '../lib/feed-html.ts';
import { fieldHtml, fieldText } from '../lib/field-markdown.ts';
import { feedXml, newestItems, type FeedItem } from '../lib/feed.ts';
import { feedStylesheet } from '../lib/feed-stylesheet.ts';
import { escapeXml } from '../lib/xml.ts';
import { changeGuid, feedGuid } from '../lib/guid.ts';
import { callStrings } from '../i18n/calls.ts';
import { formatDate, isoDay, parisDay, startOfParisDay } from '../lib/dates.ts';
import { formatEuros } from '../lib/numbers.ts';
import { absoluteUrl, href } from '../lib/urls.ts';
import { routesIn } from '../lib/routes.ts';
import { frenchTypography } from '../lib/french.ts';
import { feedStrings } from '../i18n/feeds.ts';
import type { Language } from '../i18n/strings.ts';

let container: Promise<AstroContainer> | undefined;
const rendered = new Map<string, Promise<string>>();
const cleaned = new Map<string, Promise<string>>();

/** The body of an entry as feed readers get it, cleaned once per build whatever the number of feeds it is in. */
function feedContent(
  siteData: SiteData,
  entry: Article | Call | AgendaEvent,
  link: string,
  before = '',
): Promise<string> {
  const key = `${entry.collection}/${entry.id} ${link}`;
  let html = cleaned.get(key);
  if (!html) {
    // In English, the translation's body; an untranslated call's or event's French body otherwise.
    const source = translationOf(siteData, entry.collection, entry.id) ?? entry;
    html = bodyHtml(source).then((body) => feedHtml(before + body, link));
    cleaned.set(key, html);
  }
  return html;
}

/** The body of an entry as HTML, rendered once per build. */
function bodyHtml(
  entry: CollectionEntry<'news' | 'calls' | 'events' | 'newsEn' | 'callsEn' | 'eventsEn'>,
): Promise<string> {
  const key = `${entry.collection}/${entry.id}`;
  let html = rendered.get(key);
  if (!html) {
    container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
    html = (async () => {
      const { Content } = await render(entry);
      // A translation's MDX components speak English (see contentLanguage).
      const contentLanguage = entry.collection.endsWith('En') ? 'en' : 'fr';
      return (await container).renderToString(Content, {
        props: { components: mdxComponents },
        locals: { contentLanguage },
      });
    })();
    rendered.set(key, html);
  }
  return html;
}

/** A feed item whose content is rendered only if the item makes it into the feed. */
interface Candidate {
  guid: string;
  pubDate: Date;
  item: () => Promise<FeedItem>;
}

function articleCandidate(siteData: SiteData, article: Article, origin: URL): Candidate {
  const guid = feedGuid('news', article.id, siteData.lang);
  const pubDate = startOfParisDay(isoDay(article.data.date));
  return {
    guid,
    pubDate,
    item: async () => {
      const link = absoluteUrl(routesIn(siteData.lang).article(article.id), origin);
      return {
        guid,
        pubDate,
        title: article.data.title,
        link,
        // Feed readers read a description as HTML: the editor's text is escaped into it.
        description: escapeXml(article.data.description),
        categories: article.data.tags,
        author: article.data.author,
        content: await feedContent(siteData, article, link),
      };
    },
  };
}

function callCandidate(siteData: SiteData, call: Call, origin: URL): Candidate {
  const { lang } = siteData;
  const t = feedStrings[lang];
  const guid = feedGuid('calls', call.id, lang);
  const pubDate = startOfParisDay(isoDay(call.data.opens));
  return {
    guid,
    pubDate,
    item: async () => {
      const link = absoluteUrl(routesIn(lang).call(call.id), origin);
      const { data } = call;
      const facts = [
        t.budget(formatEuros(data.budget, lang)),
        t.themes(data.themes.join(', ')),
        t.opens(formatDate(data.opens, lang)),
        t.deadline(deadlineText(call, lang)),
      ];
      const summary = `<ul>${facts.map((fact) => `<li>${escapeXml(fact)}</li>`).join('')}</ul>`;
      return {
        guid,
        pubDate,
        title: t.callTitle(data.title),
        link,
        description: escapeXml(data.summary),
        categories: data.themes,
        content: await feedContent(siteData, call, link, summary),
      };
    },
  };
}

/**
 * An event as a feed item, dated the day it was announced (`announced`),
 * not the day it takes place: feed readers reject items dated in the future.
 */
function eventCandidate(siteData: SiteData, entry: AgendaEvent, origin: URL): Candidate {
  const { lang } = siteData;
  const guid = feedGuid('events', entry.id, lang);
  const pubDate = startOfParisDay(isoDay(entry.data.announced));
  const t = agendaStrings[lang];
  return {
    guid,
    pubDate,
    item: async () => {
      const link = absoluteUrl(routesIn(lang).event(entry.id), origin);
      const { data } = entry;
      const { date, time } = formatEventDates(data, lang);
      const price = priceText(data.price, lang);
      const fact = (label: string, value: string) => `${label}${t.noteSeparator}${value}`;
      const facts = [
        fact(t.when, `${date}${time ? `, ${agendaStrings[lang].inParis(time)}` : ''}`),
        ...(data.status === 'prévu' ? [] : [data.status === 'annulé' ? t.cancelled : t.postponed]),
        ...(data.location ? [fact(t.where, `${data.location.name}, ${data.location.city}`)] : []),
        ...(data.online ? [fact(t.online, data.online)] : []),
        ...(price ? [fact(t.price, price)] : []),
      ];
      const summary = `<ul>${facts.map((fact) => `<li>${escapeXml(fact)}</li>`).join('')}</ul>`;
      // French typography for French titles only (an untranslated event keeps its French title in English feeds).
      const typography = lang === 'fr' ? frenchTypography : (text: string) => text;
      return {
        guid,
        pubDate,
        title: typography(t.feedItemTitle(data.title)),
        link,
        description: escapeXml(data.description),
        categories: data.tags,
        content: await feedContent(siteData, entry, link, summary),
      };
    },
  };
}

/**
 * Each change notice of a call, as an item of its own dated on its day, so
 * that subscribers hear of it; notices dated after the build's day wait for
 * it, like calls that have not opened yet.
 */
function changeCandidates(call: Call, origin: URL, today: string, lang: Language): Candidate[] {
  const t = callStrings[lang];
  // Editors write notes in French: French typography for French titles only.
  const typography = lang === 'fr' ? frenchTypography : (text: string) => text;
  const perDay = new Map<string, number>();
  return call.data.changes.flatMap(({ date, note }) => {
    const day = isoDay(date);
    const nth = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, nth);
    if (day > today) return [];
    const guid = changeGuid(call.id, day, nth, lang);
    const pubDate = startOfParisDay(day);
    const link = `${absoluteUrl(routesIn(lang).call(call.id), origin)}#modifications`;
    const item = (): Promise<FeedItem> =>
      Promise.resolve({
        guid,
        pubDate,
        title: typography(t.changeTitle(call.data.title, formatDate(date, lang))),
        link,
        description: escapeXml(fieldText(note)),
        categories: call.data.themes,
        content: feedHtml(
          `<p><strong>${escapeXml(`${t.changedOn} ${formatDate(date, lang)}${t.colon}`)}</strong> ${fieldHtml(note, (path) => href(path), 'inline')}</p>`,
          link,
        ),
      });
    return [{ guid, pubDate, item }];
  });
}

/** The change notices of every call that has opened, for the main feed and the calls' feed. */
function changeNotices(siteData: SiteData, origin: URL): Candidate[] {
  const today = parisDay(siteData.builtAt);
  return openedCalls(siteData).flatMap((call) => changeCandidates(call, origin, today, siteData.lang));
}

/**
 * Calls enter the feeds on their opening day: an upcoming call is on the
 * site (« À venir ») but a feed item dated in the future would be rejected.
 */
function openedCalls(siteData: SiteData): Call[] {
  const today = parisDay(siteData.builtAt);
  return siteData.calls.filter((call) => isoDay(call.data.opens) <= today);
}

export type FeedScope =
  { kind: 'all' } | { kind: 'news' } | { kind: 'calls' } | { kind: 'events' } | { kind: 'tag'; slug: string };

/** Title, page and candidate items of a feed. */
function feedParts(siteData: SiteData, scope: FeedScope, origin: URL) {
  const name = siteData.settings.name;
  const routes = routesIn(siteData.lang);
  const t = feedStrings[siteData.lang];
  const articles = (list: Article[]) => list.map((a) => articleCandidate(siteData, a, origin));
  const calls = () => openedCalls(siteData).map((c) => callCandidate(siteData, c, origin));
  const events = () => siteData.events.map((e) => eventCandidate(siteData, e, origin));
  switch (scope.kind) {
    case 'all':
      return {
        title: name,
        description: siteData.settings.description,
        path: routes.feed(),
        candidates: [...articles(siteData.news), ...calls(), ...changeNotices(siteData, origin), ...events()],
      };
    case 'news':
      return {
        title: t.newsTitle(name),
        description: t.newsDescription(name),
        path: routes.newsFeed(),
        candidates: articles(siteData.news),
      };
    case 'calls':
      return {
        title: t.callsTitle(name),
        description: t.callsDescription(name),
        path: routes.callsFeed(),
        candidates: [...calls(), ...changeNotices(siteData, origin)],
      };
    case 'events':
      return {
        title: agendaStrings[siteData.lang].feedTitle(name),
        description: agendaStrings[siteData.lang].feedDescription(name),
        path: routes.agendaFeed(),
        candidates: events(),
      };
    case 'tag': {
      const tag = siteData.tags.find((t) => t.slug === scope.slug);
      if (!tag) throw new Error(`Unknown keyword: ${scope.slug}`);
      return {
        title: t.tagTitle(name, tag.label),
        description: t.tagDescription(name, tag.label),
        path: routes.tagFeed(tag.slug),
        candidates: articles(tag.articles),
      };
    }
  }
}

/** The XML of a feed. `origin` is the site URL from Astro's config. */
async function feedFor(scope: FeedScope, origin: URL, lang: Language): Promise<string> {
  const siteData = await loadSiteData(lang);
  const routes = routesIn(lang);
  const { title, description, path, candidates } = feedParts(siteData, scope, origin);
  const items = await Promise.all(
    newestItems(candidates, siteData.settings.feedItems).map((candidate) => candidate.item()),
  );
  return feedXml({
    title,
    description,
    homeUrl: absoluteUrl(routes.home(), origin),
    selfUrl: absoluteUrl(path, origin),
    // A path, not a URL: browsers only apply a stylesheet from the feed's own origin.
    stylesheetUrl: href(routes.feedStylesheet()),
    imageUrl: absoluteUrl(routes.feedImage(), origin),
    items,
    limit: siteData.settings.feedItems,
    language: lang,
  });
}

/** A feed as an endpoint's response. */
export async function feedResponse(
  scope: FeedScope,
  origin: URL | undefined,
  lang: Language = 'fr',
): Promise<Response> {
  if (!origin) throw new Error('The site URL is required for feeds: set `site` in astro.config.mjs (SITE_URL).');
  return new Response(await feedFor(scope, origin, lang), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}

/** The stylesheet of a language's feeds (see `feedStylesheet`), as an endpoint's response. */
export async function feedStylesheetResponse(lang: Language): Promise<Response> {
  const { settings } = await loadSiteData(lang);
  return new Response(feedStylesheet(settings.name, href(routesIn(lang).favicon()), lang), {
    headers: { 'Content-Type': 'text/xsl; charset=utf-8' },
  });
}
