/**
 * What a reader downloads to display a built page before doing anything:
 * the HTML, the stylesheets it links, its scripts and the modules they
 * import statically (not the ones loaded on demand, such as search), the
 * fonts of those stylesheets and the images of the page; raw and gzipped.
 * Used by the page-weight budget test and by `npm run bench`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

interface Bytes {
  raw: number;
  gzip: number;
}

type ResourceKind = 'html' | 'css' | 'js' | 'fonts' | 'images';

export interface PageWeight extends Record<ResourceKind, Bytes> {
  /** Every file counted, with its kind and size. */
  files: { kind: ResourceKind; path: string; raw: number; gzip: number }[];
}

/** Budgets of one page type, in bytes; `htmlCss` and `js` gzipped, fonts and images as files (already compressed). */
export interface PageBudget {
  htmlCss: number;
  js: number;
  fonts: number;
  images: number;
}

export type PageType = 'home' | 'article' | 'member' | 'call' | 'event' | 'search';

/**
 * The page-weight budgets, checked by `tests/build/page-weight.test.ts`
 * on the real site and reported by `npm run bench`. JavaScript is what runs
 * before the reader searches; fonts are every woff2 file of the page's CSS.
 */
export const pageBudgets: Record<PageType, PageBudget> = {
  // Home and call pages run two status scripts, the calls' and the agenda's (about 600 bytes each).
  home: { htmlCss: 15_000, js: 2_500, fonts: 100_000, images: 100_000 },
  article: { htmlCss: 15_000, js: 2_000, fonts: 100_000, images: 150_000 },
  member: { htmlCss: 15_000, js: 2_000, fonts: 100_000, images: 50_000 },
  call: { htmlCss: 15_000, js: 2_500, fonts: 100_000, images: 50_000 },
  // An event page runs the same two status scripts, and may have an illustration, as an article may.
  event: { htmlCss: 15_000, js: 2_500, fonts: 100_000, images: 150_000 },
  // The search page runs its interface from the start; Pagefind itself loads on the first search.
  // 5.5 KB since it also reads the list of the index's shards (about 0.2 KB of code); the code
  // that searches shards is written beside the index, and loaded, only where the index is split.
  search: { htmlCss: 15_000, js: 5_500, fonts: 100_000, images: 50_000 },
};

const gzip = (content: Buffer) => gzipSync(content).length;

/** Static imports of an ES module (`import"./a.js"`, `import{x}from"./b.js"`, `export…from`), not `import()`. */
function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/\b(?:import|export)\s*(?:[^"'`();]*?\bfrom\s*)?["'`]([^"'`]+)["'`]/g)) {
    if (match[1]) found.push(match[1]);
  }
  return found;
}

/** `url(…)` of woff2 fonts in a stylesheet. */
function fontUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+\.woff2(?:[?#][^"')]*)?)["']?\s*\)/g)].map((m) => m[1] as string);
}

/**
 * The weight of the page at `pagePath` (such as `/actualites/x/`) of the
 * site built in `distDir` and served under `base`.
 */
export function pageWeight(distDir: string, pagePath: string, base = '/'): PageWeight {
  const files: PageWeight['files'] = [];
  const seen = new Set<string>();
  /** The file of a site path, or undefined for another site or a missing file. */
  const fileOf = (url: string, from: string): string | undefined => {
    if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return undefined;
    const path = posix.resolve(from, url.split(/[?#]/)[0] as string);
    if (!path.startsWith(base)) return undefined;
    const file = join(distDir, path.slice(base.length));
    return existsSync(file) ? file : undefined;
  };
  const add = (kind: ResourceKind, file: string | undefined): Buffer | undefined => {
    if (!file || seen.has(file)) return undefined;
    seen.add(file);
    const content = readFileSync(file);
    files.push({ kind, path: file.slice(distDir.length), raw: content.length, gzip: gzip(content) });
    return content;
  };

  const pageDir = pagePath.endsWith('/') ? pagePath : posix.dirname(pagePath);
  const htmlFile = join(distDir, pagePath.slice(base.length), pagePath.endsWith('/') ? 'index.html' : '');
  const html = add('html', htmlFile);
  if (!html) throw new Error(`No page at ${pagePath} in ${distDir}`);
  const document = parse(html.toString('utf8'));

  const addModule = (file: string | undefined) => {
    const code = add('js', file);
    if (!code || !file) return;
    const from = `${base}${posix.relative(distDir, dirname(file)).split('\\').join('/')}/`.replace(/\/+/g, '/');
    for (const url of staticImports(code.toString('utf8'))) addModule(fileOf(url, from));
  };
  const addStylesheet = (file: string | undefined) => {
    const css = add('css', file);
    if (!css || !file) return;
    const from = `${base}${posix.relative(distDir, dirname(file))}/`.replace(/\/+/g, '/');
    for (const url of fontUrls(css.toString('utf8'))) add('fonts', fileOf(url, from));
  };

  for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]')) {
    addStylesheet(fileOf(link.getAttribute('href') ?? '', pageDir));
  }
  for (const style of document.querySelectorAll('style')) {
    for (const url of fontUrls(style.textContent)) add('fonts', fileOf(url, pageDir));
  }
  for (const script of document.querySelectorAll('script[src]'))
    addModule(fileOf(script.getAttribute('src') ?? '', pageDir));
  for (const link of document.querySelectorAll('link[rel="modulepreload"][href]')) {
    addModule(fileOf(link.getAttribute('href') ?? '', pageDir));
  }
  for (const link of document.querySelectorAll('link[rel="preload"][as="font"][href]')) {
    add('fonts', fileOf(link.getAttribute('href') ?? '', pageDir));
  }
  // The image a browser picks at most: `src`, which Astro sets to the largest width of a `srcset`.
  for (const image of document.querySelectorAll('img[src]'))
    add('images', fileOf(image.getAttribute('src') ?? '', pageDir));
  for (const link of document.querySelectorAll('link[rel~="icon"][href]'))
    add('images', fileOf(link.getAttribute('href') ?? '', pageDir));

  const total = (kind: ResourceKind): Bytes => ({
    raw: files.filter((f) => f.kind === kind).reduce((sum, f) => sum + f.raw, 0),
    gzip: files.filter((f) => f.kind === kind).reduce((sum, f) => sum + f.gzip, 0),
  });
  return {
    html: total('html'),
    css: total('css'),
    js: total('js'),
    fonts: total('fonts'),
    images: total('images'),
    files,
  };
}

/** How a page exceeds its budget, in words; empty when it does not. */
export function overBudget(weight: PageWeight, budget: PageBudget): string[] {
  const problems: string[] = [];
  const check = (what: string, actual: number, limit: number) => {
    if (actual > limit) problems.push(`${what}: ${actual} bytes, budget ${limit}`);
  };
  check('HTML + CSS (gzip)', weight.html.gzip + weight.css.gzip, budget.htmlCss);
  check('JavaScript before searching (gzip)', weight.js.gzip, budget.js);
  check('fonts', weight.fonts.raw, budget.fonts);
  check('images', weight.images.raw, budget.images);
  return problems;
}
