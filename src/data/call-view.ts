/** What a call's page (`/appels-a-projets/<id>/`) shows, in the order an applicant needs it. */
import { basename, resolve } from 'node:path';
import { articlesAboutCall, type Article, type Call, type Member, type SiteData } from './site.ts';
import type { Crumb, PageHead } from './page-head.ts';
import { callDocumentPath, routesIn } from '../lib/routes.ts';
import { callCountdown, type CallTiming, type Countdown } from '../lib/call-status.ts';
import { timingOf } from '../lib/call-timing.ts';
import { documentFacts, documentLocation } from '../lib/call-documents.ts';
import { fieldHtml, fieldText } from '../lib/field-markdown.ts';
import { faqPage } from '../lib/json-ld.ts';
import { formatDate, fromIsoDay, isoDay } from '../lib/dates.ts';
import { formatEuros, formatEurosInFull } from '../lib/numbers.ts';
import { absoluteUrl, href } from '../lib/urls.ts';
import { callStrings } from '../i18n/calls.ts';
import { commonStrings } from '../i18n/common.ts';
import { locales } from '../i18n/languages.ts';
import type { Language } from '../i18n/strings.ts';

/** A date of the call's timeline: opening, deadline or another key date. */
export interface KeyDate {
  /** `YYYY-MM-DD` in Paris, for `<time datetime>`. */
  day: string;
  /** `HH:MM` in Paris, when the date has a time. */
  time?: string | undefined;
  /** « 30 septembre 2009 à 12 h ». */
  text: string;
  label: string;
  kind: 'opens' | 'closes' | 'date';
}

export interface CallDocument {
  title: string;
  kind: string;
  /** The link, base path included. */
  href: string;
  /** « PDF, 240 Ko ». */
  facts: string;
}

interface CallResult {
  title: string;
  /** The member's name and page, or the holder as written. */
  holder?: { name: string; href?: string | undefined } | undefined;
  theme?: string | undefined;
  amount: number;
}

export interface CallView {
  head: PageHead;
  breadcrumbs: Crumb[];
  timing: CallTiming;
  /** The status at the build, shown without JavaScript. */
  countdown: Countdown;
  /** The opening day in words: « 1er septembre 2009 ». */
  opensText: string;
  /** The deadline as the facts give it: « 30 septembre 2009 à 12 h », or why there is none. */
  deadlineText: string;
  /** « de 20 000 à 150 000 € par projet », when given. */
  grantText?: string | undefined;
  timeline: KeyDate[];
  documents: CallDocument[];
  faq: { question: string; answerHtml: string }[];
  contact?: { name: string; href: string; text: string } | undefined;
  /** Change notices, newest first, each note's Markdown as inline HTML. */
  changes: { day: string; date: string; noteHtml: string }[];
  results?: { rows: CallResult[]; total: number; totalText: string; share: string } | undefined;
  /** The call's own calendar (`.ics`), base path included. */
  calendar: string;
  /** Every published article citing it, newest first. */
  articles: Article[];
  /** The link to its news list (shown when more articles cite it than its page shows). */
  newsList: { label: string; path: string };
  /** The instant its status is computed for: the build's. */
  now: Date;
}

/** « de 20 000 à 150 000 € par projet », "€20,000 to €150,000 per project"; one amount when both ends are equal. */
function grantText(grant: { min?: number | undefined; max?: number | undefined }, lang: Language): string {
  const amount = (value: number | undefined) => (value === undefined ? undefined : formatEuros(value, lang));
  if (grant.min !== undefined && grant.min === grant.max)
    return callStrings[lang].grantAmount(formatEuros(grant.min, lang));
  // Both ends in one unit: « de 20 000 à 150 000 € » rather than « de 20 000 € à 150 000 € ».
  const min = amount(grant.min);
  const max = amount(grant.max);
  return callStrings[lang].grantRange(min && max ? min.replace(/\u00a0€$/, '') : min, max);
}

/**
 * The deadline as facts give it in `lang` (French by default): « 30 septembre 2009 à 12 h »,
 * « Aucune (jusqu’à épuisement des crédits) » or « Non communiquée »; "30 September 2009 at 12:00 (Paris time)" in English.
 */
export function deadlineText(call: Call, lang: Language = 'fr'): string {
  const t = callStrings[lang];
  const { closes } = timingOf(call.data);
  if (closes) return t.dayAndTime(formatDate(fromIsoDay(closes.day), lang), closes.time);
  return call.data.rolling ? t.noDeadline : t.unknown;
}

