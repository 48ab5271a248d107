/**
 * The maintainers' and editors' documents point only at what exists: every
 * relative link (and its #anchor) and every repository path written in
 * backticks, outside code blocks.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const DOCUMENTS = [
  'README.md',
  'CONTRIBUTING.md',
  'bench/results.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];
/** What builds and tools write: named in the documents, absent from a fresh clone. */
const GENERATED = /^(?:dist|tmp|\.cache|\.astro|node_modules|screenshots|coverage|test-results)\//;
/** The first part of a repository path (`src/…`); `application/wasm` or `actions/cache` are not paths. */
const TOP_LEVEL = new Set(readdirSync(ROOT));
/** Files the guides show being created: the example of `npm run new` and the full call of docs/editing.md. */
const EXAMPLES = new Set([
  'content/news/appel-a-projets-2010-les-laureats.md',
  'content/calls/appel-nouvelles-ecritures.md',
  'content/calls/appel-nouvelles-ecritures/',
]);

/** The text of a Markdown document without its fenced code blocks. */
const prose = (markdown: string) => markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchorOf = (heading: string) =>
  heading
    .replace(/`/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const anchorsOf = (markdown: string) =>
  new Set([...prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*$/gm)].map(([, heading = '']) => anchorOf(heading)));

describe('the documents', () => {
  it('include the README, CONTRIBUTING.md and the guides of docs/', () => {
    expect(DOCUMENTS).toEqual(
      expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'docs/editing.md', 'docs/deploy.md', 'docs/design.md']),
    );
  });

  it.each(DOCUMENTS)('%s links only to files and headings that exist', (document) => {
    const text = readFileSync(join(ROOT, document), 'utf8');
    const broken: string[] = [];
    // Links shown as code (`[Ankama](/membres/ankama/)`) are examples, and a link to /… is a page of the site.
    for (const [, target = ''] of prose(text)
      .replace(/`[^`\n]*`/g, '')
      .matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(?:[a-z]+:|<|\/)/i.test(target)) continue;
      const [path = '', anchor] = target.split('#');
      const file = path ? resolve(ROOT, dirname(document), path) : join(ROOT, document);
      if (!existsSync(file)) broken.push(`${target}: no file ${relative(ROOT, file)}`);
      else if (anchor && file.endsWith('.md') && !anchorsOf(readFileSync(file, 'utf8')).has(decodeURIComponent(anchor)))
        broken.push(`${target}: no heading #${anchor} in ${relative(ROOT, file)}`);
    }
    expect(broken).toEqual([]);
  });

  it.each(DOCUMENTS)('%s names in backticks only repository paths that exist', (document) => {
    const text = prose(readFileSync(join(ROOT, document), 'utf8'));
    const missing = [...text.matchAll(/`([^`\s]+)`/g)]
      .map(([, code = '']) => code)
      .filter((code) => /^[\w.-]+\/[\w./@-]*$/.test(code) && TOP_LEVEL.has(code.split('/')[0] ?? ''))
      .filter((path) => !GENERATED.test(path) && !EXAMPLES.has(path) && !existsSync(join(ROOT, path)));
    expect(missing).toEqual([]);
  });
});
