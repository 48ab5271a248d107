/**
 * Puts the content error cases into as few content copies as possible, so
 * that one build proves that several mistakes stop it: the content check
 * reports every mistake of a run at once. Two cases share a copy only when
 * they touch different files, so that neither moves the other's line numbers
 * nor hides it (a broken front matter hides the file's other fields).
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ERROR_BASE, contentWithErrors, type ErrorCase } from '../../scripts/error-cases.ts';

/** Every file under `root`, as paths relative to it, with its bytes. */
function files(root: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    found.set(relative(root, path), readFileSync(path));
  }
  return found;
}

/**
 * The files of the base content (`scripts/error-cases.ts`) that a case adds,
 * changes or removes, those it copies from (a copy of a file another case
 * changes would carry that mistake too) and those its messages name (a
 * mistake found by comparing files, such as two spellings of a keyword, needs
 * the other file sound). Paths are relative to the content folder; `scratch`
 * is a folder the case is applied in, then removed.
 */
export function touchedFiles(errorCase: ErrorCase, scratch: string): Set<string> {
  const before = files(ERROR_BASE);
  before.delete('README.md');
  const after = files(contentWithErrors([errorCase], scratch));
  rmSync(scratch, { recursive: true, force: true });
  const touched = new Set<string>();
  for (const [path, bytes] of after) {
    const original = before.get(path);
    if (original?.equals(bytes)) continue;
    touched.add(path);
    if (original) continue;
    for (const [source, sourceBytes] of before) if (sourceBytes.equals(bytes)) touched.add(source);
  }
  for (const path of before.keys()) {
    if (!after.has(path) || errorCase.expect.some((words) => words.includes(path))) touched.add(path);
  }
  return touched;
}

/**
 * The cases in groups whose files do not overlap, in the cases' order: each
 * case is in exactly one group, and each group is as large as the first-fit
 * rule makes it. `scratch` is a working folder, removed afterwards.
 */
export function disjointGroups(cases: readonly ErrorCase[], scratch: string): ErrorCase[][] {
  const groups: { cases: ErrorCase[]; files: Set<string> }[] = [];
  for (const errorCase of cases) {
    const touched = touchedFiles(errorCase, join(scratch, errorCase.id));
    let group = groups.find(({ files }) => [...touched].every((path) => !files.has(path)));
    if (!group) groups.push((group = { cases: [], files: new Set() }));
    group.cases.push(errorCase);
    for (const path of touched) group.files.add(path);
  }
  rmSync(scratch, { recursive: true, force: true });
  return groups.map(({ cases }) => cases);
}
