import { describe, expect, it } from 'vitest';
import { unwatched } from './dev-watch.ts';

/** Checks, path by path (each named on failure), whether the watcher leaves it alone. */
function expectIgnored(ignored: (path: string) => boolean, paths: readonly string[], expected: boolean): void {
  for (const path of paths) expect(ignored(path), path).toBe(expected);
}

describe('unwatched', () => {
  const root = '/projet';

  it('leaves the outputs of the project alone: tmp/, dist/, .cache/ and all they hold', () => {
    const ignored = unwatched(root, '/projet/content');
    expectIgnored(
      ignored,
      [
        '/projet/tmp',
        '/projet/tmp/test-builds/site/index.html',
        '/projet/dist/actualites/index.html',
        '/projet/.cache/astro/data-store.json',
        '/projet/tmp/..notes/brouillon.md',
      ],
      true,
    );
  });

  it('watches the sources, the content, and folders that only share a name’s beginning', () => {
    const ignored = unwatched(root, '/projet/content');
    expectIgnored(
      ignored,
      [
        '/projet',
        '/projet/src/pages/index.astro',
        '/projet/content/news/article.md',
        '/projet/public/favicon.svg',
        '/projet/tmpl/gabarit.astro',
        '/projet/distribution.md',
        '/projet/src/tmp/note.ts',
      ],
      false,
    );
  });

  it('watches a content folder kept in tmp/, and the folders on the way to it, but not its neighbours', () => {
    const ignored = unwatched(root, '/projet/tmp/bench/n1000/src/content');
    expectIgnored(
      ignored,
      [
        '/projet/tmp',
        '/projet/tmp/bench/n1000/src',
        '/projet/tmp/bench/n1000/src/content',
        '/projet/tmp/bench/n1000/src/content/news/un-article.md',
      ],
      false,
    );
    expectIgnored(
      ignored,
      [
        '/projet/tmp/bench/n1000/src/baseline-content/news/un-article.md',
        '/projet/tmp/bench/n1000/ours/index.html',
        '/projet/tmp/test-builds/site/index.html',
      ],
      true,
    );
  });

  it('watches everything of a content folder outside the project', () => {
    const ignored = unwatched(root, '/ailleurs/contenu');
    expect(ignored('/ailleurs/contenu/news/un-article.md')).toBe(false);
    expect(ignored('/projet/tmp/x')).toBe(true);
  });
});