/** The opening, the deadline and the key dates, in the order they come. */
function timeline(call: Call, lang: Language): KeyDate[] {
  const { data } = call;
  const t = callStrings[lang];
  const timing = timingOf(data);
  const dates: KeyDate[] = [
    { day: timing.opens, text: formatDate(data.opens, lang), label: t.opensEvent, kind: 'opens' },
    ...data.dates.map(({ label, date }) => ({
      day: isoDay(date),
      text: formatDate(date, lang),
      label,
      kind: 'date' as const,
    })),
  ];
  if (timing.closes) {
    const { day, time } = timing.closes;
    dates.push({
      day,
      time,
      text: t.dayAndTime(formatDate(fromIsoDay(day), lang), time),
      label: t.closesEvent,
      kind: 'closes',
    });
  }
  return dates.sort((a, b) => (a.day + (a.time ?? '24:00')).localeCompare(b.day + (b.time ?? '24:00')));
}

/** The published documents of a call: where readers download each, its format and weight. */
function callDocuments(call: Call, lang: Language, publicDir = resolve('public')): CallDocument[] {
  const t = callStrings[lang];
  const entryPath = resolve(call.filePath ?? '');
  return call.data.documents.map(({ title, file, kind }) => {
    const path = documentLocation(file, entryPath, publicDir);
    const { format, bytes } = documentFacts(path);
    return {
      title,
      kind: t.documentKind(kind),
      href: href(file.startsWith('/') ? file : callDocumentPath(call.id, basename(file))),
      facts: t.documentFacts(format, bytes),
    };
  });
}

/** The page of a call: its head, breadcrumbs, and each section of what an applicant needs. */
export function callView(siteData: SiteData, call: Call, origin: URL | string): CallView {
  const { data } = call;
  const { lang } = siteData;
  const routes = routesIn(lang);
  const t = callStrings[lang];
  const timing = timingOf(data);
  const url = absoluteUrl(routes.call(call.id), origin);
  const results = data.results.length ? resultsOf(siteData.members, data.results, data.budget, lang) : undefined;
  return {
    head: {
      title: data.title,
      description: data.summary,
      draft: data.draft,
      feeds: [{ title: t.calls, path: routes.callsFeed() }],
      jsonLd: data.faq.length
        ? [
            faqPage({
              url,
              questions: data.faq.map(({ question, answer }) => ({ question, answer: fieldText(answer) })),
              // The questions of a translation are in English; an untranslated call's stay French.
              inLanguage: lang === 'en' && siteData.translations.calls.get(call.id)?.data.faq ? 'en' : 'fr',
            }),
          ]
        : [],
    },
    breadcrumbs: [
      { label: commonStrings[lang].home, href: routes.home() },
      { label: t.calls, href: routes.calls() },
      { label: data.title },
    ],
    timing,
    countdown: callCountdown(timing, siteData.builtAt),
    opensText: formatDate(data.opens, lang),
    deadlineText: deadlineText(call, lang),
    grantText: data.grant ? grantText(data.grant, lang) : undefined,
    timeline: timeline(call, lang),
    documents: callDocuments(call, lang),
    faq: data.faq.map(({ question, answer }) => ({ question, answerHtml: fieldHtml(answer, (path) => href(path)) })),
    contact: data.contact && {
      name: data.contact.name,
      href: data.contact.email ? `mailto:${data.contact.email}` : (data.contact.url ?? ''),
      text: data.contact.email ?? new URL(data.contact.url ?? '').host.replace(/^www\./, ''),
    },
    changes: data.changes
      .map(({ date, note }) => ({
        day: isoDay(date),
        date: formatDate(date, lang),
        noteHtml: fieldHtml(note, (path) => href(path), 'inline'),
      }))
      .sort((a, b) => b.day.localeCompare(a.day)),
    results,
    calendar: href(routesIn('fr').callCalendar(call.id)),
    articles: articlesAboutCall(siteData, call),
    newsList: { label: t.allNews, path: routes.callNews(call.id) },
    now: siteData.builtAt,
  };
}

/** The funded projects as a table, with their total and the share of the budget it makes. */
function resultsOf(
  members: readonly Member[],
  results: Call['data']['results'],
  budget: number,
  lang: Language,
): NonNullable<CallView['results']> {
  const routes = routesIn(lang);
  const rows = results.map(({ title, amount, member, holder, theme }) => {
    const profile = member ? members.find((m) => m.id === member) : undefined;
    return {
      title,
      amount,
      theme,
      holder: profile
        ? { name: profile.data.name, href: routes.member(profile.id) }
        : holder
          ? { name: holder }
          : undefined,
    };
  });
  const total = rows.reduce((sum, row) => sum + row.amount, 0);
  const share =
    budget > 0
      ? (total / budget).toLocaleString(locales[lang].intl, { style: 'percent', maximumFractionDigits: 1 })
      : '';
  return { rows, total, totalText: formatEurosInFull(total, lang), share };
}
