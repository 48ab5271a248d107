/**
 * Text of the sharing image drawn as outlines from the site's own fonts, so
 * that the PNG looks the same on every machine that builds it, with no font
 * installed (sharp's SVG renderer would otherwise pick whatever it finds).
 */
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import type { Outline } from './brand-svg.ts';

const require = createRequire(import.meta.url);

/** The default instance of a variable font of an `@fontsource-variable/*` package. */
function openFont(slug: string): fontkit.Font {
  const file = require.resolve(`@fontsource-variable/${slug}/files/${slug}-latin-wght-normal.woff2`);
  const font = fontkit.openSync(file);
  if (!('layout' in font)) throw new Error(`${file} is a font collection, not a font`);
  return font;
}

let fonts: { display: fontkit.Font; text: fontkit.Font } | undefined;
function loadFonts(): { display: fontkit.Font; text: fontkit.Font } {
  fonts ??= { display: openFont('bricolage-grotesque'), text: openFont('instrument-sans') };
  return fonts;
}

/** fontkit's path commands and SVG's letters for them. */
const COMMANDS = { moveTo: 'M', lineTo: 'L', quadraticCurveTo: 'Q', bezierCurveTo: 'C', closePath: 'Z' } as const;

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * `text` set in `font` at `size` pixels, as an SVG path whose baseline is at
 * y = 0 and which starts at x = 0. `tracking` is in em, as CSS's letter-spacing.
 */
export function outline(which: 'display' | 'text', text: string, size: number, tracking = 0): Outline {
  const font = loadFonts()[which];
  const scale = size / font.unitsPerEm;
  const run = font.layout(text);
  let x = 0;
  const parts: string[] = [];
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i];
    const dx = (position?.xOffset ?? 0) * scale;
    const dy = (position?.yOffset ?? 0) * scale;
    for (const { command, args } of glyph.path.commands) {
      const points = args.map((value: number, j: number) =>
        round(j % 2 === 0 ? x + dx + value * scale : -(dy + value * scale)),
      );
      const letter = COMMANDS[command];
      parts.push(`${letter}${points.join(' ')}`);
    }
    x += (position?.xAdvance ?? glyph.advanceWidth) * scale + tracking * size;
  });
  return { path: parts.join(''), width: round(x - tracking * size) };
}

/** Words of `text` cut greedily into lines no wider than `width`. */
function wrap(which: 'display' | 'text', words: string[], size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && outline(which, candidate, size).width > width) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * `text` cut into balanced lines no wider than `maxWidth` (no word left alone
 * on the last line), at most `maxLines`: the last one ends with « … » if cut.
 */
export function outlineLines(
  which: 'display' | 'text',
  text: string,
  size: number,
  maxWidth: number,
  maxLines: number,
): Outline[] {
  const words = text.split(/\s+/).filter(Boolean);
  let lines = wrap(which, words, size, maxWidth);
  // The narrowest width that keeps the same number of lines evens them out.
  const total = outline(which, words.join(' '), size).width;
  for (let width = total / lines.length; lines.length > 1 && width < maxWidth; width += size) {
    const balanced = wrap(which, words, size, width);
    if (balanced.length === lines.length) {
      lines = balanced;
      break;
    }
  }
  if (lines.length > maxLines) {
    lines = lines.slice(0, maxLines);
    lines[maxLines - 1] = `${lines[maxLines - 1]} …`;
  }
  return lines.map((line) => outline(which, line, size));
}
