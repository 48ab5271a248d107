import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { markdownTableAlign } from './markdown-table-align.ts';

describe('markdownTableAlign', () => {
  it('writes column alignment as a class, never as an inline style', () => {
    const { html } = markdownToHtml('| Thème | Montant | Note |\n| :--- | ---: | :---: |\n| Jeu | 500 000 € | A |\n', {
      hastPlugins: [markdownTableAlign],
    });
    expect(html).not.toContain('style=');
    expect(html).toContain('<th class="align-left">Thème</th>');
    expect(html).toContain('<td class="align-right">500 000 €</td>');
    expect(html).toContain('<td class="align-center">A</td>');
  });
});
