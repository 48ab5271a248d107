/**
 * Site search with Pagefind in `astro dev`: serves the index of the last
 * build under `<base>pagefind/`. The index itself is written by
 * `npm run build` once Astro has exited (`scripts/search-index.ts`).
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
};

/**
 * The file of `indexDir` that a dev-server request for `/pagefind/…` asks
 * for, if it is one; Astro's dev server has already taken the base path off.
 */
export function indexFileFor(url: string, indexDir: string): string | undefined {
  const prefix = '/pagefind/';
  const pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  if (!pathname.startsWith(prefix)) return undefined;
  const root = resolve(indexDir);
  const file = resolve(root, `.${sep}${pathname.slice(prefix.length)}`);
  return file.startsWith(root + sep) ? file : undefined;
}

/** The integration: in `astro dev`, answers `/pagefind/…` from `<outDir>/pagefind/`; does nothing in `astro build`. */
export function pagefindSearch(): AstroIntegration {
  let indexDir = '';
  return {
    name: 'pole-image-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        indexDir = fileURLToPath(new URL('pagefind/', config.outDir));
      },
      'astro:server:setup': ({ server }) => {
        // `astro dev` builds no index: serve the last one built, if any; the search page says when there is none.
        server.middlewares.use((request, response, next) => {
          const file = request.url ? indexFileFor(request.url, indexDir) : undefined;
          if (!file) {
            next();
            return;
          }
          // Connect does not wait for a promise: the handler answers every request itself, 404 included.
          void (async () => {
            try {
              if (!(await stat(file)).isFile()) throw new Error('not a file');
              response.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
              response.setHeader('Cache-Control', 'no-cache');
              response.end(await readFile(file));
            } catch {
              response.statusCode = 404;
              response.end();
            }
          })();
        });
      },
    },
  };
}
