/**
 * A Markdown/MDX plugin (Sätteri HAST) applying French typography to the text
 * of content bodies, as front-matter strings get it from the schemas: editors
 * type ordinary spaces before `: ; ! ?` and inside « », readers never see a
 * line start with a colon. Code is left as written.
 */
import { defineHastPlugin } from 'satteri';
import { frenchTypography } from '../lib/french.ts';
import { contentFileLanguage } from '../lib/markdown-labels.ts';

const verbatim = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

export const markdownTypography = defineHastPlugin({
  name: 'pole-image-french-typography',
  text(node, ctx) {
    // English translations (`content/<collection>/en/`) keep English spacing: no space before a colon.
    if (contentFileLanguage(ctx.fileURL) !== 'fr') return;
    const fixed = frenchTypography(node.value);
    if (fixed === node.value) return;
    for (let parent = ctx.parent(node); parent.type === 'element'; parent = ctx.parent(parent)) {
      if (verbatim.has(parent.tagName)) return;
    }
    return { type: 'text', value: fixed };
  },
});
