// @ts-check
// The bare baseline of the benchmark: a minimal Astro 7 site over the same
// generated articles (BENCH_CONTENT_DIR), with Astro's defaults everywhere.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: process.env.SITE_URL || 'https://baseline.example',
  // The benchmark gives each build its own cache, as it does for the site.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
