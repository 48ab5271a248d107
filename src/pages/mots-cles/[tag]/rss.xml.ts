import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse } from '../../../data/feeds.ts';
import { loadSiteData } from '../../../data/site.ts';

export const getStaticPaths = (async () => {
  const { tags } = await loadSiteData();
  return tags.map((tag) => ({ params: { tag: tag.slug } }));
}) satisfies GetStaticPaths;

/** The articles of one keyword. */
export const GET: APIRoute = ({ site, params }) => feedResponse({ kind: 'tag', slug: params.tag ?? '' }, site);
