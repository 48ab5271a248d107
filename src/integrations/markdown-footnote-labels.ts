/**
 * A Markdown/MDX plugin (Sätteri HAST) naming footnotes' back links in the
 * language of the file (`contentFileLanguage`). Sätteri takes one set of
 * labels for every file (`features.gfm.footnotes`, the French one): in a
 * translation, each back link's French name is rewritten with the same
 * reference number (`1`, `1-2`) in the file's language.
 */
import { defineHastPlugin } from 'satteri';
import { contentFileLanguage } from '../lib/markdown-labels.ts';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/strings.ts';

/** `labels[lang].backLabel` with `{reference}` where the note's reference goes. */
export function markdownFootnoteLabels(labels: Record<Language, { backLabel: string }>) {
  const [before = '', after = ''] = labels[DEFAULT_LANGUAGE].backLabel.split('{reference}');
  return defineHastPlugin({
    name: 'pole-image-footnote-labels',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const lang = contentFileLanguage(ctx.fileURL);
        const label = node.properties.ariaLabel;
        if (lang === DEFAULT_LANGUAGE || node.properties.dataFootnoteBackref === undefined) return;
        if (typeof label !== 'string' || !label.startsWith(before) || !label.endsWith(after)) return;
        const reference = label.slice(before.length, label.length - after.length);
        // A new node: Sätteri keeps no change made to a visited node's properties.
        ctx.replaceNode(node, {
          ...node,
          properties: { ...node.properties, ariaLabel: labels[lang].backLabel.replace('{reference}', reference) },
        });
      },
    },
  });
}
