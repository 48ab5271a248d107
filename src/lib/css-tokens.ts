/**
 * The design tokens of `src/styles/tokens.css` as data, for what cannot read
 * CSS itself: contrast checks, the browser's theme colour and the PNG images.
 */

/** A colour token's value in each scheme, written `#rrggbb` or `#rgb`. */
export interface SchemeColours {
  light: string;
  dark: string;
}

/**
 * The light and dark values of each `--color-*` and `--field-*` token
 * written `light-dark(#…, #…)`, by name without the dashes (`color-bg`).
 * Tokens written otherwise are left out.
 */
export function colourTokens(css: string): Map<string, SchemeColours> {
  const tokens = new Map<string, SchemeColours>();
  for (const [, name, light, dark] of css.matchAll(
    /--((?:color|field)-[\w-]+):\s*light-dark\(\s*(#[0-9a-f]{3,6})\s*,\s*(#[0-9a-f]{3,6})\s*\)/gi,
  )) {
    if (name && light && dark) tokens.set(name, { light, dark });
  }
  return tokens;
}
