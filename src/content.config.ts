import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { entryCollections, settingsCollection } from './schemas/collections.ts';
import { ContentError, checkEntryFiles, idFromPath, listEntryFiles, type ReservedIds } from './lib/content-files.ts';

/** The folder of editors' files; tests and benchmarks point it elsewhere with `CONTENT_DIR`. */
const contentRoot = resolve(process.env.CONTENT_DIR || 'content');
/** How the folder is named in messages: `content` for the real site. */
const contentLabel = relative(process.cwd(), contentRoot).split(sep).join('/') || '.';

/**
 * Markdown and MDX files of `content/<name>/`, the file name being the id.
 * Before loading, file names are checked: a bad, taken or duplicate id stops the build.
 */
function entries(name: string, reserved?: ReservedIds): Loader {
  const inner = glob({
    // Files and folders starting with `_` or `.` are editors' templates and notes, as `listEntryFiles` has it.
    pattern: ['**/[^_.]*.{md,mdx}', '!**/_*/**'],
    base: pathToFileURL(join(contentRoot, name, '/')),
    generateId: ({ entry }) => idFromPath(entry),
  });
  return {
    name: `pole-image:${name}`,
    load: async (context) => {
      const problems = checkEntryFiles(`${contentLabel}/${name}`, listEntryFiles(join(contentRoot, name)), reserved);
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
