import type { APIRoute } from 'astro';
import { agendaCalendarFile, calendarResponse } from '../data/agenda-calendar.ts';
import { loadSiteData } from '../data/site.ts';

/** The whole agenda, to download or subscribe to (`webcal:`). */
export const GET: APIRoute = async ({ site }) => {
  const siteData = await loadSiteData();
  return calendarResponse(site, (origin) => agendaCalendarFile(siteData, origin));
};
