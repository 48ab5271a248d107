/** Every published call's dates, to subscribe to from a calendar application. */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../data/site.ts';
import { calendarResponse, callsCalendar } from '../../data/call-calendar.ts';

export const GET: APIRoute = async ({ site, url }) =>
  calendarResponse(callsCalendar(await loadSiteData(), site ?? url.origin));
