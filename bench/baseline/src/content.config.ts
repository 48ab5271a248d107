import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { resolve } from 'node:path';

/** The generated `news/` folder of the benchmark. */
const base = resolve(process.env.BENCH_CONTENT_DIR ?? 'content', 'news');

export const collections = {
  news: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base }),
    schema: z.object({
      title: z.string(),
      description: z.string(),
      date: z.coerce.date(),
      tags: z.array(z.string()).default([]),
    }),
  }),
};
