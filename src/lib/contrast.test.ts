import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { colourTokens, contrastRatio } from './contrast.ts';

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#ffffff')).toBe(1);
  });

  it('matches the WCAG reference value for #777 on white (4.48, just below AA)', () => {
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('the design tokens (src/styles/tokens.css)', () => {
  const tokens = colourTokens(readFileSync(new URL('../styles/tokens.css', import.meta.url), 'utf8'));
  const colour = (name: string, scheme: 'light' | 'dark') => {
    const token = tokens.get(name);
    if (!token) throw new Error(`No token --${name}`);
    return token[scheme];
  };

  /** Text/background pairs the site uses, each with the ratio WCAG AA asks for. */
  const pairs: [string, string, number][] = [
    ['color-text', 'color-bg', 4.5],
    ['color-text', 'color-surface', 4.5],
    ['color-text', 'color-surface-sunken', 4.5],
    ['color-text-muted', 'color-bg', 4.5],
    ['color-text-muted', 'color-surface', 4.5],
    ['color-text-muted', 'color-surface-sunken', 4.5],
    ['color-accent', 'color-bg', 4.5],
    ['color-accent', 'color-surface', 4.5],
    ['color-accent-strong', 'color-accent-soft', 4.5],
    ['color-text', 'color-accent-soft', 4.5],
    ['color-on-accent', 'color-accent', 4.5],
    ['color-on-accent', 'color-accent-strong', 4.5],
    ['color-open', 'color-open-bg', 4.5],
    ['color-upcoming', 'color-upcoming-bg', 4.5],
    ['color-closed', 'color-closed-bg', 4.5],
    ['color-draft', 'color-draft-bg', 4.5],
    ['color-inverse-text', 'color-inverse-bg', 4.5],
    ['color-inverse-muted', 'color-inverse-bg', 4.5],
    ['color-inverse-accent', 'color-inverse-bg', 4.5],
    ['color-text', 'color-mark', 4.5],
    // Focus rings, borders of controls and the ink rule under headings are non-text: 3:1.
    ['color-border-strong', 'color-bg', 3],
    ['color-border-strong', 'color-surface', 3],
    ['color-focus', 'color-bg', 3],
    ['color-focus', 'color-surface', 3],
  ];

  it('defines every colour of the site for both schemes (the print colours are fixed)', () => {
    expect([...tokens.keys()].sort()).toEqual([
      'color-accent',
      'color-accent-soft',
      'color-accent-strong',
      'color-bg',
      'color-border',
      'color-border-strong',
      'color-closed',
      'color-closed-bg',
      'color-draft',
      'color-draft-bg',
      'color-focus',
      'color-inverse-accent',
      'color-inverse-bg',
      'color-inverse-muted',
      'color-inverse-text',
      'color-mark',
      'color-on-accent',
      'color-open',
      'color-open-bg',
      'color-surface',
      'color-surface-sunken',
      'color-text',
      'color-text-muted',
      'color-upcoming',
      'color-upcoming-bg',
      'field-animation',
      'field-audiovisuel',
      'field-cinema',
      'field-jeu-video',
      'field-mondes-virtuels',
    ]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it.each(pairs)(`%s on %s reaches %s:1 in the ${scheme} scheme`, (fg, bg, minimum) => {
      expect(contrastRatio(colour(fg, scheme), colour(bg, scheme))).toBeGreaterThanOrEqual(minimum);
    });
  }
});
