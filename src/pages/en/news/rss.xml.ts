import type { APIRoute } from 'astro';
import { feedResponse } from '../../../data/feeds.ts';

/** Translated news only. */
export const GET: APIRoute = ({ site }) => feedResponse({ kind: 'news' }, site, 'en');
