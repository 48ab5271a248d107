/**
 * Feeds read the same published entries as the pages (`loadSiteData()`): the
 * main feed, one per section and one per keyword. Items carry the full
 * content, rendered once per entry through Astro's Container API (so MDX
 * components render too), then cleaned for feed readers.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { mdxComponents } from '../components/mdx/index.ts';
import { loadSiteData, type AgendaEvent, type Article, type Call, type SiteData } from './site.ts';
import { deadlineText } from './call-view.ts';
import { agendaStrings } from '../i18n/agenda.ts';
import { formatEventDates } from '../lib/event-dates.ts';
import { priceText } from './event-view.ts';
import { feedHtml } from '../lib/feed-html.ts';
import { fieldHtml, fieldText } from '../lib/field-markdown.ts';
import { feedXml, newestItems, type FeedItem } from '../lib/feed.ts';
import { escapeXml } from '../lib/xml.ts';
import { changeGuid, feedGuid } from '../lib/guid.ts';
import { callStrings } from '../i18n/calls.ts';
import { formatDate, isoDay, parisDay, startOfParisDay } from '../lib/dates.ts';
import { formatEuros } from '../lib/numbers.ts';
import { absoluteUrl, href } from '../lib/urls.ts';
import { routes } from '../lib/routes.ts';
import { frenchTypography } from '../lib/french.ts';

let container: Promise<AstroContainer> | undefined;
const rendered = new Map<string, Promise<string>>();
const cleaned = new Map<string, Promise<string>>();

/** The body of an entry as feed readers get it, cleaned once per build whatever the number of feeds it is in. */
function feedContent(entry: Article | Call | AgendaEvent, link: string, before = ''): Promise<string> {
  const key = `${entry.collection}/${entry.id} ${link}`;
  let html = cleaned.get(key);
  if (!html) {
    html = bodyHtml(entry).then((body) => feedHtml(before + body, link));
    cleaned.set(key, html);
  }
  return html;
}

