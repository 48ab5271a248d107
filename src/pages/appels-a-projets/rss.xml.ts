import type { APIRoute } from 'astro';
import { feedResponse } from '../../data/feeds.ts';

/** Calls for projects only. */
export const GET: APIRoute = ({ site }) => feedResponse({ kind: 'calls' }, site);
