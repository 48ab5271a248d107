/**
 * Checks on the content files themselves, before their front matter is read:
 * a file name is the entry's id and URL, so it must be a clean slug and
 * unique in its collection (Astro alone would only warn and keep one file);
 * and every file of a collection folder is an entry, an image or an
 * editors' `_` note, so that nothing an editor drops there is silently left out.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { isSlug, slugify } from './slug.ts';

/** The extensions of entries, exactly: Astro's loaders match them case-sensitively. */
const ENTRY_EXTENSIONS = ['.md', '.mdx'] as const;

/** The glob patterns of a collection's entries for Astro's `glob()` loader, matching `isEntryFile`. */
export const ENTRY_GLOB = ['**/[^_.]*.{md,mdx}', '!**/_*/**'];

/** Image formats Astro's image service reads, in any case (`.JPG` too). */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg', '.tiff'];

/** Other names of Markdown files, and the extension each must be renamed to. */
const MARKDOWN_ALIASES: Record<string, string> = {
  '.md': '.md',
  '.markdown': '.md',
  '.mdown': '.md',
  '.mkd': '.md',
  '.mkdn': '.md',
  '.mdwn': '.md',
  '.mdx': '.mdx',
};

/** Files the operating system writes into folders by itself (Windows' thumbnails and folder settings). */
const SYSTEM_FILES = ['thumbs.db', 'desktop.ini'];

/** The id of an entry: its file name without extension. */
export function idFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.(md|mdx)$/i, '');
}

/** Whether a path is an entry of a collection, as Astro's loaders see it: `.md` or `.mdx`, in lower case. */
export function isEntryFile(path: string): boolean {
  return ENTRY_EXTENSIONS.some((extension) => path.endsWith(extension));
}

/**
 * Every file under `dir` that the site may read, relative to it, with `/`
 * separators, sorted: files and folders whose name starts with `_` or `.`
 * are editors' templates and notes, left out, as are the system's own files.
 */
export function listCollectionFiles(dir: string): string[] {
  const found: string[] = [];
  let dirents;
  try {
    dirents = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return found;
  }
  for (const dirent of dirents) {
    if (!dirent.isFile() || SYSTEM_FILES.includes(dirent.name.toLowerCase())) continue;
    const path = relative(dir, join(dirent.parentPath, dirent.name)).split(sep).join('/');
    if (path.split('/').some((part) => part.startsWith('_') || part.startsWith('.'))) continue;
    found.push(path);
  }
  return found.sort();
}

/** Entry files under `dir` (see `listCollectionFiles` and `isEntryFile`). */
export function listEntryFiles(dir: string): string[] {
  return listCollectionFiles(dir).filter(isEntryFile);
}

export interface FileProblem {
  file: string;
  /** The line of the file, when the problem has one. */
  line?: number | undefined;
  message: string;
}

/** Why an id cannot be used in a collection (its URL is taken), or nothing. */
export type ReservedIds = (id: string) => string | undefined;

/** The settings files (`content/settings/site.yaml`) as Astro's `glob()` loader sees them: `.yaml` or `.yml`, at the top of the folder. */
export const SETTINGS_GLOB = '[^_.]*.{yaml,yml}';

/** Whether a path listed by `listCollectionFiles` is a settings file (see `SETTINGS_GLOB`). */
export function isSettingsFile(path: string): boolean {
  return /^[^_./][^/]*\.ya?ml$/.test(path);
}

/**
 * Problems with the files of the settings folder (`listCollectionFiles`):
 * every file is a YAML file at the top of the folder, or an editors' `_`
 * note; anything else would be left out without a word. `dirLabel` is the
 * folder as editors know it, e.g. `content/settings`.
 */
export function checkSettingsFiles(dirLabel: string, files: readonly string[]): FileProblem[] {
  return files.flatMap((file) => {
    if (isSettingsFile(file)) return [];
    const name = file.slice(file.lastIndexOf('/') + 1);
    const extension = extname(name);
    let message: string;
    if (file.includes('/')) {
      message = `fichier dans un sous-dossier : le site ne lit que les réglages posés directement dans ${dirLabel} ; déplacez-le là, ou, si c'est une archive, renommez son dossier en commençant par _ (« _${file.slice(0, file.indexOf('/'))} »)`;
    } else if (/^\.ya?ml$/i.test(extension)) {
      message = `extension « ${extension} » non reconnue : le site ne lit que .yaml et .yml, en minuscules ; renommez-le « ${name.slice(0, -extension.length)}${extension.toLowerCase()} »`;
    } else {
      message = `fichier ni YAML (.yaml) : le site ne le lirait pas ; si c'est une note pour l'équipe, renommez-le « _${name} » (les noms commençant par _ sont ignorés) ; sinon, retirez-le du dossier`;
    }
    return [{ file: `${dirLabel}/${file}`, message }];
  });
}

