import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { taskLabels } from '../lib/markdown-labels.ts';
import { markdownTaskList } from './markdown-task-list.ts';

describe('markdownTaskList', () => {
  it('writes each box of a task list as a sign named in French, not as a form field', () => {
    const { html } = markdownToHtml('- [x] le dossier\n- [ ] la vidéo\n', {
      hastPlugins: [markdownTaskList(taskLabels.fr)],
    });
    expect(html).not.toContain('<input');
    expect(html).toContain('<span class="task-state" role="img" aria-label="fait">☑</span> le dossier');
    expect(html).toContain('<span class="task-state" role="img" aria-label="à faire">☐</span> la vidéo');
  });
});
