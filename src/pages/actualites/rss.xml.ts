import type { APIRoute } from 'astro';
import { feedResponse } from '../../data/feeds.ts';

/** News only. */
export const GET: APIRoute = ({ site }) => feedResponse({ kind: 'news' }, site);
