import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { footnoteLabels } from '../lib/markdown-labels.ts';
import { markdownFootnoteLabels } from './markdown-footnote-labels.ts';

const notes =
  'A note[^source], another[^2] and the first again[^source].\n\n[^source]: The source.\n\n[^2]: Another.\n';

function backLabels(file: string): string[] {
  const { html } = markdownToHtml(notes, {
    hastPlugins: [markdownFootnoteLabels(footnoteLabels)],
    features: { gfm: { footnotes: footnoteLabels.fr } },
    fileURL: pathToFileURL(file),
  });
  return [...html.matchAll(/data-footnote-backref[^>]*aria-label="([^"]*)"/g)].map((match) => match[1] ?? '');
}

describe('markdownFootnoteLabels', () => {
  it('names the back links in English in a translation, keeping each reference', () => {
    expect(backLabels('/site/content/pages/en/le-pole.md')).toEqual([
      'Back to reference 1',
      'Back to reference 1-2',
      'Back to reference 2',
    ]);
  });

  it('leaves them in French in any other file', () => {
    expect(backLabels('/site/content/pages/le-pole.md')).toEqual([
      'Revenir à l’appel de note 1',
      'Revenir à l’appel de note 1-2',
      'Revenir à l’appel de note 2',
    ]);
  });
});
