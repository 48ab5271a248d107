import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { entryCollections, settingsCollection } from './schemas/collections.ts';
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

const { root: contentRoot, label: contentLabel } = contentFolder();

/**
 * What `read` finds wrong in the text of each file of `content/<name>/`:
 * unwanted characters and YAML errors, in the content check's own words,
 * before Astro's parser would stop on them in English or let them through.
 */
function textProblems(
  name: string,
  files: readonly string[],
  read: (text: string) => { problems: readonly LineProblem[] },
): FileProblem[] {
  return files.flatMap((file) =>
    read(readFileSync(join(contentRoot, name, file), 'utf8')).problems.map((problem) => ({
      file: `${contentLabel}/${name}/${file}`,
      ...problem,
    })),
  );
}

/**
 * Markdown and MDX files of `content/<name>/`, the file name being the id.
 * Before loading, the folder's files are checked: a file the loader would
 * leave out, a bad, taken or duplicate id, or a file too long stops the build.
 */
function entries(name: string, reserved?: ReservedIds, attachments: readonly string[] = []): Loader {
  const inner = glob({
    pattern: ENTRY_GLOB,
    base: pathToFileURL(join(contentRoot, name, '/')),
    generateId: ({ entry }) => idFromPath(entry),
  });
  return {
    name: `pole-image:${name}`,
    load: async (context) => {
      const dir = join(contentRoot, name);
      const files = listCollectionFiles(dir);
      const dirLabel = `${contentLabel}/${name}`;
      const problems = [
        ...checkEntryFiles(dirLabel, files, reserved, attachments),
        ...checkEntrySizes(dir, dirLabel, files),
        ...textProblems(name, files.filter(isEntryFile), readEntryText),
      ];
      if (problems.length) throw new ContentError(problems);
      await inner.load(context);
    },
  };
}

/** The YAML files of `content/settings/`, their text checked first like that of entries. */
function settings(): Loader {
  const folder = join(contentRoot, settingsCollection.folder);
  const inner = glob({ pattern: SETTINGS_GLOB, base: pathToFileURL(join(folder, '/')) });
  return {
    name: 'pole-image:settings',
    load: async (context) => {
      const listed = listCollectionFiles(folder);
      const problems = [
        ...checkSettingsFiles(`${contentLabel}/${settingsCollection.folder}`, listed),
        ...textProblems(settingsCollection.folder, listed.filter(isSettingsFile), readYamlText),
      ];
      if (problems.length) throw new ContentError(problems);
      await inner.load(context);
    },
  };
}

const { news, members, calls, pages } = entryCollections;

export const collections = {
  news: defineCollection({ loader: entries('news', news.reserved), schema: news.schema }),
  members: defineCollection({ loader: entries('members', members.reserved), schema: members.schema }),
  calls: defineCollection({ loader: entries('calls', calls.reserved, calls.attachments), schema: calls.schema }),
  pages: defineCollection({ loader: entries('pages', pages.reserved), schema: pages.schema }),
  settings: defineCollection({
    loader: settings(),
    schema: settingsCollection.schema,
  }),
};
