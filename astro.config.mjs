// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { contentLinks } from './src/integrations/content-links.ts';

/** Where the site is published; feeds, canonical links and the sitemap use it. */
const site = process.env.SITE_URL || 'https://pole-image.example';
/** The sub-path the site is served under, `/` at the domain root. */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: satteri({ hastPlugins: [contentLinks(base)] }),
  },
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
});
