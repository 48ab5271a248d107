/**
 * A Markdown/MDX plugin (Sätteri HAST) for headings without a letter or a
 * digit (`## 🎬`, `## …`): Astro names a heading by the slug of its text
 * (github-slugger, as `getHeadings()` reports it), which is empty for them,
 * and an empty `id` is invalid HTML that no link can reach. They get
 * `intertitre-1`, `intertitre-2`… in their order in the text; Astro keeps an
 * `id` already set and names every other heading as before.
 */
import { slug } from 'github-slugger';
import { defineHastPlugin } from 'satteri';

/** The plugin, one numbering per text (Sätteri calls the factory for each document). */
export const markdownHeadingIds = () => {
  let unnamed = 0;
  return defineHastPlugin({
    name: 'pole-image-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties.id === 'string' || slug(ctx.textContent(node)) !== '') return;
        unnamed += 1;
        ctx.setProperty(node, 'id', `intertitre-${unnamed}`);
      },
    },
  });
};
