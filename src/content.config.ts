import { defineCollection } from 'astro:content';
import { glob, type DataStore, type Loader } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FSWatcher } from 'vite';
import { entryCollections, settingsCollection, translationSchemas } from './schemas/collections.ts';
import { TRANSLATION_FOLDER } from './schemas/translations.ts';
import { checkedBeside } from './lib/content-check-mode.ts';
import { contentFolder } from './lib/content-folder.ts';
import {
  ContentError,
  ENTRY_GLOB,
  SETTINGS_GLOB,
  checkEntryFiles,
  checkEntrySizes,
  checkSettingsFiles,
  idFromPath,
  isEntryFile,
  isSettingsFile,
  listCollectionFiles,
  type FileProblem,
  type ReservedIds,
} from './lib/content-files.ts';
import { readEntryText, readYamlText } from './lib/front-matter.ts';
import type { LineProblem } from './lib/schema-problems.ts';
import { setDevProblems } from './lib/dev-problems.ts';
import type { EntryCollection } from './schemas/collections.ts';

const { root: contentRoot, label: contentLabel } = contentFolder();

/**
 * Whether the content check runs beside this Astro process (`npm run build`): it reads
 * every file's text itself, so the loaders need not read it a second time (4 s of the
 * content sync at 10,000 articles), nor keep each entry's raw Markdown (`body`).
 */
const beside = checkedBeside();

/** The key, in each collection's metadata, of whether its stored entries keep their bodies. */
const BODIES = 'pole-image:bodies';

/**
 * What `read` finds wrong in the text of each file of `content/<name>/`:
 * unwanted characters and YAML errors, in the content check's own words,
 * before Astro's parser would stop on them in English or let them through;
 * none when the content check runs beside.
 */
function textProblems(
  name: string,
  files: readonly string[],
  read: (text: string) => { problems: readonly LineProblem[] },
): FileProblem[] {
  if (beside) return [];
  return files.flatMap((file) =>
    read(readFileSync(join(contentRoot, name, file), 'utf8')).problems.map((problem) => ({
      file: `${contentLabel}/${name}/${file}`,
      ...problem,
    })),
  );
}

/** How long a changed file must stay unchanged before the dev server checks it, in milliseconds. */
const SETTLE_MS = 150;

/**
 * The listener checking each folder, on `globalThis`: Astro loads this file again when it changes,
 * and each load's listener replaces the previous one's rather than running beside it.
 */
const folderListeners = ((
  globalThis as { poleImageFolderListeners?: Map<string, (path: string) => void> }
).poleImageFolderListeners ??= new Map());

/**
 * In `astro dev`: checks each file of `content/<folder>/` the watcher reports as changed, added or
 * removed, with the content check's own checks of one file (text, fields, body, images:
 * `checkEntryFile`, `checkSettingsFile`) and of the folder's file names, and records what it finds
 * (`src/lib/dev-problems.ts`) until the file is fixed or removed. Astro's own loader reloads only
 * what its schema accepts, and says why in the terminal alone: the page would keep the file's
 * previous version, or show a date YAML has moved (`2026-02-30` read as 2 March).
 * @param owns Whether a file of the folder, named from it with `/`, is this loader's (a
 *   collection's translations, in `en/`, are another loader's).
 * @param check The problems of one of its entry files, named from the folder.
 * @param checkFolder The problems of the folder's file names, given all of them.
 */
