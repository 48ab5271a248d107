import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { markdownHeadingIds } from './markdown-heading-ids.ts';

/** The HTML of `markdown` with this plugin then Astro's own heading ids, in the order Astro runs them. */
const html = async (markdown: string) =>
  (await markdownToHtml(markdown, { hastPlugins: [markdownHeadingIds, satteriHeadingIdsPlugin()] })).html;

describe('markdownHeadingIds', () => {
  it('names the headings that have no letter or digit, in their order, and no id is empty', async () => {
    const out = await html('## 🎬\n\nTexte.\n\n### …\n\n## Le jury\n');
    expect(out).toContain('<h2 id="intertitre-1">🎬</h2>');
    expect(out).toContain('<h3 id="intertitre-2">…</h3>');
    expect(out).toContain('<h2 id="le-jury">Le jury</h2>');
    expect(out).not.toContain('id=""');
  });

  it('leaves the other headings to Astro, even with an emoji beside words', async () => {
    expect(await html('## 🎬 Tournage\n\n## Tournage\n')).toBe(
      '<h2 id="-tournage">🎬 Tournage</h2>\n<h2 id="tournage">Tournage</h2>\n',
    );
  });

  it('starts again at 1 in each text', async () => {
    expect(await html('## ★\n')).toContain('id="intertitre-1"');
    expect(await html('## ☆\n')).toContain('id="intertitre-1"');
  });
});
