import { describe, expect, it } from 'vitest';
import { wordsPattern } from './highlight-pattern.ts';

describe('wordsPattern', () => {
  it('matches whole words in any case, and nothing else', () => {
    const pattern = wordsPattern(['vidéo', 'jeu']);
    expect(pattern && 'Le Jeu vidéo, les jeux VIDÉO, jeune'.match(pattern)).toEqual(['Jeu', 'vidéo', 'VIDÉO']);
  });

  it('treats the words as text, not as patterns', () => {
    const pattern = wordsPattern(['a+b', '1,85']);
    expect(pattern && 'aab a+b 1,85 M€'.match(pattern)).toEqual(['a+b', '1,85']);
  });

  it('matches « oe » and « œ », « ae » and « æ », straight and curly apostrophes alike', () => {
    const pattern = wordsPattern(['oeuvre', 'laetitia', 'cœur', "aujourd'hui"]);
    expect(pattern && 'L’œuvre de Lætitia, son coeur, aujourd’hui, une manœuvre'.match(pattern)).toEqual([
      'œuvre',
      'Lætitia',
      'coeur',
      'aujourd’hui',
    ]);
  });

  it('gives nothing to match for no word', () => {
    expect(wordsPattern([])).toBeUndefined();
    expect(wordsPattern([' ', 'a'])).toBeUndefined();
  });
});