/** What is wrong with a file of a collection folder that is neither an entry nor an image, if it is one. */
function strayFile(file: string, attachments: readonly string[]): string | undefined {
  if (isEntryFile(file)) return undefined;
  const extension = extname(file);
  if ([...IMAGE_EXTENSIONS, ...attachments].includes(extension.toLowerCase())) return undefined;
  const stem = file.slice(file.lastIndexOf('/') + 1, file.length - extension.length);
  const renamed = MARKDOWN_ALIASES[extension.toLowerCase()];
  if (renamed) {
    return `extension « ${extension} » non reconnue : le site ne lit que .md et .mdx, en minuscules ; renommez-le « ${slugify(stem) || 'nom'}${renamed} »`;
  }
  const name = file.slice(file.lastIndexOf('/') + 1);
  return `fichier ni Markdown (.md, .mdx) ni image : le site ne le publierait pas ; si c'est une note pour l'équipe, renommez-le « _${name} » (les noms commençant par _ sont ignorés) ; si c'est un texte à publier, enregistrez-le en Markdown sous le nom « ${slugify(stem) || 'nom'}.md » ; sinon, retirez-le du dossier`;
}

/**
 * Problems with the files of a collection folder (`listCollectionFiles`):
 * files that are neither an entry nor an image, ids that are not slugs,
 * ids whose URL is taken, and two files with the same id (`a.md` and
 * `a.mdx`, or in two folders). `dirLabel` is the folder as editors know it,
 * e.g. `content/news`; `attachments` are the extensions of the other files
 * the collection publishes (a call's documents, `.pdf`), lower case.
 */
export function checkEntryFiles(
  dirLabel: string,
  files: readonly string[],
  reserved: ReservedIds = () => undefined,
  attachments: readonly string[] = [],
): FileProblem[] {
  const problems: FileProblem[] = [];
  const byId = new Map<string, string[]>();
  for (const file of files) {
    const label = `${dirLabel}/${file}`;
    const stray = strayFile(file, attachments);
    if (stray) problems.push({ file: label, message: stray });
    if (!isEntryFile(file)) continue;
    const id = idFromPath(file);
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

/**
 * The largest entry file, in bytes (200 ko, about 30,000 words): an entry's
 * whole text goes into the feeds and into the search fragment that every
 * search listing it downloads, so one 5 Mo file made both main feeds 5,4 Mo
 * and such searches take seconds.
 */
const MAX_ENTRY_BYTES = 200_000;

/** A size in bytes as French readers write it, rounded up so that a size over a limit never reads as the limit: `200,1 ko`, `5,2 Mo`. */
export function formatBytes(bytes: number): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'Mo'] : [bytes / 1000, 'ko'];
  return `${(Math.ceil(value * 10) / 10).toLocaleString('fr-FR')}\u00a0${unit}`;
}

/** Entry files of `dir` (paths relative to it, as listed) larger than `MAX_ENTRY_BYTES`. */
export function checkEntrySizes(dir: string, dirLabel: string, files: readonly string[]): FileProblem[] {
  return files.filter(isEntryFile).flatMap((file) => {
    const { size } = statSync(join(dir, file));
    if (size <= MAX_ENTRY_BYTES) return [];
    return [
      {
        file: `${dirLabel}/${file}`,
        message: `texte trop long : ${formatBytes(size)} pour une limite de ${formatBytes(MAX_ENTRY_BYTES)} par fichier (environ 30 000 mots) ; un texte si long alourdit les flux RSS et ralentit chaque recherche qui le trouve : découpez-le en plusieurs articles, ou gardez-en ici l'essentiel`,
      },
    ];
  });
}

/** The order problems are listed in: by file, then by line (a problem without one first). */
export function byFileAndLine(a: FileProblem, b: FileProblem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0);
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
