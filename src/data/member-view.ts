/** What the members' pages show: the directory (`/membres/`) and each member's page (`/membres/<id>/`). */
import { getImage } from 'astro:assets';
import { articlesAboutMember, type Article, type Member, type SiteData } from './site.ts';
import type { Crumb, PageHead } from './page-head.ts';
import { memberKinds, sectors, type MemberKind, type Sector } from '../schemas/members.ts';
import { routesIn } from '../lib/routes.ts';
import { commonStrings } from '../i18n/common.ts';
import { memberStrings } from '../i18n/members.ts';
import { kindLabels, sectorLabel } from '../i18n/member-labels.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { organization } from '../lib/json-ld.ts';

/** Height in pixels of the copy of a member's logo that search engines get: twice the 72 px shown. */
const SHARED_LOGO_HEIGHT = 144;

export interface MemberView {
  head: PageHead;
  breadcrumbs: Crumb[];
  /** The kind of structure, singular: « Entreprise ». */
  kind: string;
  /** The filters of its search record: its sectors' and kind's labels. */
  searchFilters: { secteur: string[]; structure: string[] };
  /** Its website's host name without `www.`, as its link reads. */
  websiteLabel?: string | undefined;
  /** Every published article citing it, newest first. */
  articles: Article[];
  /** The link to its news list (shown when more articles cite it than its page shows). */
  newsList: { label: string; path: string };
}

/**
 * The page of a member: its head (schema.org `Organization`, with its logo
 * if it has one), breadcrumbs, labels and the articles citing it.
 * @param origin The site's URL (Astro's `site`): absolute URLs start with it.
 */
export async function memberView(siteData: SiteData, member: Member, origin: URL | string): Promise<MemberView> {
  const { data } = member;
  const { lang } = siteData;
  const routes = routesIn(lang);
  const t = memberStrings[lang];
  const logo = data.logo ? await getImage({ src: data.logo, height: SHARED_LOGO_HEIGHT, format: 'png' }) : undefined;
  return {
    head: {
      title: data.name,
      description: data.summary,
      draft: data.draft,
      jsonLd: [
        organization({
          name: data.name,
          url: absoluteUrl(routes.member(member.id), origin),
          description: data.summary,
          city: data.city,
          foundingYear: data.founded,
          employees: data.employees,
          website: data.website,
          // getImage() gives a path that already holds the base path.
          logoUrl: logo ? new URL(logo.src, origin).href : undefined,
        }),
      ],
    },
    breadcrumbs: [
      { label: commonStrings[lang].home, href: routes.home() },
      { label: t.members, href: routes.members() },
      { label: data.name },
    ],
    kind: kindLabels(data.kind, lang)[0],
    searchFilters: {
      secteur: data.sectors.map((s) => sectorLabel(s, lang)),
      structure: [kindLabels(data.kind, lang)[0]],
    },
    websiteLabel: data.website ? new URL(data.website).hostname.replace(/^www\./, '') : undefined,
    articles: articlesAboutMember(siteData, member),
    newsList: { label: t.allNews(data.name), path: routes.memberNews(member.id) },
  };
}

export interface MembersView {
  /** The members of each kind, in the order of `memberKinds`, kinds without members left out. */
  groups: { kind: MemberKind; label: string; members: Member[] }[];
  /** The number of members in each sector, in the order of `sectors`, empty sectors left out. */
  sectorCounts: { sector: Sector; label: string; count: number }[];
}

/** The members' directory: the published members grouped by kind, and counted by sector. */
export function membersView(siteData: SiteData): MembersView {
  const { members } = siteData;
  return {
    groups: (Object.keys(memberKinds) as MemberKind[])
      .map((kind) => ({
        kind,
        label: kindLabels(kind, siteData.lang)[1],
        members: members.filter((m) => m.data.kind === kind),
      }))
      .filter((group) => group.members.length > 0),
    sectorCounts: (Object.keys(sectors) as Sector[])
      .map((sector) => ({
        sector,
        label: sectorLabel(sector, siteData.lang),
        count: members.filter((m) => m.data.sectors.includes(sector)).length,
      }))
      .filter(({ count }) => count > 0),
  };
}
