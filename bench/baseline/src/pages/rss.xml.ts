import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getCollection, render } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { components } from '../components/mdx.ts';

/** Every article with its full content, rendered through Astro's Container API. */
export const GET: APIRoute = async ({ site }) => {
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const articles = (await getCollection('news')).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
  const items = [];
  for (const article of articles) {
    const { Content } = await render(article);
    items.push({
      title: article.data.title,
      description: article.data.description,
      pubDate: article.data.date,
      link: `/articles/${article.id}/`,
      categories: article.data.tags,
      content: await container.renderToString(Content, { props: { components } }),
    });
  }
  return rss({
    title: 'Actualités',
    description: 'Toutes les actualités',
    site: site ?? 'https://baseline.example',
    items,
  });
};
