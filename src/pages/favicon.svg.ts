import type { APIRoute } from 'astro';
import tokens from '../styles/tokens.css?raw';
import { brandPalette, markShapes } from '../lib/brand-svg.ts';

/** The tab icon: the Pôle's mark, drawn from the same shapes and tokens as on the pages. */
export const GET: APIRoute = () => {
  const { ink, fields } = brandPalette(tokens);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${markShapes({ tile: ink, fields })}</svg>`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
