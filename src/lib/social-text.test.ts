import { describe, expect, it } from 'vitest';
import { outline, outlineLines } from './social-text.ts';

describe('outline', () => {
  it('draws text from the site’s fonts as a path, wider for more letters and larger sizes', () => {
    const short = outline('display', 'Pôle', 100);
    const long = outline('display', 'Pôle Image', 100);
    expect(short.path).toMatch(/^M[\d.-]+ [\d.-]+/);
    expect(long.width).toBeGreaterThan(short.width);
    expect(outline('display', 'Pôle', 200).width).toBeCloseTo(short.width * 2, 0);
  });

  it('draws the letters French needs, not blank boxes', () => {
    // A glyph missing from the font comes out as an empty .notdef or a box: « ô » must differ from « o ».
    expect(outline('text', 'ô', 40).path).not.toBe(outline('text', 'o', 40).path);
    expect(outline('text', 'œ', 40).path.length).toBeGreaterThan(20);
  });

  it('spaces letters out by the tracking asked for', () => {
    const plain = outline('text', 'NORD', 40);
    expect(outline('text', 'NORD', 40, 0.1).width).toBeCloseTo(plain.width + 3 * 4, 0);
  });
});

describe('outlineLines', () => {
  const tagline = 'Cinéma, audiovisuel, animation, jeu vidéo et mondes virtuels en région';

  it('keeps every line within the width and balances them', () => {
    const lines = outlineLines('text', tagline, 34, 1040, 2);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(1040);
    const [first, second] = lines.map((line) => line.width) as [number, number];
    expect(Math.min(first, second) / Math.max(first, second)).toBeGreaterThan(0.6);
  });

  it('cuts what does not fit in the lines allowed', () => {
    const lines = outlineLines('text', `${tagline} ${tagline} ${tagline}`, 34, 600, 2);
    expect(lines).toHaveLength(2);
  });

  it('keeps a short text on one line', () => {
    expect(outlineLines('text', 'Pôle Image', 34, 1040, 2)).toHaveLength(1);
  });
});
