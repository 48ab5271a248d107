/** Page structure that assistive technologies rely on, on every built page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readPage } from '../helpers/dist.ts';

const { site } = inject('sites');
const pages = listFiles(site.dir).filter((file) => file.endsWith('.html'));

describe('every page', () => {
  it('has exactly one h1, and headings that never skip a level', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const headings = readPage(site.dir, file).querySelectorAll('h1, h2, h3, h4, h5, h6');
      const levels = headings.map((h) => Number(h.tagName.slice(1)));
      if (levels.filter((level) => level === 1).length !== 1)
        problems.push(`${file}: ${levels.filter((l) => l === 1).length} h1`);
      if (levels[0] !== 1) problems.push(`${file}: first heading is h${levels[0]}`);
      levels.forEach((level, i) => {
        const previous = levels[i - 1];
        if (previous !== undefined && level > previous + 1)
          problems.push(`${file}: h${previous} then h${level} (« ${headings[i]?.text.trim()} »)`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('has the landmarks: a banner, a main navigation, one main, a content info', () => {
    for (const file of pages) {
      const page = readPage(site.dir, file);
      expect(page.querySelectorAll('body > header, header.site-header'), file).toHaveLength(1);
      const navigation = file.startsWith('en/') ? 'Main navigation' : 'Navigation principale';
      expect(page.querySelector(`nav[aria-label="${navigation}"]`), file).not.toBeNull();
      expect(page.querySelectorAll('main'), file).toHaveLength(1);
      expect(page.querySelectorAll('footer.site-footer'), file).toHaveLength(1);
    }
  });

  it('labels every form field with a real label, not a placeholder', () => {
    for (const file of pages) {
      const page = readPage(site.dir, file);
      for (const field of page.querySelectorAll('input:not([type="hidden"]), select, textarea')) {
        const id = field.getAttribute('id');
        const labelled =
          (id && page.querySelector(`label[for="${id}"]`)) ||
          field.getAttribute('aria-label') ||
          field.closest('label');
        expect(labelled, `${file}: ${field.outerHTML.slice(0, 80)}`).toBeTruthy();
      }
    }
  });

  it('gives links texts that make sense out of context (no « cliquez ici », « lire la suite » alone)', () => {
    const vague = /^(ici|cliquez ici|lire la suite|en savoir plus|plus|lien)$/i;
    for (const file of pages) {
      for (const link of readPage(site.dir, file).querySelectorAll('a')) {
        const text = (link.getAttribute('aria-label') ?? link.text).replace(/\s+/g, ' ').trim();
        expect(text, `${file}: ${link.outerHTML.slice(0, 80)}`).not.toMatch(vague);
        expect(text.length, `${file}: empty link ${link.outerHTML.slice(0, 80)}`).toBeGreaterThan(0);
      }
    }
  });
});

/** The text of every script element of a page that a browser runs (not JSON-LD data). */
function scriptTexts(html: string): string[] {
  return parse(html)
    .querySelectorAll('script')
    .filter((script) => script.getAttribute('type') !== 'application/ld+json')
    .map((script) => script.rawText);
}

describe('text from front matter', () => {
  it('is escaped in pages and feeds: HTML typed by an editor stays text', () => {
    const article = readPage(site.dir, 'actualites/test-pagination-01/');
    expect(article.querySelector('.lede')?.text).toContain('avec du <b>HTML</b> & un <script>alert(1)</script>');
    // Parsed as a browser does (quoted attribute values may hold « < »): no script carries the text.
    const html = readFileSync(join(site.dir, 'actualites/test-pagination-01/index.html'), 'utf8');
    expect(scriptTexts(html).some((text) => text.includes('alert(1)'))).toBe(false);
    // In JSON-LD the text stays data: its « < » are escaped, so it cannot close the script.
    expect(html).toContain('\\u003cscript>alert(1)\\u003c/script>');
    expect(readFileSync(join(site.dir, 'actualites/test-pagination-01/index.html'), 'utf8')).toContain(
      '&lt;script&gt;alert(1)',
    );
    const feed = readFileSync(join(site.dir, 'actualites/rss.xml'), 'utf8');
    expect(feed).toContain('&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;');
    expect(feed).not.toContain('&lt;script&gt;alert(1)');
  });
});

describe('links to other sites', () => {
  it('all carry rel="noopener"', () => {
    const origin = 'https://pole-image.example';
    for (const file of pages) {
      for (const link of readPage(site.dir, file).querySelectorAll('a[href^="http"]')) {
        if (link.getAttribute('href')?.startsWith(origin)) continue;
        expect(link.getAttribute('rel') ?? '', `${file}: ${link.getAttribute('href')}`).toContain('noopener');
      }
    }
  });
});
