/**
 * The collections of `content/`, their schemas and the ids their URLs
 * forbid, in one list read by both `src/content.config.ts` (the build) and
 * `scripts/check-content.ts` (the quick check), so that they never differ.
 */
import type { ReservedIds } from '../lib/content-files.ts';
import { reservedIds } from '../lib/routes.ts';
import { DOCUMENT_EXTENSIONS } from '../lib/call-documents.ts';
import { callsSchema } from './calls.ts';
import { once } from './fields.ts';
import { eventsSchema } from './events.ts';
import { membersSchema } from './members.ts';
import { newsSchema } from './news.ts';
import { pagesSchema } from './pages.ts';
import { settingsSchema } from './settings.ts';
import {
  callsTranslationSchema,
  eventsTranslationSchema,
  membersTranslationSchema,
  newsTranslationSchema,
  pagesTranslationSchema,
} from './translations.ts';

/**
 * Collections of Markdown and MDX entries, one file per entry, the file name
 * being the id. A schema that does not use the entry's `image()` is built
 * once for all entries (`once`).
 */
export const entryCollections = {
  news: { schema: newsSchema, reserved: reservedIds.news, attachments: [] },
  members: { schema: membersSchema, reserved: reservedIds.members, attachments: [] },
  // A call's documents may be stored beside it.
  calls: { schema: once(callsSchema), reserved: reservedIds.calls, attachments: DOCUMENT_EXTENSIONS },
  pages: { schema: once(pagesSchema), reserved: reservedIds.pages, attachments: [] },
  events: { schema: eventsSchema, reserved: reservedIds.events, attachments: [] },
} as const satisfies Record<
  string,
  { schema: unknown; reserved: ReservedIds | undefined; attachments: readonly string[] }
>;

export type EntryCollection = keyof typeof entryCollections;

/** The schema of each collection's English translations, `content/<collection>/en/<id>.md(x)`. */
export const translationSchemas = {
  news: once(newsTranslationSchema),
  members: once(membersTranslationSchema),
  calls: once(callsTranslationSchema),
  pages: once(pagesTranslationSchema),
  events: once(eventsTranslationSchema),
} as const satisfies Record<EntryCollection, unknown>;

/** The site settings: one YAML file, `content/settings/site.yaml`. */
export const settingsCollection = { schema: once(settingsSchema), folder: 'settings', file: 'site.yaml' } as const;
