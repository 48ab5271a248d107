import type { APIRoute } from 'astro';
import sharp from 'sharp';
import tokens from '../styles/tokens.css?raw';
import { loadSiteData } from '../data/site.ts';
import { brandPalette, socialImageSvg } from '../lib/brand-svg.ts';
import { outline, outlineLines } from '../lib/social-text.ts';
import { splitName } from '../lib/wordmark.ts';

/** The default image shown when a page is shared (Open Graph, Twitter cards): the wordmark, in the site's fonts and colours. */
export const GET: APIRoute = async () => {
  const { settings } = await loadSiteData();
  const { main, region } = splitName(settings.name);
  const svg = socialImageSvg(
    brandPalette(tokens),
    {
      title: outline('display', main, 124, -0.025),
      subtitle: outline('text', region.toUpperCase(), 34, 0.08),
      tagline: outlineLines('text', settings.tagline, 34, 1040, 2),
    },
    `${settings.name} : ${settings.tagline}`,
  );
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
