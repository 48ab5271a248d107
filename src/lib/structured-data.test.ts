import { describe, expect, it } from 'vitest';
import { jsonLd, webSite } from './structured-data.ts';

describe('webSite', () => {
  it('points the search action to the search page, base path included', () => {
    const data = webSite(
      'Pôle Image',
      'https://example.org/pole-image/',
      'https://example.org/pole-image/recherche/',
    ) as { url: string; potentialAction: { target: { urlTemplate: string } } };
    expect(data.url).toBe('https://example.org/pole-image/');
    expect(data.potentialAction.target.urlTemplate).toBe(
      'https://example.org/pole-image/recherche/?q={search_term_string}',
    );
  });
});

describe('jsonLd', () => {
  it('cannot close its script element', () => {
    const json = jsonLd({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
