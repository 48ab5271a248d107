/** What a call's page (`/appels-a-projets/<id>/`) shows. */
import { articlesAboutCall, type Article, type Call, type SiteData } from './site.ts';
import type { Crumb, PageHead } from './page-head.ts';
import { routesIn } from '../lib/routes.ts';
import { commonStrings } from '../i18n/common.ts';
import { callLabelStrings } from '../i18n/call-labels.ts';

export interface CallView {
  head: PageHead;
  breadcrumbs: Crumb[];
  /** Every published article citing it, newest first. */
  articles: Article[];
  /** The link to its news list (shown when more articles cite it than its page shows). */
  newsList: { label: string; path: string };
  /** The instant its status (open, upcoming, closed) is computed for: the build's. */
  now: Date;
}

/** The page of a call: its head (with the calls' feed), breadcrumbs and the articles citing it. */
export function callView(siteData: SiteData, call: Call): CallView {
  const { data } = call;
  const routes = routesIn(siteData.lang);
  const t = callLabelStrings[siteData.lang];
  return {
    head: {
      title: data.title,
      description: data.summary,
      draft: data.draft,
      feeds: [{ title: t.calls, path: routes.callsFeed() }],
    },
    breadcrumbs: [
      { label: commonStrings[siteData.lang].home, href: routes.home() },
      { label: t.calls, href: routes.calls() },
      { label: data.title },
    ],
    articles: articlesAboutCall(siteData, call),
    newsList: { label: t.allNews, path: routes.callNews(call.id) },
    now: siteData.builtAt,
  };
}
