/**
 * The content problems `astro dev` has found in the files edited since it started, kept until
 * the file is fixed or removed: the content loaders record them when a file changes
 * (`src/content.config.ts`), the pages show them (`loadSiteData` throws them, and Astro's error
 * overlay prints them), and an integration reloads the browser when they change
 * (`src/integrations/dev-problems.ts`). The three run in different Vite environments of the same
 * process, each with its own instance of this module: the record lives on `globalThis`.
 */
import { byFileAndLine, type FileProblem } from './content-files.ts';

interface Recorded {
  /** The problems of each source: a file (`file:content/news/x.md`) or a folder's names (`folder:content/news`). */
  bySource: Map<string, FileProblem[]>;
  listeners: Set<() => void>;
}

function record(): Recorded {
  const holder = globalThis as { poleImageDevProblems?: Recorded };
  holder.poleImageDevProblems ??= { bySource: new Map(), listeners: new Set() };
  return holder.poleImageDevProblems;
}

/**
 * Replaces the problems of `source` (a file or folder, as the caller names it) with `problems`;
 * an empty list forgets the source. Listeners are called when what is recorded has changed.
 */
export function setDevProblems(source: string, problems: readonly FileProblem[]): void {
  const { bySource, listeners } = record();
  const before = JSON.stringify(bySource.get(source) ?? []);
  if (problems.length) bySource.set(source, [...problems]);
  else bySource.delete(source);
  if (JSON.stringify(problems) === before) return;
  for (const listener of listeners) listener();
}

/** Every problem recorded, sorted by file then line; empty outside `astro dev`. */
export function devProblems(): FileProblem[] {
  return [...record().bySource.values()].flat().sort(byFileAndLine);
}

/** Calls `listener` after each change of the problems recorded; returns what stops it. */
export function onDevProblemsChange(listener: () => void): () => void {
  const { listeners } = record();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
