import type { APIRoute } from 'astro';
import sharp from 'sharp';
import tokens from '../styles/tokens.css?raw';
import { brandPalette, feedIconSvg } from '../lib/brand-svg.ts';

/** The feeds' channel image: RSS 2.0 wants a PNG, GIF or JPEG of at most 144 px wide. */
export const GET: APIRoute = async () => {
  const png = await sharp(Buffer.from(feedIconSvg(brandPalette(tokens))))
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