function watchProblems(
  watcher: FSWatcher,
  folder: string,
  owns: (file: string) => boolean,
  check: (file: string) => Promise<FileProblem[]>,
  checkFolder: (files: string[]) => FileProblem[],
  onError: (error: unknown) => void,
): void {
  const dir = join(contentRoot, folder);
  const label = `${contentLabel}/${folder}`;
  // A file is checked once it has been quiet for SETTLE_MS: an editor saving in place empties the
  // file before writing it, and a check of the empty file must not be the last word. A check that a
  // later one has overtaken (the first loads the content check) records nothing.
  const timers = new Map<string, NodeJS.Timeout>();
  const latest = new Map<string, number>();
  const checkNow = async (name: string) => {
    const turn = (latest.get(name) ?? 0) + 1;
    latest.set(name, turn);
    // What the site reads of the folder: files under `_` or `.` names are the editors' own.
    const listed = listCollectionFiles(dir);
    const problems = listed.includes(name) ? await check(name) : [];
    if (latest.get(name) !== turn) return;
    setDevProblems(`folder:${label}`, checkFolder(listed));
    setDevProblems(`file:${label}/${name}`, problems);
  };
  const onEvent = (path: string) => {
    const file = relative(dir, path);
    if (file === '' || file.startsWith(`..${sep}`) || file === '..' || isAbsolute(file)) return;
    const name = file.split(sep).join('/');
    if (!owns(name)) return;
    clearTimeout(timers.get(name));
    timers.set(
      name,
      setTimeout(() => {
        timers.delete(name);
        checkNow(name).catch(onError);
      }, SETTLE_MS),
    );
  };
  const previous = folderListeners.get(folder);
  for (const event of ['add', 'change', 'unlink'] as const) {
    if (previous) watcher.off(event, previous);
    watcher.on(event, onEvent);
  }
  folderListeners.set(folder, onEvent);
}

/**
 * `store`, keeping a structured clone of each entry the glob loader stores (a copy, equal
 * to it, of the same types). Astro serialises the whole content store at the end of
 * the content sync and, in the dev server, after each edit; its serialiser (devalue)
 * ran 3 × slower on the loader's own objects than on the same entries cloned, every time
 * measured: 420 to 500 against 120 to 180 ms at 1,000 articles, for the same store to the
 * byte (`bench/results.md`, optimisation 33). Cloning costs less than it saves.
 */
function cloningStore(store: DataStore): DataStore {
  return { ...store, set: (entry) => store.set(structuredClone(entry)) };
}

/**
 * Markdown and MDX files of `content/<name>/`, the file name being the id;
 * with `translations`, those of its `en/` folder, which the French entries
 * leave out. Before loading, the folder's files are checked: a file the
 * loader would leave out, a bad, taken or duplicate id, or a file too long
 * stops the build.
 */
function entries(
  name: string,
  reserved?: ReservedIds,
  attachments: readonly string[] = [],
  translations = false,
): Loader {
  const folder = translations ? join(name, TRANSLATION_FOLDER) : name;
  const inner = glob({
    pattern: translations ? ENTRY_GLOB : [...ENTRY_GLOB, `!${TRANSLATION_FOLDER}/**`],
    base: pathToFileURL(join(contentRoot, folder, '/')),
    generateId: ({ entry }) => idFromPath(entry),
    // The raw Markdown is kept only for the checks of src/data/site.ts, which the content check
    // makes itself when it runs beside: half of the content store's bytes.
    retainBody: !beside,
  });
  const dir = join(contentRoot, folder);
  const dirLabel = `${contentLabel}/${folder}`;
  /** Whether a file of the folder is this loader's: a collection's translations are another's. */
  const owns = (file: string) => translations || !file.startsWith(`${TRANSLATION_FOLDER}/`);
  /** What is wrong with the names and sizes of the folder's files (`listed`: all of them). */
  const folderProblems = (listed: readonly string[]) => {
    const files = listed.filter(owns);
    return [...checkEntryFiles(dirLabel, files, reserved, attachments), ...checkEntrySizes(dir, dirLabel, files)];
  };
  return {
    name: `pole-image:${name}${translations ? `-${TRANSLATION_FOLDER}` : ''}`,
    load: async (context) => {
      // A collection nobody has translated yet has no `en/` folder: no translations, no warning.
      if (translations && !existsSync(dir)) {
        context.store.clear();
        return;
      }
      const listed = listCollectionFiles(dir);
      const problems = [
        ...folderProblems(listed),
        ...textProblems(folder, listed.filter(owns).filter(isEntryFile), readEntryText),
      ];
      if (problems.length) throw new ContentError(problems);
      // The glob loader keeps the stored entry of an unchanged file as it is: a store whose key
      // is missing or says the other way (another way of building on the same cache, or a load
      // cut short) is filled again. An empty store is left untouched and the key written after
      // loading: writing to the store before the loader's first entries made Astro's first save
      // the whole store, which V8 then serialised 3 × slower at every later save, each edit in
      // the dev server included (4.7 against 1.6 s at 10,000 articles, with `astro sync`).
      const kept = beside ? 'without' : 'with';
      const stored = context.meta.get(BODIES);
      if (stored !== kept && context.store.keys().length) context.store.clear();
      await inner.load({ ...context, store: cloningStore(context.store) });
      if (stored !== kept) context.meta.set(BODIES, kept);
      if (context.watcher && !beside) {
        const collectionDir = join(contentRoot, name);
        const collectionLabel = `${contentLabel}/${name}`;
        const prefix = translations ? `${TRANSLATION_FOLDER}/` : '';
        watchProblems(
          context.watcher,
          folder,
          owns,
          async (file) => {
            if (!isEntryFile(file)) return [];
            const { checkEntryFile } = await import('../scripts/check-content.ts');
            return checkEntryFile(name as EntryCollection, collectionDir, collectionLabel, `${prefix}${file}`).problems;
          },
          folderProblems,
          (error) => context.logger.error(String(error)),
        );
      }
    },
  };
}

