/**
 * The files a call offers for download (`documents`): where each one is,
 * what is wrong with a path an editor wrote, and its format and weight
 * for the page (« PDF, 240 Ko »). A document is stored beside the call
 * (`./reglement.pdf`, published at `/appels-a-projets/<id>/reglement.pdf`)
 * or in `public/` (`/documents/reglement.pdf`, published as it is).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
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

/**
 * What is wrong with a document path, or `undefined` when the file is there:
 * an address of another site, a subfolder beside the call, a format that is
 * not a document, a file that does not exist (the closest name suggested).
 * `label` is the call's file as messages name it (`content/calls/x.md`).
 */
export function documentProblem(file: string, entryPath: string, label: string, publicDir: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(file)) {
    return `doit être un fichier enregistré à côté de l'appel (./reglement.pdf) ou dans public/ (/documents/reglement.pdf), pas une adresse web, trouvé « ${file} »`;
  }
  const beside = !file.startsWith('/');
  if (beside && !/^\.\/[^/\\]+$/.test(file)) {
    return `doit être le nom d'un fichier enregistré à côté de l'appel, précédé de ./ (comme ./reglement.pdf), ou un chemin de public/ commençant par / (comme /documents/reglement.pdf), trouvé « ${file} »`;
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
  const where = beside ? join(dirname(label), basename(file)) : `public${file}`;
  return (
    `document introuvable « ${file} » : aucun fichier ${where}` +
    (close.length
      ? ` (vouliez-vous dire « ${beside ? './' : `${dirname(file)}/`}${close[0]} » ?)`
      : ' ; enregistrez le fichier à cet endroit ou corrigez le chemin')
  );
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
