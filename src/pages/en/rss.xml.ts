import type { APIRoute } from 'astro';
import { feedResponse } from '../../data/feeds.ts';

/** The main English feed: translated news and calls for projects, newest first. */
export const GET: APIRoute = ({ site }) => feedResponse({ kind: 'all' }, site, 'en');
