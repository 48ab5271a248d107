import type { APIRoute } from 'astro';
import { feedStylesheetResponse } from '../data/feeds.ts';

/** Makes the French feeds readable when opened in a browser, and explains how to subscribe. */
export const GET: APIRoute = () => feedStylesheetResponse('fr');
