/**
 * Content for the tests of src/data/, written as editors write front matter
 * and parsed by the collections' own schemas (defaults, dates at the Paris
 * day), then served by a mocked `astro:content`, as Starlight's tests do:
 *
 *     vi.mock('astro:content', async () =>
 *       (await import('./test-content.ts')).mockedAstroContent({ news: [['un-article', { … }]] }));
 */
import type { PaginateFunction, PaginateOptions, Params, Props } from 'astro';
import { beforeAll, vi } from 'vitest';
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { entryCollections, settingsCollection, translationSchemas } from '../schemas/collections.ts';
import type { AgendaEvent, Article, Call, Collections, Member, Page } from './site.ts';

/** Front matter as an editor writes it (dates as `2009-07-02`). */
export type FrontMatter = Record<string, unknown>;
/** An entry: its id (the file name) and its front matter. */
export type TestEntry = [id: string, frontMatter: FrontMatter];

export interface TestContent {
  news?: TestEntry[];
  members?: TestEntry[];
  calls?: TestEntry[];
  events?: TestEntry[];
  pages?: TestEntry[];
  /** Front matter of `content/settings/site.yaml`; `testSettings` if left out, none if `null`. */
  settings?: FrontMatter | null;
  /** English translations, `content/<collection>/en/<id>.md`, by collection. */
  translations?: Partial<Record<keyof typeof entryCollections, TestEntry[]>>;
}

/** Settings with every required field. */
export const testSettings: FrontMatter = {
  name: 'Pôle Essai Nord',
  tagline: 'Image et son en région',
  description: 'Le pôle d’essai des industries de l’image.',
  navigation: [{ label: 'Actualités', href: '/actualites/' }],
  en: {
    tagline: 'Image and sound in the region',
    description: 'The test cluster of the image industries.',
    navigation: [{ label: 'News', href: '/en/news/' }],
  },
};

/** The images tests name in front matter (`./lancement.jpg`), with the size Astro would read from each file. */
const TEST_IMAGES: Readonly<Record<string, { width: number; height: number }>> = {
  'lancement.jpg': { width: 2400, height: 1350 },
  'studio-nord.png': { width: 600, height: 300 },
};

/** Astro's `image()` for the entries of `collection`: a path written `./file` becomes the image's metadata. */
const schemaContext = (collection: string) =>
  ({
    image: () =>
      z.string().transform((path, ctx) => {
        const file = path.replace(/^\.\//, '');
        const size = TEST_IMAGES[file];
        if (!size) {
          ctx.issues.push({ code: 'custom', input: path, message: `image de test inconnue : ${path}` });
          return z.NEVER;
        }
        return { src: `/src/content/${collection}/${file}`, ...size, format: file.split('.').pop() ?? '' };
      }),
  }) as unknown as SchemaContext;

function entries<T>(collection: keyof typeof entryCollections, list: TestEntry[] = []): T[] {
  const schema = entryCollections[collection].schema(schemaContext(collection));
  return list.map(
    ([id, frontMatter]) =>
      ({
        id,
        collection,
        data: schema.parse(frontMatter),
        body: `Texte de ${id}.`,
        filePath: `content/${collection}/${id}.md`,
      }) as T,
  );
}

/** The translations of `collection`, parsed by its translation schema as Astro would. */
function translations<T>(collection: keyof typeof entryCollections, list: TestEntry[] = []): T[] {
  const schema = translationSchemas[collection]();
  return list.map(
    ([id, frontMatter]) =>
      ({
        id,
        collection: `${collection}En`,
        data: schema.parse(frontMatter),
        body: `Text of ${id}.`,
        filePath: `content/${collection}/en/${id}.md`,
      }) as T,
  );
}

/** The collections of `content`, parsed as Astro would. */
export function testCollections(content: TestContent): Collections {
  const settings = content.settings === undefined ? testSettings : content.settings;
  return {
    news: entries<Article>('news', content.news),
    members: entries<Member>('members', content.members),
    calls: entries<Call>('calls', content.calls),
    events: entries<AgendaEvent>('events', content.events),
    pages: entries<Page>('pages', content.pages),
    newsEn: translations('news', content.translations?.news),
    membersEn: translations('members', content.translations?.members),
    callsEn: translations('calls', content.translations?.calls),
    pagesEn: translations('pages', content.translations?.pages),
    settings: settings
      ? [
          {
            id: 'site',
            collection: 'settings',
            data: settingsCollection.schema().parse(settings),
            filePath: 'content/settings/site.yaml',
          },
        ]
      : [],
  };
}

/** `astro:content` with `getCollection` serving `content`, the rest of the module as Astro has it. */
export async function mockedAstroContent(content: TestContent) {
  const actual = await vi.importActual<typeof import('astro:content')>('astro:content');
  const collections = testCollections(content);
  return { ...actual, getCollection: (name: keyof Collections) => Promise.resolve(collections[name]) };
}

/**
 * A stand-in for the `paginate` Astro gives `getStaticPaths` of a `[...page]`
 * route, as documented: `pageSize` items a page (10 by default), at least one
 * page, `params.page` left out on the first page and `'2'`, `'3'`… after;
 * `props.page` with the page's `data`, `total`, `currentPage` and `lastPage`.
 * Its URLs (`page.url`) are Astro's business and left out.
 */
export const paginateLikeAstro = ((
  data: readonly unknown[],
  { pageSize = 10, params, props }: PaginateOptions<Props, Params> = {},
) => {
  const lastPage = Math.max(1, Math.ceil(data.length / pageSize));
  return Array.from({ length: lastPage }, (_, index) => ({
    params: { ...params, page: index === 0 ? undefined : String(index + 1) },
    props: {
      ...props,
      page: {
        data: data.slice(index * pageSize, (index + 1) * pageSize),
        total: data.length,
        currentPage: index + 1,
        lastPage,
        size: pageSize,
        start: index * pageSize,
        end: Math.min((index + 1) * pageSize, data.length) - 1,
        url: {},
      },
    },
  }));
}) as PaginateFunction;

/** The entry of `entries` with this id; a test stops if there is none. */
export function byId<T extends { id: string }>(entries: readonly T[], id: string): T {
  const found = entries.find((entry) => entry.id === id);
  if (!found) throw new Error(`No entry « ${id} » in [${entries.map((entry) => entry.id).join(', ')}]`);
  return found;
}

/** The item of `list` at `index`; a test stops if there is none. */
export function itemAt<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`No item at ${index}: the list has ${list.length}`);
  return item;
}

/**
 * Runs the tests of a file as in a build (`import.meta.env.DEV` false: no
 * drafts, no future articles, the site data loaded once), on `builtAt` if
 * given: the instant `loadSiteData()` reads as the build's.
 */
export function asBuild(builtAt?: Date): void {
  beforeAll(() => {
    if (builtAt) vi.useFakeTimers({ now: builtAt, toFake: ['Date'] });
    vi.stubEnv('DEV', false);
    return () => {
      vi.useRealTimers();
      vi.unstubAllEnvs();
    };
  });
}
