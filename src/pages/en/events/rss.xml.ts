import type { APIRoute } from 'astro';
import { feedResponse } from '../../../data/feeds.ts';

/** Events, as they are announced, in English. */
export const GET: APIRoute = ({ site }) => feedResponse({ kind: 'events' }, site, 'en');
