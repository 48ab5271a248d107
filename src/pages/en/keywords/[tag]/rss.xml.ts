import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse } from '../../../../data/feeds.ts';
import { loadSiteData } from '../../../../data/site.ts';

export const getStaticPaths = (async () => {
  const { tags } = await loadSiteData('en');
  return tags.map((tag) => ({ params: { tag: tag.slug } }));
}) satisfies GetStaticPaths;

/** The translated articles of one English keyword. */
export const GET: APIRoute = ({ site, params }) => feedResponse({ kind: 'tag', slug: params.tag ?? '' }, site, 'en');
