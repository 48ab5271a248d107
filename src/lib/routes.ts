/**
 * The site's URL scheme in one place (see DESIGN.md, "URLs"), both ways:
 * `routes.member('ankama')` builds `/membres/ankama/` and
 * `parseRoute('/membres/ankama/')` says which route and entry it designates.
 * Both read the one table `routeTable`: a route added there is built,
 * parsed, checked in editors' links and reserved against page names.
 * Paths are site-relative; pass them to `href()` to honour the base path.
 * English addresses are the same routes under `/en/` with English section
 * names (`routesIn('en').member('ankama')` is `/en/members/ankama/`).
 */
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../i18n/strings.ts';
import type { ReservedIds } from './content-files.ts';
import { slugify } from './slug.ts';

/** A segment holding an entry's id (its file name), of the collection the route names. */
const ID = { param: 'id' } as const;
/** A segment holding a keyword's slug; built from the keyword as written. */
const TAG = { param: 'tag' } as const;
/** The page number of a paginated list: absent for the first page, `2` for the second. */
const PAGE = { param: 'page' } as const;
/** A year of four digits, such as `2009`. */
const YEAR = { param: 'year' } as const;
/** A file named after an entry's id, of the collection the route names: `<id>.ics`. */
const ID_ICS = { param: 'id', extension: '.ics' } as const;

type Segment = string | typeof ID | typeof TAG | typeof PAGE | typeof YEAR | typeof ID_ICS;

/** The collections of `content/` whose entries have an address of their own. */
export type RoutedCollection = 'news' | 'members' | 'calls' | 'pages' | 'events';

interface RouteDefinition {
  /** The path's segments in order, in French; a last literal with a dot is a file (no trailing slash). */
  segments: readonly Segment[];
  /** The collection whose entry the `ID` segment names. */
  collection?: RoutedCollection;
  /** A file every language shares (the favicon, the sitemap): it has no `/en/` twin. */
  shared?: true;
}

/**
 * The English name of each French section segment; a segment not listed
 * (`rss.xml`, `archives`) is the same in both languages.
 */
const englishSegments: Readonly<Record<string, string>> = {
  actualites: 'news',
  'mots-cles': 'keywords',
  membres: 'members',
  'appels-a-projets': 'calls',
  agenda: 'events',
  recherche: 'search',
};

/**
 * Every address of the site. Order matters for parsing: the first route
 * that matches wins, so `/actualites/2/` is the news list's second page
 * before it could be an article (an article's id is never digits only).
 */
const routeTable = {
  home: { segments: [] },
  news: { segments: ['actualites', PAGE] },
  newsFeed: { segments: ['actualites', 'rss.xml'] },
  article: { segments: ['actualites', ID], collection: 'news' },
  tags: { segments: ['mots-cles'] },
  tag: { segments: ['mots-cles', TAG, PAGE] },
  tagFeed: { segments: ['mots-cles', TAG, 'rss.xml'] },
  members: { segments: ['membres'] },
  member: { segments: ['membres', ID], collection: 'members' },
  memberNews: { segments: ['membres', ID, 'actualites', PAGE], collection: 'members' },
  calls: { segments: ['appels-a-projets'] },
  callsFeed: { segments: ['appels-a-projets', 'rss.xml'] },
  // One calendar for both languages: its events carry the calls' French titles and dates.
  callsCalendar: { segments: ['appels-a-projets', 'calendrier.ics'], shared: true },
  // A call's calendar too: an iCalendar UID names one event in every calendar, whatever the language.
  callCalendar: { segments: ['appels-a-projets', ID_ICS], collection: 'calls', shared: true },
  call: { segments: ['appels-a-projets', ID], collection: 'calls' },
  callNews: { segments: ['appels-a-projets', ID, 'actualites', PAGE], collection: 'calls' },
  agenda: { segments: ['agenda'] },
  agendaFeed: { segments: ['agenda', 'rss.xml'] },
  agendaArchives: { segments: ['agenda', 'archives'] },
  agendaYear: { segments: ['agenda', 'archives', YEAR] },
  // Calendars shared by both languages, like the calls': an iCalendar UID names one event in
  // every calendar, so an English twin would either fight the French one or show each event twice.
  eventCalendar: { segments: ['agenda', ID_ICS], collection: 'events', shared: true },
  event: { segments: ['agenda', ID], collection: 'events' },
  agendaCalendar: { segments: ['agenda.ics'], shared: true },
  search: { segments: ['recherche'] },
  feed: { segments: ['rss.xml'] },
  // Each language's feeds open in the browser in their language.
  feedStylesheet: { segments: ['rss.xsl'] },
  feedImage: { segments: ['feed-icon.png'], shared: true },
  socialImage: { segments: ['og-image.png'], shared: true },
  favicon: { segments: ['favicon.svg'], shared: true },
  searchQueryFlag: { segments: ['recherche-requete.js'], shared: true },
  sitemap: { segments: ['sitemap.xml'], shared: true },
  // Last: any other one-segment address is a standalone page.
  page: { segments: [ID], collection: 'pages' },
} as const satisfies Record<string, RouteDefinition>;

