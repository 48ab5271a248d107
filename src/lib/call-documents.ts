/**
 * The files a call offers for download (`documents`): where each one is,
 * what is wrong with a path an editor wrote, and its format and weight
 * for the page (« PDF, 240 Ko »). A document is stored beside the call
 * (`./reglement.pdf`, published at `/appels-a-projets/<id>/reglement.pdf`)
 * or in `public/` (`/documents/reglement.pdf`, published as it is).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { FileProblem } from './content-files.ts';
import { slugify } from './slug.ts';
import { closestMatches } from './suggest.ts';

/** What a document is for; the page names each kind (`src/i18n/calls.ts`). */
export const documentKinds = ['reglement', 'dossier', 'modele', 'annexe'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** Formats a document may have, lower case: office documents, PDF, archives and plain data. */
export const DOCUMENT_EXTENSIONS = [
  '.pdf',
  '.odt',
  '.ods',
  '.odp',
  '.doc',
  '.docx',
  '.xls',
  '.xlsx',
  '.ppt',
  '.pptx',
  '.rtf',
  '.csv',
  '.txt',
  '.zip',
];

/** Where a document written `file` is on disk, for a call stored at `entryPath` (absolute), `publicDir` being `public/`. */
export function documentLocation(file: string, entryPath: string, publicDir: string): string {
  return file.startsWith('/') ? join(publicDir, file) : resolve(dirname(entryPath), file);
}

/** A document's file name as it can be published in an address: lower case, digits, `-`, `_` and `.`, no space nor accent. */
const FILE_NAME = /^[a-z0-9][a-z0-9._-]*$/;

/** The id of the call stored at `entryPath`: its file name without extension. */
const callIdOf = (entryPath: string) => basename(entryPath).replace(/\.mdx?$/, '');

/**
 * What is wrong with a document path, or `undefined` when the file is there:
 * an address of another site, a folder other than the call's own, a name
 * with spaces, accents or capitals (it becomes part of an address), a format
 * that is not a document, a file that does not exist (the closest name
 * suggested). `label` is the call's file as messages name it (`content/calls/x.md`).
 */
export function documentProblem(file: string, entryPath: string, label: string, publicDir: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(file)) {
    return `doit être un fichier enregistré à côté de l'appel (./reglement.pdf) ou dans public/ (/documents/reglement.pdf), pas une adresse web, trouvé « ${file} »`;
  }
  const beside = !file.startsWith('/');
  const id = callIdOf(entryPath);
  if (beside && !/^\.\/[^/\\]+$/.test(file) && !file.startsWith(`./${id}/`)) {
    return `doit être le nom d'un fichier enregistré à côté de l'appel, précédé de ./ (comme ./reglement.pdf), ou dans un dossier au nom de l'appel (./${id}/reglement.pdf), ou un chemin de public/ commençant par / (comme /documents/reglement.pdf), trouvé « ${file} »`;
  }
  if (beside && file.startsWith(`./${id}/`) && file.slice(id.length + 3).includes('/')) {
    return `doit être un fichier posé directement dans le dossier ./${id}/, sans autre sous-dossier, trouvé « ${file} »`;
  }
  const name = basename(file);
  const extension = extname(name);
  if (
    !beside &&
    !file
      .slice(1, file.length - name.length)
      .split('/')
      .every((folder) => !folder || FILE_NAME.test(folder))
  ) {
    return `chemin « ${file} » refusé : ses dossiers font partie de l'adresse du document et ne doivent contenir que des minuscules sans accents, des chiffres et des tirets ; renommez-les, comme /documents/${name}`;
  }
  if (!FILE_NAME.test(name)) {
    const renamed = `${slugify(name.slice(0, name.length - extension.length)) || 'document'}${extension.toLowerCase()}`;
    return `nom de fichier « ${name} » refusé : il fait partie de l'adresse du document et ne doit contenir que des minuscules sans accents, des chiffres et des tirets ; renommez le fichier « ${renamed} » et écrivez « ${file.slice(0, file.length - name.length)}${renamed} »`;
  }
  if (!DOCUMENT_EXTENSIONS.includes(extname(file).toLowerCase())) {
    return `doit être un document ${DOCUMENT_EXTENSIONS.map((e) => e.slice(1).toUpperCase()).join(', ')}, trouvé « ${file} »`;
  }
  const path = documentLocation(file, entryPath, publicDir);
  if (existsSync(path)) return undefined;
  const dir = dirname(path);
  const neighbours = existsSync(dir)
    ? readdirSync(dir).filter((name) => DOCUMENT_EXTENSIONS.includes(extname(name).toLowerCase()))
    : [];
  const close = closestMatches(basename(file), neighbours);
  const where = beside ? join(dirname(label), file) : `public${file}`;
  return (
    `document introuvable « ${file} » : aucun fichier ${where}` +
    (close.length
      ? ` (vouliez-vous dire « ${dirname(file)}/${close[0]} » ?)`
      : ' ; enregistrez le fichier à cet endroit ou corrigez le chemin')
  );
}

/**
 * The documents of `content/calls/` that no call lists in its `documents`,
 * which the site would leave out without a word. `files` are the folder's
 * files as `listCollectionFiles` gives them (relative to `dir`), `listed`
 * the absolute paths every call's `documents` point to (drafts included),
 * `dirLabel` the folder as messages name it (`content/calls`).
 */
export function unlistedDocuments(
  dir: string,
  dirLabel: string,
  files: readonly string[],
  listed: ReadonlySet<string>,
): FileProblem[] {
  return files
    .filter((file) => DOCUMENT_EXTENSIONS.includes(extname(file).toLowerCase()))
    .filter((file) => !listed.has(resolve(dir, file)))
    .map((file) => {
      const name = basename(file);
      return {
        file: `${dirLabel}/${file}`,
        message: `document qu'aucun appel ne cite : le site ne le publierait pas ; ajoutez-le aux « documents » de son appel (file: ./${file}), ou, si c'est une note pour l'équipe, renommez-le « _${name} » (les noms commençant par _ sont ignorés) ; sinon, retirez-le du dossier`,
      };
    });
}

/** A document as the page lists it: its format (`PDF`) and its weight in bytes. */
export interface DocumentFacts {
  format: string;
  bytes: number;
}

/** The format and weight of a document that exists (`documentProblem` said so). */
export function documentFacts(path: string): DocumentFacts {
  return { format: extname(path).slice(1).toUpperCase(), bytes: statSync(path).size };
}
