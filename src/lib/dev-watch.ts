/**
 * What the dev server's file watcher leaves alone. Vite watches the whole project; at its start
 * its watcher lists every file there, and the project's own outputs can hold tens of thousands:
 * `tmp/` (the test builds, the benchmark's sites), `dist/` and `.cache/` (Astro's cache, its
 * optimised images). None of them is a source of the site, except the content folder itself when
 * `CONTENT_DIR` points inside one (the tests and the benchmark put theirs in `tmp/`).
 */
import { isAbsolute, join, relative, sep } from 'node:path';

/** The project's folders of outputs, from its root. */
const UNWATCHED_FOLDERS = ['tmp', 'dist', '.cache'] as const;

/** Whether `path` is `folder` or inside it; both absolute. */
function within(path: string, folder: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder !== '..' && !fromFolder.startsWith(`..${sep}`) && !isAbsolute(fromFolder);
}

/**
 * The test given to the dev server's watcher (Vite's `server.watch.ignored`, chokidar's `ignored`):
 * `true` for a path under one of `UNWATCHED_FOLDERS` of `projectRoot`, unless it holds the content
 * folder (the watcher walks through it) or is inside it.
 * @param projectRoot The project's root, absolute.
 * @param contentRoot The content folder the site is built from (`contentFolder().root`), absolute.
 * @returns A function of an absolute path.
 */
export function unwatched(projectRoot: string, contentRoot: string): (path: string) => boolean {
  const folders = UNWATCHED_FOLDERS.map((folder) => join(projectRoot, folder));
  return (path) =>
    folders.some((folder) => within(path, folder)) && !within(path, contentRoot) && !within(contentRoot, path);
}
