import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from './slug.ts';

describe('slugify', () => {
  it('folds accents and joins words with hyphens', () => {
    expect(slugify('Appel à projets 2010')).toBe('appel-a-projets-2010');
    expect(slugify('Jeu vidéo')).toBe('jeu-video');
    expect(slugify('Pôle Image')).toBe('pole-image');
  });

  it('handles apostrophes, ligatures and punctuation', () => {
    expect(slugify("L'Œuvre d’art : « Dofus » !")).toBe('l-oeuvre-d-art-dofus');
    expect(slugify('  --Tourcoing--  ')).toBe('tourcoing');
  });

  it('gives an empty slug for text without letters or digits', () => {
    expect(slugify('!!!')).toBe('');
  });
});

describe('isSlug', () => {
  it('accepts lower-case words joined by single hyphens', () => {
    expect(isSlug('ankama')).toBe(true);
    expect(isSlug('appel-a-projets-2009')).toBe(true);
  });

  it('refuses capitals, accents, spaces and stray hyphens', () => {
    expect(isSlug('Ankama')).toBe(false);
    expect(isSlug('pôle')).toBe(false);
    expect(isSlug('le pole')).toBe(false);
    expect(isSlug('-pole')).toBe(false);
    expect(isSlug('pole--image')).toBe(false);
    expect(isSlug('')).toBe(false);
  });
});
