/**
 * A Markdown plugin (Sätteri HAST) removing HTML comments (`<!-- … -->`) from
 * content bodies: editors leave notes for each other there, which must reach
 * no page, feed or search index. MDX refuses them already (`{/* … *\/}`).
 */
import { defineHastPlugin } from 'satteri';

/** Every HTML comment, an unclosed one running to the end of its block as in HTML. */
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** `html` without its comments. */
export function withoutComments(html: string): string {
  return html.replace(COMMENT, '');
}

export const markdownComments = defineHastPlugin({
  name: 'pole-image-markdown-comments',
  comment(node, ctx) {
    ctx.removeNode(node);
  },
  raw(node, ctx) {
    if (!node.value.includes('<!--')) return;
    const value = withoutComments(node.value);
    if (value.trim() === '') ctx.removeNode(node);
    else ctx.replaceNode(node, { type: 'raw', value });
  },
});
