import { describe, expect, it } from 'vitest';
import { fieldHtml, fieldMarkdownProblems, fieldText } from './field-markdown.ts';

const underBase = (path: string) => `/pole-image${path}`;

describe('fieldHtml', () => {
  it('renders Markdown emphasis, links and lists, site links under the base path', () => {
    expect(
      fieldHtml('Oui, **un seul** ; voir [la liste](/membres/) et [le guide](https://example.org/).', underBase),
    ).toBe(
      '<p>Oui, <strong>un seul</strong>\u202f; voir <a href="/pole-image/membres/">la liste</a> et <a href="https://example.org/">le guide</a>.</p>',
    );
    expect(fieldHtml('- un\n- deux', underBase)).toBe('<ul>\n<li>un</li>\n<li>deux</li>\n</ul>');
  });

  it('keeps no script, style or image, as a second line behind the checks', () => {
    expect(
      fieldHtml('Texte <script>alert(1)</script> <img src="x.png" alt=""> <b style="color:red">gras</b>', underBase),
    ).toBe('<p>Texte   gras</p>');
  });

  it('renders an inline note without a paragraph around it', () => {
    expect(
      fieldHtml('La date limite est **repoussée** au [15 octobre](https://example.org).', underBase, 'inline'),
    ).toBe('La date limite est <strong>repoussée</strong> au <a href="https://example.org">15 octobre</a>.');
  });
});

describe('fieldText', () => {
  it('gives the text on one line, without markup and without escaping', () => {
    expect(fieldText('Oui, **un seul**.\n\nVoir [la liste](/membres/).')).toBe('Oui, un seul. Voir la liste.');
    expect(fieldText('Ateliers R&D <b>gras</b>')).toBe('Ateliers R&D gras');
  });
});

describe('fieldMarkdownProblems', () => {
  it('accepts the Markdown a field shows', () => {
    expect(fieldMarkdownProblems('Oui, **un seul** ; voir [la liste](/membres/).\n\n- un\n- deux', 'block')).toEqual(
      [],
    );
    expect(
      fieldMarkdownProblems('Repoussée au *15 octobre*, voir [le règlement](https://example.org).', 'inline'),
    ).toEqual([]);
  });

  it('refuses a script, an image and a frame written in HTML, each by name', () => {
    const problems = fieldMarkdownProblems(
      '<script>alert(1)</script><img src=x onerror=alert(1)><iframe src="https://example.org"></iframe>',
      'block',
    );
    const quote = '« <script>alert(1)</script><img src=x onerror=alert(1)><ifram… » : ';
    expect(problems).toEqual([
      `${quote}balise <script> non permise : le site n’exécute aucun script venu du texte : retirez-la`,
      expect.stringContaining(`${quote}balise <img> non permise : ce champ ne garde que du texte`),
      `${quote}attribut onerror non permis sur <img> : le site n’exécute aucun script venu du texte ; retirez-le`,
      expect.stringContaining(`${quote}balise <iframe> non permise : ce champ ne garde que du texte`),
    ]);
  });

  it('refuses a component, which only an .mdx body renders, and an attribute on an allowed tag', () => {
    expect(fieldMarkdownProblems('Une <CallToAction href="/x/">réponse</CallToAction>.', 'block')).toEqual([
      expect.stringMatching(
        /^« <CallToAction href="\/x\/"> » : composant <CallToAction> non permis : .* écrivez un lien/,
      ),
    ]);
    expect(fieldMarkdownProblems('<strong style="color:red">Important</strong>', 'inline')).toEqual([
      expect.stringContaining('attribut style non permis sur <strong>'),
    ]);
  });

  it('refuses images, titles and, in a one-sentence note, lists and a second paragraph', () => {
    expect(fieldMarkdownProblems('![Affiche](./affiche.png)', 'block')).toEqual([
      expect.stringMatching(/^une image ne s’affiche pas dans ce champ/),
    ]);
    expect(fieldMarkdownProblems('## Titre', 'block')).toEqual([
      expect.stringMatching(/^un titre \(#\) ne s’affiche pas dans ce champ/),
    ]);
    expect(fieldMarkdownProblems('- un\n- deux', 'inline')).toEqual([
      expect.stringMatching(/^une liste ne s’affiche pas dans ce champ/),
    ]);
    expect(fieldMarkdownProblems('Un.\n\nDeux.', 'inline')).toEqual([expect.stringMatching(/^plusieurs paragraphes/)]);
  });
});