type RouteName = keyof typeof routeTable;

/** The arguments of a route's builder, in the order of its segments: ids and keywords as strings, then the page. */
type BuilderArgs<S extends readonly Segment[]> = S extends readonly [infer Head, ...infer Rest extends Segment[]]
  ? Head extends typeof ID | typeof ID_ICS
    ? [id: string, ...BuilderArgs<Rest>]
    : Head extends typeof YEAR
      ? [year: number, ...BuilderArgs<Rest>]
      : Head extends typeof TAG
        ? [tag: string, ...BuilderArgs<Rest>]
        : Head extends typeof PAGE
          ? [page?: number]
          : BuilderArgs<Rest>
  : [];

type Builders = { [Name in RouteName]: (...args: BuilderArgs<(typeof routeTable)[Name]['segments']>) => string };

const isFile = (segment: Segment) => (typeof segment === 'string' ? segment.includes('.') : 'extension' in segment);

/** A route's segments in a language: French as written, English under `en` with English section names. */
function segmentsIn(definition: RouteDefinition, lang: Language): readonly Segment[] {
  if (lang === DEFAULT_LANGUAGE || definition.shared) return definition.segments;
  return [
    lang,
    ...definition.segments.map((segment) =>
      typeof segment === 'string' ? (englishSegments[segment] ?? segment) : segment,
    ),
  ];
}

function build(segments: readonly Segment[], args: readonly (string | number | undefined)[]): string {
  const values = [...args];
  const parts = segments.flatMap((segment) => {
    if (typeof segment === 'string') return [segment];
    const value = values.shift();
    if (segment === PAGE) return value === undefined || Number(value) <= 1 ? [] : [String(value)];
    if (segment === ID_ICS) return [`${String(value)}${ID_ICS.extension}`];
    return [segment === TAG ? slugify(String(value)) : String(value)];
  });
  const last = segments.at(-1);
  return `/${parts.join('/')}${parts.length && !(last && isFile(last)) ? '/' : ''}`;
}

const builders = Object.fromEntries(
  LANGUAGES.map((lang) => [
    lang,
    Object.fromEntries(
      Object.entries(routeTable as Record<string, RouteDefinition>).map(([name, definition]) => {
        const segments = segmentsIn(definition, lang);
        return [name, (...args: (string | number | undefined)[]) => build(segments, args)];
      }),
    ),
  ]),
) as unknown as Record<Language, Builders>;

/**
 * Builds each route's path in a language: `routesIn('en').tag('Jeu vidéo', 2)`
 * is `/en/keywords/jeu-video/2/`; shared files (favicon, sitemap) have one path.
 */
export function routesIn(lang: Language): Builders {
  return builders[lang];
}

/** Builds each route's French path: `routes.tag('Jeu vidéo', 2)` is `/mots-cles/jeu-video/2/`. */
export const routes = routesIn(DEFAULT_LANGUAGE);

/** What a site path designates, according to `routeTable`. */
export interface ParsedRoute {
  name: RouteName;
  /** The language of the address: `en` under `/en/`, French otherwise. */
  lang: Language;
  /** The collection of the entry named by `id`, for routes that show one entry or list its articles. */
  collection?: RoutedCollection | undefined;
  /** The entry's id (its file name). */
  id?: string | undefined;
  /** The keyword's slug. */
  tag?: string | undefined;
  /** The year of a yearly list (`/agenda/archives/2009/`). */
  year?: number | undefined;
  /** The page of a paginated list, 1 for the first. */
  page: number;
}

function match(
  definition: RouteDefinition,
  lang: Language,
  parts: readonly string[],
): Omit<ParsedRoute, 'name' | 'lang'> | undefined {
  const segments = segmentsIn(definition, lang);
  const found: Omit<ParsedRoute, 'name' | 'lang'> = { page: 1, collection: definition.collection };
  let index = 0;
  for (const segment of segments) {
    const part = parts[index];
    if (segment === PAGE) {
      // Page 1 has no number of its own: `/actualites/1/` is not an address.
      if (part === undefined) continue;
      if (!/^[1-9]\d*$/.test(part) || part === '1') return undefined;
      found.page = Number(part);
    } else if (part === undefined) {
      return undefined;
    } else if (segment === ID) {
      if (part.includes('.')) return undefined;
      found.id = part;
    } else if (segment === ID_ICS) {
      const id = part.endsWith(ID_ICS.extension) ? part.slice(0, -ID_ICS.extension.length) : '';
      if (!id || id.includes('.')) return undefined;
      found.id = id;
    } else if (segment === YEAR) {
      if (!/^\d{4}$/.test(part)) return undefined;
      found.year = Number(part);
    } else if (segment === TAG) {
      found.tag = part;
    } else if (segment !== part) {
      return undefined;
    }
    index += 1;
  }
  return index === parts.length ? found : undefined;
}

/**
 * The route a site path designates (`/membres/ankama/actualites/2/` → the
 * member `ankama`'s news, page 2), or `undefined` when no route of the site
 * has that shape. Query, fragment and a missing trailing slash are
 * ignored (`/membres/ankama` is the member's page); the path is taken without
 * the base path. Whether the entry exists is the caller's question.
 */
