/**
 * Where editors' files are: `content/`, or the folder `CONTENT_DIR` names
 * (tests and benchmarks point it elsewhere). Read by the build's loaders,
 * `src/data` and `npm run check:content`, so that all three see one folder.
 */
import { relative, resolve, sep } from 'node:path';

export interface ContentFolder {
  /** Absolute path of the folder. */
  root: string;
  /** How messages name it, relative to the working directory with `/`: `content` for the real site. */
  label: string;
}

/** The content folder of this process, from `CONTENT_DIR` (default `content`), relative to the working directory. */
export function contentFolder(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ContentFolder {
  const root = resolve(cwd, env.CONTENT_DIR || 'content');
  return { root, label: relative(cwd, root).split(sep).join('/') || '.' };
}
