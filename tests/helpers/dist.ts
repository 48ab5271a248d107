/** Reading a built site (`dist/`) the way a browser would follow it. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { HTMLElement, TextNode, parse } from 'node-html-parser';

/** Every file of a built site, relative to it, with `/` separators. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Every file of a built site as text, by path; the search index's gzip-compressed fragments and metadata unpacked. */
export function siteText(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of listFiles(dir)) {
    const bytes = readFileSync(join(dir, file));
    texts.set(file, (/\.pf_(fragment|meta)$/.test(file) ? gunzipSync(bytes) : bytes).toString('utf8'));
  }
  return texts;
}

/** The file that serves a site path (`/membres/` → `membres/index.html`), if any. */
function fileFor(dir: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const inSite = decodeURIComponent(pathname.slice(base.length));
  const candidate = join(dir, inSite.endsWith('/') || inSite === '' ? join(inSite, 'index.html') : inSite);
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

const pageCache = new Map<string, HTMLElement>();

/** The parsed HTML of a page, by its site path relative to the base (`membres/ankama/`). */
export function readPage(dir: string, path: string): HTMLElement {
  const file = join(dir, path.endsWith('/') || path === '' ? join(path, 'index.html') : path);
  let page = pageCache.get(file);
  if (!page) {
    page = parse(readFileSync(file, 'utf8'));
    pageCache.set(file, page);
  }
  return page;
}

/** The site path (`/pole-image/membres/`) a page file is served at. */
export function pathOf(base: string, file: string): string {
  if (file === 'index.html') return base;
  if (file.endsWith('/index.html')) return base + file.slice(0, -'index.html'.length);
  return base + file;
}

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

const linkAttributes: [string, string][] = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['form', 'action'],
];

function referencesIn(page: HTMLElement): string[] {
  const refs: string[] = [];
  for (const [tag, attribute] of linkAttributes) {
    for (const element of page.querySelectorAll(`${tag}[${attribute}]`)) {
      refs.push(element.getAttribute(attribute) ?? '');
    }
  }
  for (const element of page.querySelectorAll('[srcset]')) {
    for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) refs.push(url);
    }
  }
  return refs;
}

/**
 * Every link, script, stylesheet, image and form target of every page that
 * stays on the site and does not resolve to a file of the build, or to an
 * element id for a `#fragment`.
 */
export function brokenLinks(dir: string, base: string, siteUrl: string): BrokenLink[] {
  const origin = new URL(siteUrl).origin;
  const broken: BrokenLink[] = [];
  for (const file of listFiles(dir).filter((f) => f.endsWith('.html'))) {
    const pagePath = pathOf(base, file);
    const page = readPage(dir, file);
    for (const ref of referencesIn(page)) {
      const url = new URL(ref, origin + pagePath);
      if (url.origin !== origin || !/^https?:$/.test(url.protocol)) continue;
      const target = fileFor(dir, base, url.pathname);
      if (!target) {
        broken.push({
          page: pagePath,
          link: ref,
          reason: url.pathname.startsWith(base) ? 'no such file' : `outside ${base}`,
        });
        continue;
      }
      if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        const targetPage = readPage(dir, relative(dir, target).split(sep).join('/'));
        if (!targetPage.getElementById(id)) broken.push({ page: pagePath, link: ref, reason: `no element #${id}` });
      }
    }
  }
  return broken;
}

/** The visible text of a page: its text nodes outside scripts and styles. */
export function visibleText(page: HTMLElement): string[] {
  const texts: string[] = [];
  const walk = (node: HTMLElement) => {
    for (const child of node.childNodes) {
      if (child instanceof TextNode) texts.push(child.rawText);
      else if (child instanceof HTMLElement) {
        const tag = child.rawTagName.toLowerCase();
        if (tag !== 'script' && tag !== 'style' && tag !== 'template') walk(child);
      }
    }
  };
  walk(page);
  return texts;
}
