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
