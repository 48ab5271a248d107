/**
 * Checks on the content files themselves, before their front matter is read:
 * a file name is the entry's id and URL, so it must be a clean slug and
 * unique in its collection (Astro alone would only warn and keep one file).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isSlug, slugify } from './slug.ts';

const ENTRY_EXTENSIONS = ['.md', '.mdx'] as const;

/** The id of an entry: its file name without extension. */
export function idFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.(md|mdx)$/i, '');
}

/** Entry files under `dir`, relative to it, with `/` separators; `_`-prefixed files and folders are ignored. */
export function listEntryFiles(dir: string): string[] {
  let found: string[] = [];
  let dirents;
  try {
    dirents = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return found;
  }
  for (const dirent of dirents) {
    if (!dirent.isFile()) continue;
    const path = relative(dir, join(dirent.parentPath, dirent.name)).split(sep).join('/');
    if (path.split('/').some((part) => part.startsWith('_') || part.startsWith('.'))) continue;
    if (ENTRY_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext))) found.push(path);
  }
  found = found.sort();
  return found;
}

export interface FileProblem {
  file: string;
  /** The line of the file, when the problem has one. */
  line?: number | undefined;
  message: string;
}

/** Why an id cannot be used in a collection (its URL is taken), or nothing. */
export type ReservedIds = (id: string) => string | undefined;

/**
 * Problems with the names of a collection's files: ids that are not slugs,
 * ids whose URL is taken, and two files with the same id (`a.md` and
 * `a.mdx`, or in two folders). `dirLabel` is the folder as editors know it,
 * e.g. `content/news`.
 */
export function checkEntryFiles(
  dirLabel: string,
  files: readonly string[],
  reserved: ReservedIds = () => undefined,
): FileProblem[] {
  const problems: FileProblem[] = [];
  const byId = new Map<string, string[]>();
  for (const file of files) {
    const id = idFromPath(file);
    const label = `${dirLabel}/${file}`;
    if (!isSlug(id)) {
      const ext = file.slice(file.lastIndexOf('.'));
      problems.push({
        file: label,
        message: `nom de fichier invalide : il devient l'adresse de la page et ne doit contenir que des minuscules sans accents, des chiffres et des tirets ; renommez-le « ${slugify(id) || 'nom'}${ext} »`,
      });
    }
    const taken = reserved(id);
    if (taken) problems.push({ file: label, message: `nom de fichier réservé : ${taken} ; choisissez un autre nom` });
    byId.set(id, [...(byId.get(id) ?? []), label]);
  }
  for (const [id, labels] of byId) {
    if (labels.length > 1) {
      problems.push({
        file: labels[0] ?? id,
        message: `identifiant en double « ${id} » : ${labels.join(' et ')} donneraient la même adresse ; renommez ou supprimez l'un des fichiers`,
      });
    }
  }
  return problems;
}

/** One message listing every problem, one per line, each starting with its file. */
export function formatProblems(problems: readonly FileProblem[]): string {
  const count = problems.length;
  const head = `${count} erreur${count > 1 ? 's' : ''} dans le contenu :`;
  return [head, ...problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''} : ${p.message}`)].join('\n');
}

/** An error whose message lists content problems; stops the build. */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly problems: readonly FileProblem[];
  // No parameter property: scripts import this file with Node's type stripping, which refuses them.
  constructor(problems: readonly FileProblem[]) {
    super(formatProblems(problems));
    this.problems = problems;
  }
}
