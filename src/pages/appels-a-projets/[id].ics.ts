/** A call's dates as a calendar file: « Ajouter à mon agenda ». */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData, type Call } from '../../data/site.ts';
import { calendarResponse, callCalendar } from '../../data/call-calendar.ts';

export const getStaticPaths = (async () => {
  const { calls } = await loadSiteData();
  return calls.map((call) => ({ params: { id: call.id }, props: { call } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ call: Call }> = async ({ props, site, url }) =>
  calendarResponse(callCalendar(await loadSiteData(), props.call, site ?? url.origin));