/** The body of an entry as HTML, rendered once per build. */
function bodyHtml(entry: Article | Call | AgendaEvent): Promise<string> {
  const key = `${entry.collection}/${entry.id}`;
  let html = rendered.get(key);
  if (!html) {
    container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
    html = (async () => {
      const { Content } = await render(entry);
      return (await container).renderToString(Content, { props: { components: mdxComponents } });
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

function articleCandidate(article: Article, origin: URL): Candidate {
  const guid = feedGuid('news', article.id);
  const pubDate = startOfParisDay(isoDay(article.data.date));
  return {
    guid,
    pubDate,
    item: async () => {
      const link = absoluteUrl(routes.article(article.id), origin);
      return {
        guid,
        pubDate,
        title: article.data.title,
        link,
        // Feed readers read a description as HTML: the editor's text is escaped into it.
        description: escapeXml(article.data.description),
        categories: article.data.tags,
        author: article.data.author,
        content: await feedContent(article, link),
      };
    },
  };
}

function callCandidate(call: Call, origin: URL): Candidate {
  const guid = feedGuid('calls', call.id);
  const pubDate = startOfParisDay(isoDay(call.data.opens));
  return {
    guid,
    pubDate,
    item: async () => {
      const link = absoluteUrl(routes.call(call.id), origin);
      const { data } = call;
      const facts = [
        `Budget\u00a0: ${formatEuros(data.budget)}`,
        `Thèmes\u00a0: ${data.themes.join(', ')}`,
        `Ouverture\u00a0: ${formatDate(data.opens)}`,
        `Date limite\u00a0: ${deadlineText(call)}`,
      ];
      const summary = `<ul>${facts.map((fact) => `<li>${escapeXml(fact)}</li>`).join('')}</ul>`;
      return {
        guid,
        pubDate,
        title: frenchTypography(`Appel à projets : ${data.title}`),
        link,
        description: escapeXml(data.summary),
        categories: data.themes,
        content: await feedContent(call, link, summary),
      };
    },
  };
}

/**
 * An event as a feed item, dated the day it was announced (`announced`),
 * not the day it takes place: feed readers reject items dated in the future.
 */
function eventCandidate(entry: AgendaEvent, origin: URL): Candidate {
  const guid = feedGuid('events', entry.id);
  const pubDate = startOfParisDay(isoDay(entry.data.announced));
  const t = agendaStrings.fr;
  return {
    guid,
    pubDate,
    item: async () => {
      const link = absoluteUrl(routes.event(entry.id), origin);
      const { data } = entry;
      const { date, time } = formatEventDates(data);
      const price = priceText(data.price);
      const facts = [
        `${t.when}\u00a0: ${date}${time ? `, ${time}` : ''}`,
        ...(data.status === 'prévu' ? [] : [data.status === 'annulé' ? t.cancelled : t.postponed]),
        ...(data.location ? [`${t.where}\u00a0: ${data.location.name}, ${data.location.city}`] : []),
        ...(data.online ? [`${t.online}\u00a0: ${data.online}`] : []),
        ...(price ? [`${t.price}\u00a0: ${price}`] : []),
      ];
      const summary = `<ul>${facts.map((fact) => `<li>${escapeXml(fact)}</li>`).join('')}</ul>`;
      return {
        guid,
        pubDate,
        title: frenchTypography(t.feedItemTitle(data.title)),
        link,
        description: escapeXml(data.description),
        categories: data.tags,
        content: await feedContent(entry, link, summary),
      };
    },
  };
}

/**
 * Each change notice of a call, as an item of its own dated on its day, so
 * that subscribers hear of it; notices dated after the build's day wait for
 * it, like calls that have not opened yet.
 */
function changeCandidates(call: Call, origin: URL, today: string): Candidate[] {
  const t = callStrings.fr;
  const perDay = new Map<string, number>();
  return call.data.changes.flatMap(({ date, note }) => {
    const day = isoDay(date);
    const nth = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, nth);
    if (day > today) return [];
    const guid = changeGuid(call.id, day, nth);
    const pubDate = startOfParisDay(day);
    const link = `${absoluteUrl(routes.call(call.id), origin)}#modifications`;
    const item = (): Promise<FeedItem> =>
      Promise.resolve({
        guid,
        pubDate,
        title: frenchTypography(t.changeTitle(call.data.title, formatDate(date))),
        link,
        description: escapeXml(fieldText(note)),
        categories: call.data.themes,
        content: feedHtml(
          `<p><strong>${escapeXml(`${t.changedOn} ${formatDate(date)}${t.colon}`)}</strong> ${fieldHtml(note, (path) => href(path), 'inline')}</p>`,
          link,
        ),
      });
    return [{ guid, pubDate, item }];
  });
}

/** The change notices of every call that has opened, for the main feed and the calls' feed. */
function changeNotices(siteData: SiteData, origin: URL): Candidate[] {
  const today = parisDay(siteData.builtAt);
  return openedCalls(siteData).flatMap((call) => changeCandidates(call, origin, today));
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
  switch (scope.kind) {
    case 'all':
      return {
        title: name,
        description: siteData.settings.description,
        path: routes.feed(),
        candidates: [
          ...siteData.news.map((a) => articleCandidate(a, origin)),
          ...openedCalls(siteData).map((c) => callCandidate(c, origin)),
          ...changeNotices(siteData, origin),
          ...siteData.events.map((e) => eventCandidate(e, origin)),
        ],
      };
    case 'news':
      return {
        title: `${name} – Actualités`,
        description: `Les actualités du ${name}.`,
        path: routes.newsFeed(),
        candidates: siteData.news.map((a) => articleCandidate(a, origin)),
      };
    case 'calls':
      return {
        title: `${name} – Appels à projets`,
        description: `Les appels à projets du ${name}.`,
        path: routes.callsFeed(),
        candidates: [...openedCalls(siteData).map((c) => callCandidate(c, origin)), ...changeNotices(siteData, origin)],
      };
    case 'events':
      return {
        title: agendaStrings.fr.feedTitle(name),
        description: agendaStrings.fr.feedDescription(name),
        path: routes.agendaFeed(),
        candidates: siteData.events.map((e) => eventCandidate(e, origin)),
      };
    case 'tag': {
      const tag = siteData.tags.find((t) => t.slug === scope.slug);
      if (!tag) throw new Error(`Unknown keyword: ${scope.slug}`);
      return {
        title: frenchTypography(`${name} – Mot clé « ${tag.label} »`),
        description: frenchTypography(`Les actualités du ${name} avec le mot clé « ${tag.label} ».`),
        path: routes.tagFeed(tag.slug),
        candidates: tag.articles.map((a) => articleCandidate(a, origin)),
      };
    }
  }
}

/** The XML of a feed. `origin` is the site URL from Astro's config. */
async function feedFor(scope: FeedScope, origin: URL): Promise<string> {
  const siteData = await loadSiteData();
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
  });
}

/** A feed as an endpoint's response. */
export async function feedResponse(scope: FeedScope, origin: URL | undefined): Promise<Response> {
  if (!origin) throw new Error('The site URL is required for feeds: set `site` in astro.config.mjs (SITE_URL).');
  return new Response(await feedFor(scope, origin), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
