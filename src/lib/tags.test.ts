import { describe, expect, it } from 'vitest';
import { checkTags } from './tags.ts';

describe('checkTags', () => {
  it('accepts the same keyword written the same way in several articles', () => {
    expect(
      checkTags([
        { file: 'a.md', tags: ['Jeu vidéo', 'Tourcoing'] },
        { file: 'b.md', tags: ['Jeu vidéo'] },
      ]),
    ).toEqual([]);
  });

  it('refuses two spellings that would share one keyword page, naming both files', () => {
    const problems = checkTags([
      { file: 'a.md', tags: ['Jeu vidéo'] },
      { file: 'b.md', tags: ['jeu video', 'jeu-video'] },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe('b.md');
    expect(problems[0]?.message).toContain(
      '« jeu video » et « Jeu vidéo » (dans a.md) donneraient la même page /mots-cles/jeu-video/',
    );
  });

  it('names the invisible space when two spellings differ only by their spaces', () => {
    expect(
      checkTags([
        { file: 'a.md', tags: ['jeu vidéo'] },
        { file: 'b.md', line: 4, tags: ['jeu\u00a0vidéo'] },
        { file: 'c.md', line: 6, tags: ['film\u202fd’animation', 'film d’animation'] },
      ]).map(({ file, message }) => `${file} ${message}`),
    ).toEqual([
      'b.md « tags » : « jeu\u00a0vidéo » et « jeu vidéo » (dans a.md) donneraient la même page /mots-cles/jeu-video/ ; ils ne diffèrent que par leurs espaces, invisibles à l’écran : le premier a U+00A0 (espace insécable), le second des espaces ordinaires ; écrivez ce mot clé partout avec des espaces ordinaires',
      'c.md « tags » : « film d’animation » et « film\u202fd’animation » (dans le même fichier) donneraient la même page /mots-cles/film-d-animation/ ; ils ne diffèrent que par leurs espaces, invisibles à l’écran : le premier a des espaces ordinaires, le second U+202F (espace fine insécable) ; écrivez ce mot clé partout avec des espaces ordinaires',
    ]);
  });

  it('refuses a keyword that has no letter or digit', () => {
    expect(checkTags([{ file: 'a.md', tags: ['🎬 !'] }])).toEqual([
      {
        file: 'a.md',
        message: "« tags » : le mot clé « 🎬 ! » n'a ni lettre ni chiffre ; il ne peut pas avoir de page",
      },
    ]);
  });

  it('refuses a keyword written only in another script, saying an address holds only a to z and digits', () => {
    expect(checkTags([{ file: 'a.md', line: 5, tags: ['مهرجان'] }])).toEqual([
      {
        file: 'a.md',
        line: 5,
        message:
          "« tags » : le mot clé « مهرجان » n'a aucune lettre de a à z ni chiffre ; son adresse /mots-cles/…/ ne peut s'écrire qu'avec ceux-ci : ajoutez sa transcription ou sa traduction en lettres latines, par exemple « Festival مهرجان », ou retirez-le",
      },
    ]);
  });

  it('gives C#, C++ and C three keyword pages', () => {
    expect(checkTags([{ file: 'a.md', tags: ['C#', 'C++', 'C'] }])).toEqual([]);
  });
});
