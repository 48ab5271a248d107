/**
 * A Markdown/MDX plugin (Sätteri HAST) turning the column alignment of
 * Markdown tables (`| ---: |`), which the parser writes as an inline
 * `style="text-align: right"` that the CSP blocks, into a class styled by
 * the site's stylesheet (`.prose .align-right`).
 */
import { defineHastPlugin } from 'satteri';

export const markdownTableAlign = defineHastPlugin({
  name: 'pole-image-table-align',
  element: {
    filter: ['th', 'td'],
    visit(node, ctx) {
      const style = node.properties.style;
      if (typeof style !== 'string') return;
      const align = /^\s*text-align:\s*(left|center|right)\s*;?\s*$/.exec(style)?.[1];
      ctx.setProperty(node, 'style', null);
      if (align) ctx.setProperty(node, 'className', [`align-${align}`]);
    },
  },
});
