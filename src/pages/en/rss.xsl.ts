import type { APIRoute } from 'astro';
import { feedStylesheetResponse } from '../../data/feeds.ts';

/** Makes the English feeds readable when opened in a browser, in English. */
export const GET: APIRoute = () => feedStylesheetResponse('en');
