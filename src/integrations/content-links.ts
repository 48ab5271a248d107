/**
 * A Markdown/MDX plugin (Sätteri HAST) for links written by editors in
 * content bodies: a site path such as `/membres/ankama/` gets the base path,
 * so bodies keep working when the site is served under a sub-path, and links
 * to other sites get `rel="noopener"`.
 */
import { defineHastPlugin } from 'satteri';
import { href, isExternal } from '../lib/urls.ts';

export function contentLinks(base: string) {
  return defineHastPlugin({
    name: 'pole-image-content-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const attribute = node.tagName === 'a' ? 'href' : 'src';
        const value = node.properties[attribute];
        if (typeof value !== 'string') return;
        if (value.startsWith('/') && !value.startsWith('//')) {
          ctx.setProperty(node, attribute, href(value, base));
        } else if (node.tagName === 'a' && isExternal(value)) {
          ctx.setProperty(node, 'rel', ['noopener']);
        }
      },
    },
  });
}
