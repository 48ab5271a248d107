import { describe, expect, it } from 'vitest';
import { answerHtml, answerText } from './answer-html.ts';

const underBase = (path: string) => `/pole-image${path}`;

describe('answerHtml', () => {
  it('renders Markdown emphasis, links and lists, site links under the base path', () => {
    expect(
      answerHtml('Oui, **un seul** ; voir [la liste](/membres/) et [le guide](https://example.org/).', underBase),
    ).toBe(
      '<p>Oui, <strong>un seul</strong> ; voir <a href="/pole-image/membres/">la liste</a> et <a href="https://example.org/">le guide</a>.</p>',
    );
    expect(answerHtml('- un\n- deux', underBase)).toBe('<ul>\n<li>un</li>\n<li>deux</li>\n</ul>');
  });

  it('keeps no script, style or image', () => {
    expect(
      answerHtml('Texte <script>alert(1)</script> <img src="x.png" alt=""> <b style="color:red">gras</b>', underBase),
    ).toBe('<p>Texte   gras</p>');
  });
});

describe('answerText', () => {
  it('gives the answer as plain text on one line', () => {
    expect(answerText('Oui, **un seul**.\n\nVoir [la liste](/membres/).')).toBe('Oui, un seul. Voir la liste.');
  });
});
