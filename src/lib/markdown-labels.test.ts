import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentFileLanguage } from './markdown-labels.ts';

describe('contentFileLanguage', () => {
  it('reads English from a file of an en/ folder, of any collection, as a path or a URL', () => {
    expect(contentFileLanguage('/site/content/events/en/festival.md')).toBe('en');
    expect(contentFileLanguage(pathToFileURL('/site/content/pages/en/le-pole.mdx'))).toBe('en');
  });

  it('reads French from any other file, even under a folder named en higher up, and from no file', () => {
    expect(contentFileLanguage('/site/content/news/lancement.md')).toBe('fr');
    expect(contentFileLanguage('/home/en/content/news/lancement.md')).toBe('fr');
    expect(contentFileLanguage(undefined)).toBe('fr');
  });
});
