/**
 * A Markdown/MDX plugin (Sätteri HAST) for GFM task lists (`- [x] fait`):
 * the parser writes an unlabelled, disabled `<input type="checkbox">`, which
 * screen readers announce without its meaning and feeds drop; each becomes a
 * box sign (☑ or ☐) named in the language of the file (`contentFileLanguage`).
 */
import { defineHastPlugin } from 'satteri';
import { contentFileLanguage, type TaskLabels } from '../lib/markdown-labels.ts';
import type { Language } from '../i18n/strings.ts';

export function markdownTaskList(labels: Record<Language, TaskLabels>) {
  return defineHastPlugin({
    name: 'pole-image-task-list',
    element: {
      filter: ['input'],
      visit(node, ctx) {
        if (node.properties.type !== 'checkbox') return;
        const done = node.properties.checked === true || node.properties.checked === '';
        const { done: doneLabel, todo } = labels[contentFileLanguage(ctx.fileURL)];
        ctx.replaceNode(node, {
          type: 'element',
          tagName: 'span',
          properties: { className: ['task-state'], role: 'img', ariaLabel: done ? doneLabel : todo },
          children: [{ type: 'text', value: done ? '☑' : '☐' }],
        });
      },
    },
  });
}
