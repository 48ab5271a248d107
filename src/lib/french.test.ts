import { describe, expect, it } from 'vitest';
import { frenchTypography, hyphenatedWords, typographicApostrophes } from './french.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('frenchTypography', () => {
  it('puts a no-break space before a colon', () => {
    expect(frenchTypography('Appel à projets : ouvert')).toBe(`Appel à projets${NBSP}: ouvert`);
  });

  it('puts a narrow no-break space before ; ! and ?', () => {
    expect(frenchTypography('Quoi ? Enfin ! Oui ; non')).toBe(`Quoi${NNBSP}? Enfin${NNBSP}! Oui${NNBSP}; non`);
  });

  it('adds narrow no-break spaces inside guillemets', () => {
    expect(frenchTypography('le jeu «Dofus» et « Wakfu »')).toBe(
      `le jeu «${NNBSP}Dofus${NNBSP}» et «${NNBSP}Wakfu${NNBSP}»`,
    );
  });

  it('keeps a number with its euro or percent sign on one line', () => {
    expect(frenchTypography('15 €, 10 € pour les étudiants')).toBe(`15${NBSP}€, 10${NBSP}€ pour les étudiants`);
    expect(frenchTypography('1,85 M€ dont 20 % pour les jeux')).toBe(`1,85${NBSP}M€ dont 20${NBSP}% pour les jeux`);
    expect(frenchTypography('des budgets de 50 k€ à 2 Md€')).toBe(`des budgets de 50${NBSP}k€ à 2${NBSP}Md€`);
  });

  it('turns straight apostrophes into typographic ones', () => {
    expect(frenchTypography("l'image d'Ankama")).toBe('l’image d’Ankama');
  });

  it('makes apostrophes typographic in English text without adding French spaces', () => {
    expect(typographicApostrophes("The region's studios: 'quoted'?")).toBe("The region’s studios: 'quoted'?");
  });

  it('applies every rule to a text that calls for all of them', () => {
    expect(frenchTypography("L'appel : 15 € ou 20 % ; « oui » ?")).toBe(
      `L’appel${NBSP}: 15${NBSP}€ ou 20${NBSP}%${NNBSP}; «${NNBSP}oui${NNBSP}»${NNBSP}?`,
    );
  });

  it('leaves URLs, times and text without punctuation alone', () => {
    expect(frenchTypography('https://example.org à 10:30')).toBe('https://example.org à 10:30');
    expect(frenchTypography('Le Pôle Image')).toBe('Le Pôle Image');
  });
});

describe('hyphenatedWords', () => {
  it('isolates hyphenated words so they can be kept on one line', () => {
    expect(hyphenatedWords('Pôle Image Nord-Pas-de-Calais')).toEqual([
      { text: 'Pôle Image ', hyphenated: false },
      { text: 'Nord-Pas-de-Calais', hyphenated: true },
    ]);
  });

  it('returns the text whole when nothing is hyphenated', () => {
    expect(hyphenatedWords('Ankama')).toEqual([{ text: 'Ankama', hyphenated: false }]);
  });
});
