/**
 * In `astro dev`: reloads the open pages when the content problems found in the edited files
 * change (`src/lib/dev-problems.ts`), so that a mistake shows in the browser as soon as the file is
 * saved, in Astro's error overlay, and the page comes back once it is fixed. Astro reloads the
 * page itself only when its content store changes, which a file its loader refuses does not do.
 *
 * A page that is itself reloading when the message comes misses it (it has no connection to the
 * server yet, and Vite does not send it again), and would keep showing what it rendered: an error
 * fixed since, or none. The reload is therefore asked again 1 and 3 s after the last change, by
 * when such a page has connected again.
 */
import type { AstroIntegration } from 'astro';
import { onDevProblemsChange } from '../lib/dev-problems.ts';

/** When, after a change of the problems, the open pages are asked to reload, in milliseconds. */
const RELOADS_MS = [0, 1000, 3000] as const;

export function devProblemsReload(): AstroIntegration {
  return {
    name: 'pole-image:dev-problems',
    hooks: {
      'astro:server:setup': ({ server }) => {
        let timers: NodeJS.Timeout[] = [];
        const reload = () => server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        const stop = onDevProblemsChange(() => {
          for (const timer of timers) clearTimeout(timer);
          timers = RELOADS_MS.map((delay) => setTimeout(reload, delay));
        });
        server.httpServer?.once('close', () => {
          stop();
          for (const timer of timers) clearTimeout(timer);
        });
      },
    },
  };
}
