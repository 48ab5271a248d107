import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { getSite } from '../data/site.ts';
import { socialImageSvg } from '../lib/brand-svg.ts';

/** The default image shown when a page is shared (Open Graph, Twitter cards). */
export const GET: APIRoute = async () => {
  const { settings } = await getSite();
  const png = await sharp(Buffer.from(socialImageSvg(settings.name, settings.tagline)))
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
