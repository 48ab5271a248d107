import { describe, expect, it } from 'vitest';
import {
  describeCharacter,
  findUnwantedReferences,
  findUnwantedCharacters,
  unwantedCharacterMessage,
  withoutXmlForbidden,
} from './characters.ts';

describe('findUnwantedCharacters', () => {
  it('finds the controls pasted from a PDF, with their line and the words around them', () => {
    const text = 'Titre\n\nLe budget\u000best de 1,85 million\u001f pour les projets\u0008 retenus.\n';
    expect(findUnwantedCharacters(text)).toEqual([
      {
        line: 3,
        found: ['U+000B (tabulation verticale)', "U+001F (séparateur d'unité)", 'U+0008 (retour arrière)'],
        excerpt: 'Le budget⟨U+000B⟩est de 1,85 million⟨U+001F⟩ pour les projets⟨U+0008⟩ retenus.',
      },
    ]);
  });

  it('finds characters that show as nothing: zero-width space, word joiner, soft hyphen, a BOM inside text', () => {
    const found = findUnwantedCharacters('dévelop\u00adpement\nun\u200bmot\nun\u2060mot\nun\ufeffmot').map(
      (p) => p.found,
    );
    expect(found).toEqual([
      ['U+00AD (trait d’union conditionnel)'],
      ['U+200B (espace sans chasse)'],
      ['U+2060 (gluon de mots)'],
      ['U+FEFF (espace insécable sans chasse)'],
    ]);
  });

  it('finds the line and paragraph separators pasted from a word processor, which readers show as a line break or nothing', () => {
    const found = findUnwantedCharacters('Bilan\u2028de l’année\nUn\u2029paragraphe').map((p) => p.found);
    expect(found).toEqual([['U+2028 (séparateur de ligne)'], ['U+2029 (séparateur de paragraphe)']]);
  });

  it('finds C1 controls, U+FFFE and lone surrogates', () => {
    expect(findUnwantedCharacters('a\u0085b \ufffe \ud83c x').flatMap((p) => p.found)).toEqual([
      'U+0085 (caractère de contrôle)',
      'U+FFFE (non-caractère)',
      'U+D83C (moitié de caractère isolée)',
    ]);
  });

  it('finds a lone surrogate in a text that holds nothing else unwanted', () => {
    expect(findUnwantedCharacters('Titre\n\nune moitié \udc00 seule, puis 🎬 entier\n')).toEqual([
      { line: 3, found: ['U+DC00 (moitié de caractère isolée)'], excerpt: 'une moitié ⟨U+DC00⟩ seule, puis 🎬 entier' },
    ]);
  });

  it('keeps tabs, line ends, French no-break spaces, emoji sequences, flags and Arabic', () => {
    const text = '\ufeff---\r\ntitle:\tLe pôle\u00a0: «\u202fimage\u202f»\r\n👩‍👩‍👧 🏴󠁧󠁢󠁳󠁣󠁴󠁿 ❤️ مهرجان\u200c نه\n';
    expect(findUnwantedCharacters(text)).toEqual([]);
  });

  it('shortens a long line around the characters', () => {
    const line = `${'a'.repeat(40)}\u000b${'b'.repeat(40)}`;
    expect(findUnwantedCharacters(line)[0]?.excerpt).toBe(`…${'a'.repeat(24)}⟨U+000B⟩${'b'.repeat(24)}…`);
  });
});

describe('unwantedCharacterMessage', () => {
  it('names the field, the character by its code and the fix', () => {
    const [problem] = findUnwantedCharacters('title: Titre collé\u000b depuis Word');
    expect(problem && unwantedCharacterMessage(problem, 'title')).toBe(
      '« title » : caractère invisible U+000B (tabulation verticale) dans « title: Titre collé⟨U+000B⟩ depuis Word » : effacez ce passage et retapez-le au clavier (un copier-coller depuis un PDF ou un traitement de texte en laisse, invisibles à l’écran)',
    );
  });

  it('names each kind of character once', () => {
    const [problem] = findUnwantedCharacters('a\u000bb\u000bc');
    expect(problem && unwantedCharacterMessage(problem)).toMatch(
      /^caractère invisible U\+000B \(tabulation verticale\) dans/,
    );
  });
});

describe('withoutXmlForbidden', () => {
  it('removes what XML 1.0 forbids and keeps the rest, soft hyphens and emoji included', () => {
    expect(withoutXmlForbidden('a\u0000b\u000bc\u001fd\ufffee\uffff f\u00adg 😀 \ud800 h\ti\r\n')).toBe(
      'abcde f\u00adg 😀  h\ti\r\n',
    );
  });
});

describe('describeCharacter', () => {
  it('writes a code the Unicode way, with a French name', () => {
    expect(describeCharacter('\u001b')).toBe('U+001B (échappement)');
    expect(describeCharacter('\u0001')).toBe('U+0001 (caractère de contrôle)');
  });
});

describe('findUnwantedReferences', () => {
  it('finds the references Markdown would turn into unwanted characters, and names each as written', () => {
    expect(findUnwantedReferences('Le budget&#11;est de 1,85&nbsp;million&#x1F; dév&shy;elop&#8203;pé.')).toEqual([
      {
        line: 1,
        found: [
          'U+000B (tabulation verticale) écrit &#11;',
          "U+001F (séparateur d'unité) écrit &#x1F;",
          'U+00AD (trait d’union conditionnel) écrit &shy;',
          'U+200B (espace sans chasse) écrit &#8203;',
        ],
        excerpt: 'Le budget&#11;est de 1,85&nbsp;million&#x1F; dév&shy;elop&#8203;pé.',
      },
    ]);
  });

  it('leaves the references of visible or wanted characters', () => {
    expect(findUnwantedReferences('&nbsp;&#160;&#x202F;&amp;&lt;&#233;&zwj;&#x200D;&#128512;&#99999999;')).toEqual([]);
  });
});
