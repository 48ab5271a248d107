/**
 * The Pôle's default images, drawn as SVG and turned into PNG at build time:
 * the social-sharing image (1200 × 630) and the feeds' channel image
 * (144 × 144). Only shapes and the site's name: no photo, no real logo.
 */
import { escapeXml } from './feed.ts';

const INK = '#17133f';
const ACCENT = '#3b28c9';
const LIGHT = '#ffffff';
/** One colour per field: cinema, audiovisual, animation, video games, virtual worlds. */
const FIELDS = ['#ff6b4a', '#ffb020', '#2ec4a6', '#5aa9ff', '#b18cff'];

function mark(x: number, y: number, size: number): string {
  const r = size * 0.22;
  const s = size / 32;
  return `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="${r}" fill="${ACCENT}"/><path d="M${x + 11 * s} ${y + 9 * s}v${14 * s}l${12 * s}-${7 * s}z" fill="${LIGHT}"/>`;
}

export function socialImageSvg(name: string, tagline: string): string {
  const [first, ...rest] = name.split(' ');
  const line1 = escapeXml(`${first ?? ''} ${rest[0] ?? ''}`.trim());
  const line2 = escapeXml(rest.slice(1).join(' '));
  const stripes = FIELDS.map(
    (colour, i) => `<rect x="${80 + i * 88}" y="520" width="72" height="14" rx="7" fill="${colour}"/>`,
  ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="${INK}"/>
<circle cx="1060" cy="90" r="360" fill="${ACCENT}" opacity="0.55"/>
<circle cx="1130" cy="560" r="190" fill="${ACCENT}" opacity="0.35"/>
${mark(80, 80, 96)}
<text x="80" y="300" font-family="DejaVu Sans, Verdana, sans-serif" font-size="92" font-weight="700" fill="${LIGHT}">${line1}</text>
<text x="80" y="400" font-family="DejaVu Sans, Verdana, sans-serif" font-size="64" font-weight="700" fill="${LIGHT}">${line2}</text>
<text x="80" y="470" font-family="DejaVu Sans, Verdana, sans-serif" font-size="30" fill="#d4ceff">${escapeXml(tagline)}</text>
${stripes}
</svg>`;
}

export function feedIconSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="144" height="144" viewBox="0 0 32 32">${mark(0, 0, 32)}</svg>`;
}
