import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse, eventCalendarFile } from '../../data/agenda-calendar.ts';
import { loadSiteData, type AgendaEvent } from '../../data/site.ts';

export const getStaticPaths = (async () => {
  const siteData = await loadSiteData();
  return siteData.events.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

/** One event, for « Ajouter à mon agenda ». */
export const GET: APIRoute<{ entry: AgendaEvent }> = ({ props, site }) =>
  calendarResponse(site, (origin) => eventCalendarFile(props.entry, origin));
