import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { markdownComments, withoutComments } from './markdown-comments.ts';

const html = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [markdownComments] }).html;

describe('markdownComments', () => {
  it('removes a comment left as a note, on its own line or in a sentence', () => {
    expect(html('Avant.\n\n<!-- Note interne : ne pas publier le nom du lauréat -->\n\nAprès.\n')).toBe(
      '<p>Avant.</p>\n\n<p>Après.</p>\n',
    );
    expect(html('Le jury <!-- à confirmer --> se réunit <b>lundi</b>.\n')).toBe(
      '<p>Le jury  se réunit <b>lundi</b>.</p>\n',
    );
  });

  it('removes a comment running over several paragraphs, and one never closed', () => {
    expect(html('<!-- première ligne\n\nseconde ligne -->\n\nTexte.\n')).toBe('\n<p>Texte.</p>\n');
    expect(withoutComments('<div>a</div><!-- jamais fermé')).toBe('<div>a</div>');
  });

  it('leaves a comment written in code as it is', () => {
    expect(html('`<!-- exemple -->`\n')).toBe('<p><code>&lt;!-- exemple --&gt;</code></p>\n');
  });
});
