/** What an article's page (`/actualites/<id>/`) shows, derived from the published site. */
import { getImage } from 'astro:assets';
import {
  callsOf,
  membersOf,
  neighbours,
  tagsOf,
  type Article,
  type Call,
  type Member,
  type SiteData,
  type Tag,
} from './site.ts';
import type { Crumb, PageHead, SocialImage } from './page-head.ts';
import { routesIn } from '../lib/routes.ts';
import { commonStrings } from '../i18n/common.ts';
import { newsStrings } from '../i18n/news.ts';
import type { Language } from '../i18n/strings.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { newsArticle } from '../lib/json-ld.ts';
import { formatDate, isoDay, parisDay } from '../lib/dates.ts';

/** Width in pixels of the copy of an article's illustration that social networks get. */
const SHARED_IMAGE_WIDTH = 1200;

export interface ArticleView {
  head: PageHead;
  /** The article's address, absolute: its canonical URL. */
  canonical: string;
  breadcrumbs: Crumb[];
  tags: Tag[];
  /** The published calls it cites, and the heading of their section, singular or plural. */
  calls: { heading: string; list: Call[] };
  /** The published members it cites, and the heading of their section. */
  members: { heading: string; list: Member[] };
  /** The next newer and older articles of the news list. */
  newer?: Article | undefined;
  older?: Article | undefined;
}

/**
 * Why an article is shown with the « Brouillon » banner in `astro dev`, when
 * it is dated after the day (Paris) of `builtAt` and not a draft: it waits
 * for that day. `undefined` for a draft, whose banner says so on its own,
 * or a published article.
 */
export function scheduledReason(article: Article, builtAt: Date, lang: Language = 'fr'): string | undefined {
  const { data } = article;
  if (data.draft || isoDay(data.date) <= parisDay(builtAt)) return undefined;
  return newsStrings[lang].scheduled(formatDate(data.date, lang));
}

/**
 * The page of an article: its head (title, description, social image, feeds
 * of its section and keywords, schema.org `NewsArticle`, draft banner), its
 * breadcrumbs, keywords, the calls and members it cites (published ones, in
 * its order) and its neighbours in the news list.
 * @param origin The site's URL (Astro's `site`): absolute URLs start with it.
 */
export async function articleView(siteData: SiteData, article: Article, origin: URL | string): Promise<ArticleView> {
  const { data } = article;
  const { lang } = siteData;
  const routes = routesIn(lang);
  const t = newsStrings[lang];
  const canonical = absoluteUrl(routes.article(article.id), origin);
  const shared = data.image
    ? await getImage({ src: data.image, width: SHARED_IMAGE_WIDTH, format: 'jpeg' })
    : undefined;
  // getImage() gives a path that already holds the base path.
  const image: SocialImage | undefined = shared
    ? {
        src: new URL(shared.src, origin).href,
        alt: data.imageAlt ?? '',
        width: shared.attributes.width as number | undefined,
        height: shared.attributes.height as number | undefined,
      }
    : undefined;
  const tags = tagsOf(siteData, article);
  const calls = callsOf(siteData, article);
  const members = membersOf(siteData, article);
  const draftReason = scheduledReason(article, siteData.builtAt, lang);
  return {
    head: {
      title: data.title,
      description: data.description,
      type: 'article',
      image,
      publishedTime: isoDay(data.date),
      modifiedTime: data.updated ? isoDay(data.updated) : undefined,
      feeds: [
        { title: t.news, path: routes.newsFeed() },
        ...tags.map((tag) => ({ title: t.keywordTitle(tag.label), path: routes.tagFeed(tag.slug) })),
      ],
      jsonLd: [
        newsArticle({
          headline: data.title,
          description: data.description,
          url: canonical,
          datePublished: isoDay(data.date),
          dateModified: data.updated ? isoDay(data.updated) : undefined,
          author: data.author,
          imageUrl: image?.src ?? absoluteUrl(routes.socialImage(), origin),
          publisher: {
            name: siteData.settings.name,
            url: absoluteUrl(routes.home(), origin),
            logoUrl: absoluteUrl(routes.feedImage(), origin),
          },
          keywords: data.tags,
          inLanguage: lang,
        }),
      ],
      draft: data.draft || draftReason !== undefined,
      draftReason,
      // An article exists in English only when translated; every English article has its French original.
      counterpart: lang === 'fr' && !siteData.translations.news.has(article.id) ? null : undefined,
      counterpartFallback: routesIn('en').news(),
    },
    canonical,
    breadcrumbs: [
      { label: commonStrings[lang].home, href: routes.home() },
      { label: t.news, href: routes.news() },
      { label: data.title },
    ],
    tags,
    calls: { heading: t.callsCited(calls.length), list: calls },
    members: { heading: t.membersCited(members.length), list: members },
    ...neighbours(siteData, article),
  };
}
