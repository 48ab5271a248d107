/**
 * French typography in the visible text of every page.
 */
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readPage, visibleText } from '../helpers/dist.ts';

const { site } = inject('sites');
const page = (path: string) => readPage(site.dir, path);

describe('French typography', () => {
  it('never lets a line start with « : ; ! ? » » or end with « « »', () => {
    const offending: string[] = [];
    for (const file of listFiles(site.dir).filter((f) => f.endsWith('.html'))) {
      for (const text of visibleText(page(file))) {
        const decoded = text.replace(/&nbsp;/g, '\u00a0').replace(/&#x27;|&#39;/g, "'");
        for (const match of decoded.matchAll(/(?:\S {1,}[:;!?»])|(?:« )/g))
          offending.push(`${file}: “${match[0]}” in “${decoded.trim().slice(0, 80)}”`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('uses typographic apostrophes in visible text', () => {
    const offending: string[] = [];
    for (const file of listFiles(site.dir).filter((f) => f.endsWith('.html'))) {
      for (const text of visibleText(page(file))) {
        const decoded = text.replace(/&#x27;|&#39;/g, "'");
        if (/\p{L}'\p{L}/u.test(decoded)) offending.push(`${file}: ${decoded.trim().slice(0, 80)}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
