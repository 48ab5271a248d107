/**
 * Site search with Pagefind: during `astro build`, sends each page to
 * Pagefind's own process as soon as it is rendered (so that indexing runs on
 * the other core), then at the end adds any page not seen, writes the index
 * into `<outDir>/pagefind/`, and fails the build if it cannot; in
 * `astro dev`, serves the index of the last build under `<base>pagefind/`.
 */
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { htmlForIndex } from '../lib/search-text.ts';
import { PAGE_SINK, type PageSink } from './pagefind-pages.ts';

/** Every HTML file of a built site, relative to it, with `/` separators. */
async function htmlFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Pagefind's ready-made interfaces and highlighter: the site has its own, so they are not published. */
const unusedFiles = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Pagefind runs as a separate program that may die without a word: a build must then fail, not wait forever. */
const DEADLINE_MS = 10 * 60 * 1000;

function failure(what: string, errors: string[] = []): Error {
  return new Error(`Recherche\u00a0: ${what}${errors.length ? ` (Pagefind\u00a0: ${errors.join(' ; ')})` : ''}.`);
}

/** A Pagefind index being filled: pages go in as they come, in the order given. */
interface SiteIndex {
  /**
   * Adds a built page, `file` being its path in the site (`actualites/x/index.html`);
   * Pagefind leaves out a page without `data-pagefind-body` (lists, keywords), so it is not even sent.
   */
  add(file: string, html: string): void;
  /** Adds the pages of `siteDir` not added yet, then writes the index into `siteDir/pagefind/`. */
  finish(siteDir: string): Promise<{ pages: number }>;
}

async function openIndex(): Promise<SiteIndex> {
  const { index, errors } = await pagefind.createIndex({
    // No `forceLanguage`: Pagefind splits the index by each page's `<html lang>`, French
    // pages with French stemming, English ones with English stemming, and each search
    // page loads the index of its own language.
    // What assistive technologies skip (monograms, « 400+ » read as « plus de 400 ») is decoration.
    excludeSelectors: ['[aria-hidden="true"]'],
  });
  if (!index || errors.length) throw failure('impossible de créer l’index', errors);
  const seen = new Set<string>();
  const indexed: string[] = [];
  const pending: Promise<void>[] = [];
  const add = (file: string, html: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!html.includes('data-pagefind-body')) return;
    indexed.push(file);
    // Sent without waiting: Pagefind's own process indexes while the build goes on.
    const done = index.addHTMLFile({ sourcePath: file, content: htmlForIndex(html) }).then((added) => {
      if (added.errors.length) throw failure(`impossible d’indexer ${file}`, added.errors);
    });
    // Reported by `finish`, not as an unhandled rejection.
    done.catch(() => undefined);
    pending.push(done);
  };
  const finish = async (siteDir: string) => {
    const onDisk = await htmlFiles(siteDir);
    for (const file of onDisk) if (!seen.has(file)) add(file, await readFile(join(siteDir, file), 'utf8'));
    const written = new Set(onDisk);
    const astray = indexed.filter((file) => !written.has(file));
    if (astray.length) throw failure(`pages indexées absentes de ${siteDir}\u00a0: ${astray.slice(0, 5).join(', ')}`);
    await Promise.all(pending);
    return writeIndex(index, siteDir);
  };
  return { add, finish };
}

async function writeIndex(index: pagefind.PagefindIndex, siteDir: string): Promise<{ pages: number }> {
  // Written here rather than by Pagefind, whose service stops without an answer when it cannot write.
  const { files, errors: fileErrors } = await index.getFiles();
  if (fileErrors.length) throw failure('impossible de produire l’index', fileErrors);
  const outputPath = join(siteDir, 'pagefind');
  let pages = 0;
  for (const { path, content } of files) {
    if (unusedFiles.test(path)) continue;
    const target = join(outputPath, path);
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, content);
    } catch (error) {
      throw failure(`impossible d’écrire ${target}`, [error instanceof Error ? error.message : String(error)]);
    }
    if (path === 'pagefind-entry.json') {
      const entry = JSON.parse(Buffer.from(content).toString('utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    }
  }
  if (pages === 0) throw failure(`aucune page à indexer dans ${siteDir} (attribut data-pagefind-body absent\u00a0?)`);
  return { pages };
}

/** Finishes the index of `siteDir`, or fails after `deadlineMs`; Pagefind's process is stopped either way. */
async function finishIndex(index: SiteIndex, siteDir: string, deadlineMs: number): Promise<{ pages: number }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(failure(`Pagefind n’a pas fini en ${deadlineMs / 1000}\u00a0s`)), deadlineMs);
  });
  try {
    return await Promise.race([index.finish(siteDir), deadline]);
  } finally {
    clearTimeout(timer);
    await pagefind.close();
  }
}

/**
 * Indexes the built pages of `siteDir` into `siteDir/pagefind/` and returns
 * how many pages the index holds; throws, in French, if anything goes wrong.
 */
export async function indexSite(siteDir: string, deadlineMs = DEADLINE_MS): Promise<{ pages: number }> {
  return finishIndex(await openIndex(), siteDir, deadlineMs);
}

/** The file a page address is written to in a `build.format: 'directory'` site (`/x/` → `x/index.html`). */
function fileForPath(pathname: string, base: string): string {
  const path = decodeURIComponent(pathname.startsWith(base) ? pathname.slice(base.length) : pathname).replace(
    /^\/+/,
    '',
  );
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return path.endsWith('.html') ? path : `${path}.html`;
}

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

export function pagefindSearch(): AstroIntegration {
  let indexDir = '';
  let base = '/';
  let opened: Promise<SiteIndex> | undefined;
  const sinks = globalThis as typeof globalThis & { [PAGE_SINK]?: PageSink | undefined };
  return {
    name: 'pole-image-pagefind',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        // During a build, every page goes to the index as soon as it is rendered (see pagefind-pages.ts).
        if (command === 'build')
          addMiddleware({ entrypoint: new URL('./pagefind-pages.ts', import.meta.url), order: 'post' });
      },
      'astro:config:done': ({ config }) => {
        indexDir = fileURLToPath(new URL('pagefind/', config.outDir));
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': () => {
        opened = openIndex();
        // Waits for the index to open; a failure to open is reported at the end of the build.
        opened.catch(() => undefined);
        sinks[PAGE_SINK] = {
          page: (pathname, html) => void opened?.then((index) => index.add(fileForPath(pathname, base), html)),
        };
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
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        sinks[PAGE_SINK] = undefined;
        const { pages } = await finishIndex(await (opened ?? openIndex()), fileURLToPath(dir), DEADLINE_MS);
        const seconds = ((performance.now() - started) / 1000).toFixed(2).replace('.', ',');
        // `npm run bench` reads the indexing time from this line.
        logger.info(`${pages} pages indexées pour la recherche en ${seconds}\u00a0s`);
      },
    },
  };
}
