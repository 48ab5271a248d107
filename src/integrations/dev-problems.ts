/**
 * In `astro dev`: reloads the open pages when the content problems found in the edited files
 * change (`src/lib/dev-problems.ts`), so that a mistake shows in the browser as soon as the file is
 * saved, in Astro's error overlay, and the page comes back once it is fixed. Astro reloads the
 * page itself only when its content store changes, which a file its loader refuses does not do.
 */
import type { AstroIntegration } from 'astro';
import { onDevProblemsChange } from '../lib/dev-problems.ts';

export function devProblemsReload(): AstroIntegration {
  return {
    name: 'pole-image:dev-problems',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const stop = onDevProblemsChange(() => server.environments.client.hot.send({ type: 'full-reload', path: '*' }));
        server.httpServer?.once('close', stop);
      },
    },
  };
}
