/**
 * A Markdown/MDX plugin (Sätteri HAST) for GFM task lists (`- [x] fait`):
 * the parser writes an unlabelled, disabled `<input type="checkbox">`, which
 * screen readers announce without its meaning and feeds drop; each becomes a
 * box sign (☑ or ☐) named in the page's language.
 */
import { defineHastPlugin } from 'satteri';
import type { TaskLabels } from '../lib/markdown-labels.ts';

export function markdownTaskList(labels: TaskLabels) {
  return defineHastPlugin({
    name: 'pole-image-task-list',
    element: {
      filter: ['input'],
      visit(node, ctx) {
        if (node.properties.type !== 'checkbox') return;
        const done = node.properties.checked === true || node.properties.checked === '';
        ctx.replaceNode(node, {
          type: 'element',
          tagName: 'span',
          properties: { className: ['task-state'], role: 'img', ariaLabel: done ? labels.done : labels.todo },
          children: [{ type: 'text', value: done ? '☑' : '☐' }],
        });
      },
    },
  });
}
