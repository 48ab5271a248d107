/**
 * The Pôle's identity drawn as SVG: the mark (five bars, one per field, in an
 * ink tile: « la mire », the test card of television, for an image cluster),
 * the social-sharing image (1200 × 630) and the feeds' channel image
 * (144 × 144). Shapes only: no photo, no real organisation's logo. The page
 * draws the mark with the tokens (so it follows the colour scheme); the PNG
 * images take the same tokens' light values, read from `tokens.css`.
 */
import { escapeXml } from './feed.ts';
import { sectors } from '../schemas/members.ts';

/** The five fields, in the order of the motif: the members' sectors. */
export type Field = keyof typeof sectors;
const FIELDS = Object.keys(sectors) as Field[];

export interface MarkColours {
  tile: string;
  fields: Record<Field, string>;
}

/** The mark's colours on a page: the tokens themselves. */
export const cssMarkColours: MarkColours = {
  tile: 'var(--color-inverse-bg)',
  fields: Object.fromEntries(FIELDS.map((field) => [field, `var(--field-${field})`])) as Record<Field, string>,
};

/** The mark's shapes, in a 32 × 32 box at (x, y), `size` wide. */
export function markShapes(colours: MarkColours, x = 0, y = 0, size = 32): string {
  const s = size / 32;
  const bars = FIELDS.map(
    (field, i) =>
      `<rect x="${x + (6.5 + i * 4) * s}" y="${y + 8 * s}" width="${3 * s}" height="${16 * s}" rx="${1.5 * s}" fill="${colours.fields[field]}"/>`,
  ).join('');
  return `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="${7 * s}" fill="${colours.tile}"/>${bars}`;
}

/** The light value of each colour token of `tokens.css`. */
function lightTokens(css: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const [, name, light] of css.matchAll(/--((?:color|field)-[\w-]+):\s*light-dark\(\s*(#[0-9a-f]{3,6})/gi)) {
    if (name && light) values.set(name, light);
  }
  return values;
}

/** The colours the PNG images use, from the tokens' light values. */
export interface BrandPalette {
  ink: string;
  paper: string;
  muted: string;
  fields: Record<Field, string>;
}

export function brandPalette(tokensCss: string): BrandPalette {
  const tokens = lightTokens(tokensCss);
  const get = (name: string): string => {
    const value = tokens.get(name);
    if (!value) throw new Error(`tokens.css has no light value for --${name}`);
    return value;
  };
  return {
    ink: get('color-inverse-bg'),
    paper: get('color-inverse-text'),
    muted: get('color-inverse-muted'),
    fields: Object.fromEntries(FIELDS.map((field) => [field, get(`field-${field}`)])) as Record<Field, string>,
  };
}

/** Text already drawn as outlines (see social-text.ts), with its advance width. */
export interface Outline {
  path: string;
  width: number;
}

export interface SocialImageText {
  /** « Pôle Image », large. */
  title: Outline;
  /** « Nord-Pas-de-Calais », below it. */
  subtitle: Outline;
  /** The tagline, one or two lines. */
  tagline: Outline[];
}

/**
 * The default sharing image: the wordmark on ink, the tagline, and the five
 * bars of the motif across the bottom, as on every page's header.
 */
export function socialImageSvg(palette: BrandPalette, text: SocialImageText, alt: string): string {
  const band = FIELDS.map(
    (field, i) => `<rect x="${i * 240}" y="606" width="240" height="24" fill="${palette.fields[field]}"/>`,
  ).join('');
  const tagline = text.tagline
    .map((line, i) => `<path transform="translate(80 ${452 + i * 44})" d="${line.path}" fill="${palette.muted}"/>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" role="img" aria-label="${escapeXml(alt)}">
<rect width="1200" height="630" fill="${palette.ink}"/>
${markShapes({ tile: palette.ink, fields: palette.fields }, 64, 64, 112)}
<path transform="translate(80 318)" d="${text.title.path}" fill="${palette.paper}"/>
<path transform="translate(84 384)" d="${text.subtitle.path}" fill="${palette.paper}"/>
${tagline}
${band}
</svg>`;
}

/** The feeds' channel image: the mark alone. */
export function feedIconSvg(palette: BrandPalette): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="144" height="144" viewBox="0 0 32 32">${markShapes({ tile: palette.ink, fields: palette.fields })}</svg>`;
}
