import { describe, expect, it } from 'vitest';
import { hasLetterOrDigit, isSlug, slugify } from './slug.ts';

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

  it('spells out a # or + ending a word, so that C#, C++ and C differ', () => {
    expect(slugify('C#')).toBe('c-sharp');
    expect(slugify('F#')).toBe('f-sharp');
    expect(slugify('C++')).toBe('c-plus-plus');
    expect(slugify('Canal+')).toBe('canal-plus');
    expect(slugify('C')).toBe('c');
  });

  it('keeps a # or + that does not end a word out of the slug', () => {
    expect(slugify('#jeuvidéo')).toBe('jeuvideo');
    expect(slugify('AR/VR')).toBe('ar-vr');
    expect(slugify('3D + VR')).toBe('3d-vr');
  });

  it('gives an empty slug for letters outside the Latin alphabet', () => {
    expect(slugify('مهرجان')).toBe('');
  });
});

describe('hasLetterOrDigit', () => {
  it('finds letters of any script and digits', () => {
    expect(hasLetterOrDigit('مهرجان')).toBe(true);
    expect(hasLetterOrDigit('2010')).toBe(true);
  });

  it('finds none in emoji and punctuation', () => {
    expect(hasLetterOrDigit('🎬 !')).toBe(false);
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
