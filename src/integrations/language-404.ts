/**
 * The « page not found » of each language besides French where static hosts
 * look for it: Astro writes `src/pages/en/404.astro` as `en/404/index.html`
 * (only the root 404 page becomes `404.html`); this moves it to `en/404.html`.
 */
import { rename, rmdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../i18n/strings.ts';

export function languageNotFoundPages(): AstroIntegration {
  return {
    name: 'pole-image:language-404',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const lang of LANGUAGES.filter((code) => code !== DEFAULT_LANGUAGE)) {
          await rename(join(root, lang, '404', 'index.html'), join(root, lang, '404.html'));
          await rmdir(join(root, lang, '404'));
        }
      },
    },
  };
}