/** The YAML files of `content/settings/`, their text checked first like that of entries. */
function settings(): Loader {
  const folder = join(contentRoot, settingsCollection.folder);
  const label = `${contentLabel}/${settingsCollection.folder}`;
  const inner = glob({ pattern: SETTINGS_GLOB, base: pathToFileURL(join(folder, '/')) });
  return {
    name: 'pole-image:settings',
    load: async (context) => {
      const listed = listCollectionFiles(folder);
      const problems = [
        ...checkSettingsFiles(label, listed),
        ...textProblems(settingsCollection.folder, listed.filter(isSettingsFile), readYamlText),
      ];
      if (problems.length) throw new ContentError(problems);
      await inner.load(context);
      if (context.watcher && !beside) {
        watchProblems(
          context.watcher,
          settingsCollection.folder,
          () => true,
          async (file) => {
            if (!isSettingsFile(file)) return [];
            const { checkSettingsFile } = await import('../scripts/check-content.ts');
            return checkSettingsFile(join(folder, file), `${label}/${file}`);
          },
          (files) => checkSettingsFiles(label, files),
          (error) => context.logger.error(String(error)),
        );
      }
    },
  };
}

const { news, members, calls, pages, events } = entryCollections;

export const collections = {
  news: defineCollection({ loader: entries('news', news.reserved), schema: news.schema }),
  members: defineCollection({ loader: entries('members', members.reserved), schema: members.schema }),
  calls: defineCollection({ loader: entries('calls', calls.reserved, calls.attachments), schema: calls.schema }),
  pages: defineCollection({ loader: entries('pages', pages.reserved), schema: pages.schema }),
  events: defineCollection({ loader: entries('events', events.reserved), schema: events.schema }),
  newsEn: defineCollection({ loader: entries('news', undefined, [], true), schema: translationSchemas.news }),
  membersEn: defineCollection({ loader: entries('members', undefined, [], true), schema: translationSchemas.members }),
  callsEn: defineCollection({ loader: entries('calls', undefined, [], true), schema: translationSchemas.calls }),
  pagesEn: defineCollection({ loader: entries('pages', undefined, [], true), schema: translationSchemas.pages }),
  eventsEn: defineCollection({ loader: entries('events', undefined, [], true), schema: translationSchemas.events }),
  settings: defineCollection({
    loader: settings(),
    schema: settingsCollection.schema,
  }),
};
