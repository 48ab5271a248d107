import type { KnipConfig } from 'knip';

/**
 * Unused files, exports and dependencies (`npm run check`). Knip's Astro,
 * Vitest, ESLint, Stylelint and Prettier plugins find most entry points; the
 * ones below are those it cannot guess.
 */
const config: KnipConfig = {
  entry: [
    // The benchmark's bare Astro site, built by `npm run bench` as a project of its own.
    'bench/baseline/astro.config.mjs',
    'bench/baseline/src/content.config.ts',
    'bench/baseline/src/pages/**/*.{astro,ts}',
  ],
  // Editors' content and the test sites' content are data, not code; public/ is copied as is.
  ignore: ['content/**', 'tests/fixtures/**', 'public/**'],
  ignoreDependencies: [
    // Font files resolved by path (astro.config.mjs, src/lib/social-text.ts), never imported.
    '@fontsource-variable/bricolage-grotesque',
    '@fontsource-variable/instrument-sans',
    // The types of feedparser (tests/build/feeds.test.ts), which knip does not tie to its import.
    '@types/feedparser',
    // The HTML validator's jar, found with require() in tests/build/html-validation.test.ts.
    'vnu-jar',
  ],
  // Hugo is the benchmark's comparison, installed on the machine when wanted.
  ignoreBinaries: ['hugo'],
};

export default config;
