import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { entryCollections, settingsCollection } from './schemas/collections.ts';
import { contentFolder } from './lib/content-folder.ts';
import {
  ContentError,
  ENTRY_GLOB,
  checkEntryFiles,
  checkEntrySizes,
  idFromPath,
  listCollectionFiles,
  type ReservedIds,
} from './lib/content-files.ts';

const { root: contentRoot, label: contentLabel } = contentFolder();

/**
 * Markdown and MDX files of `content/<name>/`, the file name being the id.
 * Before loading, the folder's files are checked: a file the loader would
 * leave out, a bad, taken or duplicate id, or a file too long stops the build.
 */
function entries(name: string, reserved?: ReservedIds): Loader {
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
      const problems = [...checkEntryFiles(dirLabel, files, reserved), ...checkEntrySizes(dir, dirLabel, files)];
      if (problems.length) throw new ContentError(problems);
      await inner.load(context);
    },
  };
}

const { news, members, calls, pages } = entryCollections;

export const collections = {
  news: defineCollection({ loader: entries('news', news.reserved), schema: news.schema }),
  members: defineCollection({ loader: entries('members', members.reserved), schema: members.schema }),
  calls: defineCollection({ loader: entries('calls', calls.reserved), schema: calls.schema }),
  pages: defineCollection({ loader: entries('pages', pages.reserved), schema: pages.schema }),
  settings: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: pathToFileURL(join(contentRoot, settingsCollection.folder, '/')) }),
    schema: settingsCollection.schema,
  }),
};
