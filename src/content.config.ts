import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { callsSchema } from './schemas/calls.ts';
import { membersSchema } from './schemas/members.ts';
import { newsSchema } from './schemas/news.ts';
import { pagesSchema } from './schemas/pages.ts';
import { settingsSchema } from './schemas/settings.ts';
import { ContentError, checkEntryFiles, idFromPath, listEntryFiles } from './lib/content-files.ts';
import { reservedPageIds } from './lib/routes.ts';

/**
 * Markdown and MDX files of `content/<name>/`, the file name being the id.
 * Before loading, file names are checked: a bad or duplicate id stops the build.
 */
function entries(name: string, reserved: readonly string[] = []): Loader {
  const inner = glob({
    pattern: '**/[^_.]*.{md,mdx}',
    base: `./content/${name}`,
    generateId: ({ entry }) => idFromPath(entry),
  });
  return {
    name: `pole-image:${name}`,
    load: async (context) => {
      const dir = fileURLToPath(new URL(`content/${name}/`, context.config.root));
      const problems = checkEntryFiles(`content/${name}`, listEntryFiles(dir), reserved);
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
    loader: glob({ pattern: '*.{yaml,yml}', base: './content/settings' }),
    schema: settingsSchema,
  }),
};
