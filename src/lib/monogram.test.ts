import { describe, expect, it } from 'vitest';
import { initials } from './monogram.ts';

describe('initials', () => {
  it('takes the first two letters of a one-word name', () => {
    expect(initials('Ankama')).toBe('AN');
  });

  it('takes the initials of the first two significant words', () => {
    expect(initials('Lille Métropole')).toBe('LM');
    expect(initials("Communauté d'agglomération de la Porte du Hainaut")).toBe('CA');
  });

  it('uses the short name before a spaced dash', () => {
    expect(initials('CRRAV – Centre régional des ressources audiovisuelles')).toBe('CR');
    expect(initials('Le Fresnoy – Studio national des arts contemporains')).toBe('FR');
  });
});
