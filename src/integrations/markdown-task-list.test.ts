import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { taskLabels } from '../lib/markdown-labels.ts';
import { markdownTaskList } from './markdown-task-list.ts';

describe('markdownTaskList', () => {
  it('writes each box of a task list as a sign named in French, not as a form field', () => {
    const { html } = markdownToHtml('- [x] le dossier\n- [ ] la vidéo\n', {
      hastPlugins: [markdownTaskList(taskLabels)],
      fileURL: pathToFileURL('/site/content/news/appel.md'),
    });
    expect(html).not.toContain('<input');
    expect(html).toContain('<span class="task-state" role="img" aria-label="fait">☑</span> le dossier');
    expect(html).toContain('<span class="task-state" role="img" aria-label="à faire">☐</span> la vidéo');
  });

  it('names the boxes in English in a translation', () => {
    const { html } = markdownToHtml('- [x] the file\n- [ ] the video\n', {
      hastPlugins: [markdownTaskList(taskLabels)],
      fileURL: pathToFileURL('/site/content/news/en/appel.md'),
    });
    expect(html).toContain('<span class="task-state" role="img" aria-label="done">☑</span> the file');
    expect(html).toContain('<span class="task-state" role="img" aria-label="to do">☐</span> the video');
  });
});
