/**
 * The content layer's data store, read from its file when `astro build`
 * renders the pages, and when `astro dev` reloads it after an edit, rather
 * than inlined into a module of the whole file.
 *
 * Astro 7 turns its store (`<cacheDir>/data-store.json`: every entry's data
 * and rendered HTML, 128 MB at 10,000 articles) into a module whose code is
 * `JSON.parse("…the whole file…")`. The bundler then carries that string, and
 * the rendering process keeps three copies of it for the whole build: the
 * module's source, the string literal and the file read (about 700 MiB at
 * 10,000 articles, measured in `/proc/<pid>/smaps`). Read from the file at
 * run time, the string is parsed once and collected: the build's peak memory
 * falls by about 540 MiB at 10,000 articles, for the same `dist/` byte for
 * byte (bench/results.md).
 *
 * The file is first copied for this build alone: between bundling and
 * rendering, another Astro process on the same content (`astro sync` in
 * `npm run check`, a second build) may rewrite the store, which the inlined
 * module was immune to.
 */
import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's virtual module of the store, as resolved by its content plugin (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * The module's code: the store parsed from `file` (an absolute path) when the
 * module runs, as Astro's own module would give it.
 */
export function dataStoreModule(file: string): string {
  return [
    "import { readFileSync } from 'node:fs';",
    `export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
  ].join('\n');
}

/** Whether process `pid` runs (`EPERM`: it runs, as another user). */
function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes from `dir` (the cache folder) the per-build copies of the store,
 * `data-store.build-<pid>.json`, whose build process no longer runs: a build
 * stopped by a signal (Ctrl-C, SIGTERM) exits without its `exit` event, and
 * its copy (the size of the store) would otherwise stay for good.
 */
export function removeStaleSnapshots(dir: string): void {
  for (const name of readdirSync(dir)) {
    const pid = /^data-store\.build-(\d+)\.json$/.exec(name)?.[1];
    if (pid && !processRuns(Number(pid))) rmSync(join(dir, name), { force: true });
  }
}

/**
 * A Vite plugin giving Astro's store module as `dataStoreModule` of the file
 * `source()` names at each load, or leaving it to Astro when it names none.
 */
function storeFromFile(source: () => string | undefined) {
  return {
    name: 'pole-image-data-store-file',
    load: {
      // Before Astro's content plugin, which would inline the store.
      order: 'pre' as const,
      filter: { id: /^\0astro:data-layer-content$/ },
      handler(id: string) {
        const file = id === DATA_STORE_MODULE ? source() : undefined;
        if (!file) return null;
        // What Astro's incremental build looks for to tell content data from code.
        return {
          code: dataStoreModule(file),
          map: { mappings: '' },
          meta: { astroIncremental: { kind: 'content-data' } },
        };
      },
    },
  };
}

/**
 * The integration, when the store is one file (`experimental.collectionStorage`,
 * `'single-file'` by default). In `astro build`, the module reads a copy of
 * the store made for the build; in `astro dev`, `.astro/data-store.json` as
 * it stands, each time Astro reloads the module after an edit (at
 * N = 10,000, Vite no longer transforms a 128 MB module for every edit). Fails the build, naming
 * this file, if Astro never asked for the module: its internals will have
 * changed, and the saving would be lost without a word.
 */
export function dataStoreFile(): AstroIntegration {
  let file: string | undefined;
  let snapshot: string | undefined;
  const removeSnapshot = () => {
    if (snapshot) rmSync(snapshot, { force: true });
  };
  return {
    name: 'pole-image-data-store-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (config.experimental.collectionStorage !== 'single-file') return;
        if (command === 'dev') {
          // The dev server's store, which it rewrites whole (to a temporary file, then renamed) and
          // then reloads: read as it stands, without a copy.
          const devStore = fileURLToPath(new URL('.astro/data-store.json', config.root));
          updateConfig({ vite: { plugins: [storeFromFile(() => (existsSync(devStore) ? devStore : undefined))] } });
          return;
        }
        if (command !== 'build') return;
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        file = storeFile;
        updateConfig({
          vite: {
            plugins: [
              storeFromFile(() => {
                if (!existsSync(storeFile)) return undefined;
                if (!snapshot) {
                  removeStaleSnapshots(dirname(storeFile));
                  snapshot = storeFile.replace(/\.json$/, `.build-${String(process.pid)}.json`);
                  copyFileSync(storeFile, snapshot);
                  // Gone with the build, whether it succeeds or fails.
                  process.once('exit', removeSnapshot);
                }
                return snapshot;
              }),
            ],
          },
        });
      },
      'astro:build:done': () => {
        removeSnapshot();
        if (file && !snapshot) {
          throw new Error(
            `src/integrations/data-store-file.ts: Astro has not loaded ${DATA_STORE_MODULE.slice(1)} from ${file}; its content layer has changed: update or remove this integration.`,
          );
        }
      },
    },
  };
}