export function parseRoute(path: string): ParsedRoute | undefined {
  const clean = path.split(/[?#]/)[0] ?? '';
  if (!clean.startsWith('/')) return undefined;
  const parts = clean.split('/').filter(Boolean);
  const lang = LANGUAGES.find((code) => code !== DEFAULT_LANGUAGE && parts[0] === code) ?? DEFAULT_LANGUAGE;
  for (const [name, definition] of Object.entries(routeTable) as [RouteName, RouteDefinition][]) {
    const found = match(definition, lang, parts);
    if (!found) continue;
    // An id its collection forbids is no entry's address: `/membres/` is the directory, `/actualites/1/` nothing.
    if (found.collection && found.id && reservedIds[found.collection]?.(found.id)) return undefined;
    return { name, lang: definition.shared ? DEFAULT_LANGUAGE : lang, ...found };
  }
  return undefined;
}

/**
 * The addresses a site path that designates no route may have meant, when
 * it mixes the two languages' section names: the same segments with every
 * section name in English under `/en/`, or in French without it
 * (`/en/membres/ankama/` → `/en/members/ankama/`, `/members/ankama/` →
 * `/membres/ankama/` and `/en/members/ankama/`). Empty for a route of the
 * site, and for a path no such mix-up explains.
 */
export function routeRepairs(path: string): string[] {
  if (parseRoute(path)) return [];
  const clean = path.split(/[?#]/)[0] ?? '';
  const parts = clean.split('/').filter(Boolean);
  const sections = parts[0] === 'en' ? parts.slice(1) : parts;
  const french = Object.fromEntries(Object.entries(englishSegments).map(([fr, en]) => [en, fr]));
  const slash = clean.endsWith('/') ? '/' : '';
  const inFrench = `/${sections.map((part) => french[part] ?? part).join('/')}${slash}`;
  const inEnglish = `/en/${sections.map((part) => englishSegments[part] ?? part).join('/')}${slash}`;
  // The language the path starts in first: it is the one the editor meant.
  const candidates = parts[0] === 'en' ? [inEnglish, inFrench] : [inFrench, inEnglish];
  return candidates.filter((candidate) => parseRoute(candidate));
}

/**
 * The path of the same route in another language (`/membres/ankama/` →
 * `/en/members/ankama/`), or `undefined` when the path is no route of the
 * site. Whether that entry exists in the other language is the caller's question.
 */
export function translatePath(path: string, lang: Language): string | undefined {
  const parsed = parseRoute(path);
  if (!parsed) return undefined;
  const args = [parsed.id ?? parsed.tag ?? parsed.year, parsed.page].filter((value) => value !== undefined);
  const builder = routesIn(lang)[parsed.name] as (...values: (string | number)[]) => string;
  // A keyword's slug is already slugified: building it again leaves it as it is.
  return builder(...args);
}

/**
 * First path segments taken by the site's own sections and files (every
 * route's first literal segment, and what Astro and Pagefind write): a
 * standalone page with one of these ids would collide with them.
 */
export const reservedPageIds: readonly string[] = [
  ...new Set([
    ...Object.values(routeTable as Record<string, RouteDefinition>).flatMap(({ segments }) =>
      typeof segments[0] === 'string' ? [segments[0], englishSegments[segments[0]] ?? segments[0]] : [],
    ),
    ...LANGUAGES,
    'pagefind',
    '_astro',
    '404',
    'robots.txt',
  ]),
];

/** A standalone page may not take the address of a section (`/membres/`). */
export const reservedPageId: ReservedIds = (id) =>
  reservedPageIds.includes(id) ? `« /${id}/ » est déjà l'adresse d'une rubrique du site` : undefined;

/** An article named with digits only would take the address of a page of the news list (`/actualites/2/`). */
export const reservedNewsId: ReservedIds = (id) =>
  /^\d+$/.test(id) ? `« /actualites/${id}/ » est l'adresse d'une page de la liste des actualités` : undefined;

/** An event named `archives` would take the address of the agenda's archives (`/agenda/archives/`). */
const reservedEventId: ReservedIds = (id) =>
  id === 'archives' ? "« /agenda/archives/ » est l'adresse des archives de l'agenda" : undefined;

/** A call named `calendrier` would have its calendar at the address of every call's calendar. */
export const reservedCallId: ReservedIds = (id) =>
  id === 'calendrier'
    ? "« /appels-a-projets/calendrier.ics » est l'adresse du calendrier de tous les appels"
    : undefined;

/** A document stored beside a call, published as `/appels-a-projets/<id>/<name>`. */
export function callDocumentPath(id: string, name: string): string {
  return `${routes.call(id)}${name}`;
}

/** The ids each collection forbids because their address belongs to another route. */
export const reservedIds: Partial<Record<RoutedCollection, ReservedIds>> = {
  news: reservedNewsId,
  events: reservedEventId,
  pages: reservedPageId,
  calls: reservedCallId,
};
