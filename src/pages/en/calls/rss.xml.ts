import type { APIRoute } from 'astro';
import { feedResponse } from '../../../data/feeds.ts';

/** Calls for projects only, in English. */
export const GET: APIRoute = ({ site }) => feedResponse({ kind: 'calls' }, site, 'en');
