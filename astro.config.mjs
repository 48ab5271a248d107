// @ts-check
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { contentLinks } from './src/integrations/content-links.ts';
import { markdownComments } from './src/integrations/markdown-comments.ts';
import { markdownHeadingIds } from './src/integrations/markdown-heading-ids.ts';
import { markdownTableAlign } from './src/integrations/markdown-table-align.ts';
import { markdownTaskList } from './src/integrations/markdown-task-list.ts';
import { markdownFootnoteLabels } from './src/integrations/markdown-footnote-labels.ts';
import { markdownTypography } from './src/integrations/markdown-typography.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { languageNotFoundPages } from './src/integrations/language-404.ts';
import { dataStoreFile } from './src/integrations/data-store-file.ts';
import { devProblemsReload } from './src/integrations/dev-problems.ts';
import { contentFolder } from './src/lib/content-folder.ts';
import { unwatched } from './src/lib/dev-watch.ts';
import { footnoteLabels, taskLabels } from './src/lib/markdown-labels.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from './src/i18n/strings.ts';

/** Where the site is published; feeds, canonical links and the sitemap use it. */
const site = process.env.SITE_URL || 'https://pole-image.example';
/** The sub-path the site is served under, `/` at the domain root. */
const base = process.env.BASE_PATH || '/';

/**
 * Astro's caches: content entries whose text has not changed (kept with the
 * path they were first read from: a build of another content folder,
 * `CONTENT_DIR`, used by tests and benchmarks, gets a cache of its own),
 * optimised images, and the pages reused by the next build. Outside
 * `node_modules/`, which `npm ci` empties.
 */
const content = contentFolder();
const cacheDir =
  process.env.ASTRO_CACHE_DIR ||
  (content.root === resolve('content')
    ? './.cache/astro/'
    : `./.cache/astro-content/${createHash('sha256').update(content.root).digest('hex').slice(0, 12)}/`);

/**
 * A variable font of an `@fontsource-variable/*` package, Latin subset.
 * @param {`--${string}`} cssVariable
 * @param {string} name
 * @param {string} slug
 * @param {string} weight
 * @param {('normal' | 'italic')[]} styles
 */
function localFont(cssVariable, name, slug, weight, styles) {
  return {
    provider: fontProviders.local(),
    name,
    cssVariable,
    fallbacks: ['Arial', 'sans-serif'],
    options: {
      variants: /** @type {[any, ...any[]]} */ (
        styles.map((style) => ({
          src: [`./node_modules/@fontsource-variable/${slug}/files/${slug}-latin-wght-${style}.woff2`],
          weight,
          style,
          display: 'optional',
        }))
      ),
    },
  };
}

export default defineConfig({
  site,
  base,
  cacheDir,
  trailingSlash: 'always',
  // Components' scoped styles select a class (`.astro-1a2b3c4d`) rather than an attribute
  // (`[data-astro-cid-1a2b3c4d]`) on each of their elements: the same specificity, hence the
  // same cascade (screenshots of every page identical), in fewer bytes per page.
  scopedStyleStrategy: 'class',
  vite: {
    server: {
      // The dev server watches the sources and the content, not the project's outputs (tmp/, dist/,
      // .cache/), which its watcher would otherwise list at every start (src/lib/dev-watch.ts).
      watch: { ignored: unwatched(resolve('.'), content.root) },
      // Each module the dev server transforms has its static imports transformed at once, in every
      // environment (Vite does it by default only for the browser's): the content configuration's
      // modules and the first page's are no longer fetched one after the other, each waiting for the
      // one that imports it. `npm run dev` serves its first page 0.5 s sooner at 1,000 articles
      // (bench/results.md, optimisation 35). No effect on `npm run build`.
      preTransformRequests: true,
    },
  },
  build: { format: 'directory' },
  // French at the root of every address, English under `/en/` (its section names
  // are src/lib/routes.ts's); pages read their language from `Astro.currentLocale`.
  i18n: {
    locales: [...LANGUAGES],
    defaultLocale: DEFAULT_LANGUAGE,
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  markdown: {
    processor: satteri({
      hastPlugins: [
        markdownComments,
        markdownTableAlign,
        markdownTaskList(taskLabels),
        markdownFootnoteLabels(footnoteLabels),
        contentLinks(base),
        markdownHeadingIds,
        markdownTypography,
      ],
      // The footnotes' heading and back links in French, not « Footnotes »; in English in
      // translations, through markdownFootnoteLabels.
      features: { gfm: { footnotes: footnoteLabels[DEFAULT_LANGUAGE] } },
    }),
    // Shiki colours code with inline styles, which the CSP blocks: code is shown
    // unhighlighted, styled by the site's stylesheet (`.prose pre`).
    syntaxHighlight: false,
  },
  // The sitemap is src/pages/sitemap.xml.ts: it knows when each page last changed.
  // The content store read from its file at render time, not inlined into the bundle (see the file).
  integrations: [mdx(), languageNotFoundPages(), pagefindSearch(), dataStoreFile(), devProblemsReload()],
  devToolbar: { enabled: false },
  // With `npm run build -- --incremental`, a build reuses the pages of the previous
  // one whose code and `cacheKey` (src/data/site.ts) are unchanged, from the cache
  // folder (`cacheDir`). Not by default: in Astro 7.3.5 this mode makes a build from
  // nothing slower, by 10 % at 1,000 articles and 66 % at 10,000 (bench/results.md).
  experimental: { incrementalBuild: process.env.POLE_IMAGE_INCREMENTAL === '1' },
  // The type pairing, self-hosted from the @fontsource-variable packages (never a
  // CDN), Latin subset only (French needs nothing else), `font-display: optional`,
  // with fallbacks whose metrics Astro matches to the web fonts' so that text
  // does not move when they arrive (see docs/design.md).
  fonts: [
    localFont('--font-display', 'Bricolage Grotesque', 'bricolage-grotesque', '200 800', ['normal']),
    localFont('--font-text', 'Instrument Sans', 'instrument-sans', '400 700', ['normal']),
  ],
  security: {
    // A Content-Security-Policy <meta> on every page: scripts and styles only from the
    // site itself or by hash (no 'unsafe-inline'), plus the WebAssembly Pagefind needs.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
