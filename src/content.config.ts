import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { callsSchema } from './schemas/calls.ts';
import { membersSchema } from './schemas/members.ts';
import { newsSchema } from './schemas/news.ts';
import { pagesSchema } from './schemas/pages.ts';
import { settingsSchema } from './schemas/settings.ts';
import { ContentError, checkEntryFiles, idFromPath, listEntryFiles } from './lib/content-files.ts';
import { reservedPageIds } from './lib/routes.ts';

/** The folder of editors' files; tests and benchmarks point it elsewhere with `CONTENT_DIR`. */
const contentRoot = resolve(process.env.CONTENT_DIR || 'content');
/** How the folder is named in messages: `content` for the real site. */
const contentLabel = relative(process.cwd(), contentRoot).split(sep).join('/') || '.';

/**
 * Markdown and MDX files of `content/<name>/`, the file name being the id.
 * Before loading, file names are checked: a bad or duplicate id stops the build.
 */
function entries(name: string, reserved: readonly string[] = []): Loader {
  const inner = glob({
    pattern: '**/[^_.]*.{md,mdx}',
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

export const collections = {
  news: defineCollection({ loader: entries('news'), schema: newsSchema }),
  members: defineCollection({ loader: entries('members'), schema: membersSchema }),
  calls: defineCollection({ loader: entries('calls'), schema: callsSchema }),
  pages: defineCollection({ loader: entries('pages', reservedPageIds), schema: pagesSchema }),
  settings: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: pathToFileURL(join(contentRoot, 'settings', '/')) }),
    schema: settingsSchema,
  }),
};
