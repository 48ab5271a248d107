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
    expect(checkTags([{ file: 'a.md', tags: ['!!!'] }])[0]?.message).toContain("« !!! » n'a ni lettre ni chiffre");
  });
});
