/**
 * `npm run check:content`: checks every file of `content/` in a second,
 * without Astro, and lists every problem at once, one line each. It reads
 * files the way the build does and validates them with the build's own
 * schemas (`src/schemas/`); `npm run build` runs it first. Honours
 * `CONTENT_DIR`, like the build.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import {
  entryCollections,
  settingsCollection,
  translationSchemas,
  type EntryCollection,
} from '../src/schemas/collections.ts';
import { TRANSLATION_FOLDER } from '../src/schemas/translations.ts';
import { expected, withEntryImage } from '../src/schemas/fields.ts';
import {
  checkTranslations,
  crossCheck,
  missingSettings,
  type EntryFacts,
  type TranslationFacts,
  bodyHasText,
  listLengths,
} from '../src/lib/content-checks.ts';
import { eventBodyProblem } from '../src/lib/event-checks.ts';
import {
  IMAGE_EXTENSIONS,
  byFileAndLine,
  checkEntryFiles,
  checkEntrySizes,
  checkSettingsFiles,
  formatProblems,
  idFromPath,
  isEntryFile,
  isSettingsFile,
  listCollectionFiles,
  type FileProblem,
} from '../src/lib/content-files.ts';
import { contentFolder, type ContentFolder } from '../src/lib/content-folder.ts';
import { documentLocation, unlistedDocuments } from '../src/lib/call-documents.ts';
import { fieldLine, readEntryText, readYamlText } from '../src/lib/front-matter.ts';
import { describeIssues, type SchemaIssue } from '../src/lib/schema-problems.ts';
import { closestMatches } from '../src/lib/suggest.ts';
import { checkBody } from './check-body.ts';

/** What is wrong with an image path written in `file`, or nothing if the image is there. */
export function imageProblem(file: string, label: string, path: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(path)) {
    return `doit être une image enregistrée à côté du fichier, pas une adresse web, trouvé « ${path} »`;
  }
  if (path.startsWith('/')) return `doit être un chemin relatif au fichier, commençant par ./, trouvé « ${path} »`;
  const extension = extname(path).toLowerCase();
  // Astro 7.3.5 refuses SVG sources in its image service (in English, after the check); passing
  // them through would serve editors' SVG files, scripts included, from the site's own origin.
  if (extension === '.svg') {
    return `image SVG « ${path} » : la construction ne prend pas encore les images SVG ; enregistrez-la en PNG (un logo : au moins 144 pixels de haut) ou en WebP, et citez ce fichier`;
  }
  if (!IMAGE_EXTENSIONS.includes(extension)) {
    return `doit être une image JPEG, PNG, WebP, AVIF, GIF ou TIFF, trouvé « ${path} »`;
  }
  const dir = dirname(file);
  if (existsSync(resolve(dir, path))) return undefined;
  const neighbours = readdirSync(dir).filter((name) => IMAGE_EXTENSIONS.includes(extname(name).toLowerCase()));
  const close = closestMatches(basename(path), neighbours);
  const where = join(dirname(label), path).split(sep).join('/');
  return (
    `image introuvable « ${path} » : aucun fichier ${where}` +
    (close.length
      ? ` (vouliez-vous dire « ./${close[0]} » ?)`
      : ' ; placez l’image à côté du fichier ou corrigez le chemin')
  );
}

/** Astro's `image()` schema helper, checking instead that the file is there. */
function imageHelper(file: string, label: string): SchemaContext {
  const image = () =>
    z.string({ error: expected("le chemin d'une image, comme ./photo.jpg") }).superRefine((path, context) => {
      const problem = imageProblem(file, label, path);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    });
  // The check needs only the path, not the image's metadata that Astro's helper returns.
  return { image } as unknown as SchemaContext;
}

/**
 * The problems of the image path of `data` that its schema did not reach: a schema made by
 * `withEntryImage` checks the image only once the other fields are valid, and the check lists
 * every problem of a file at once. None for a schema without an image, or those already among
 * `issues`.
 */
function unreachedImageIssues(
  schema: (context: SchemaContext) => unknown,
  context: SchemaContext,
  data: Record<string, unknown>,
  issues: readonly { path: readonly PropertyKey[] }[],
): SchemaIssue[] {
  if (!('imageIssues' in schema)) return [];
  const found = (schema as ReturnType<typeof withEntryImage>).imageIssues(context, data);
  return found.filter((issue) => !issues.some(({ path }) => path[0] === issue.path[0]));
}

/** A list of ids as written, when it is one. */
const idList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string').map((id) => id.trim()) : [];

/**
 * The links of the settings' menus to the site's own pages (`navigation` and
 * `footer`, French and English), each with its line: checked as body links.
 */
function settingsLinks(text: string, data: unknown): { line: number | undefined; url: string }[] {
  const result = settingsCollection.schema().safeParse(data ?? {});
  if (!result.success) return [];
  const { navigation, footer, en } = result.data;
  const lines = text.split('\n');
  return [...navigation, ...footer, ...en.navigation, ...en.footer]
    .filter(({ href }) => href.startsWith('/'))
    .map(({ href }) => {
      const index = lines.findIndex((line) => line.trim() === `href: ${href}` || line.trim() === `- href: ${href}`);
      return { line: index < 0 ? undefined : index + 1, url: href };
    });
}

/**
 * One YAML file of `content/settings/`, validated like Astro does it: its text, then its fields.
 * @param file The file, absolute.
 * @param label The file as messages name it (`content/settings/site.yaml`).
 * @returns Its problems in French, with their lines; none when it is sound.
 */
export function checkSettingsFile(file: string, label: string): FileProblem[] {
  const text = readFileSync(file, 'utf8');
  const { data, problems } = readYamlText(text);
  if (problems.length) return problems.map((problem) => ({ file: label, ...problem }));
  const result = settingsCollection.schema().safeParse(data ?? {});
  if (result.success) return [];
  const lines = text.split('\n');
  const lineOf = (field: string) => {
    const index = lines.findIndex((line) => line.startsWith(`${field}:`));
    return index < 0 ? undefined : index + 1;
  };
  return describeIssues(result.error.issues, lineOf).map((problem) => ({ file: label, ...problem }));
}

/** Every YAML file of `content/settings/`, as Astro loads them all; `site.yaml` must be one. */
function checkSettings(root: string, contentLabel: string): FileProblem[] {
  const folder = join(root, settingsCollection.folder);
  const folderLabel = `${contentLabel}/${settingsCollection.folder}`;
  const listed = listCollectionFiles(folder);
  const files = listed.filter(isSettingsFile);
  const problems = [
    ...checkSettingsFiles(folderLabel, listed),
    ...files.flatMap((name) => checkSettingsFile(join(folder, name), `${folderLabel}/${name}`)),
  ];
  if (!files.some((name) => idFromPath(name.replace(/\.ya?ml$/, '.md')) === 'site')) {
    problems.push(missingSettings(contentLabel));
  }
  return problems;
}

/**
 * What can be checked of one Markdown or MDX file of a collection on its own: its text (characters,
 * front matter, dates), its fields against the collection's schema, its body and the images it
 * cites. What needs the other files (references, links, translations, file names) is left to
 * `checkContent`, which gathers the facts returned here.
 * @param collection The collection whose folder holds the file.
 * @param dir That folder, absolute (`content/news`).
 * @param dirLabel That folder as messages name it (`content/news`).
 * @param path The file, from `dir`: `lancement.md`, or `en/lancement.md` for a translation.
 * @returns The entry's facts for the checks across files, and the file's problems in French,
 *   with their lines.
 */
export function checkEntryFile(
  collection: EntryCollection,
  dir: string,
  dirLabel: string,
  path: string,
): { entry: EntryFacts; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  const isTranslation = path.startsWith(`${TRANSLATION_FOLDER}/`);
  const schema = isTranslation ? () => translationSchemas[collection]() : entryCollections[collection].schema;
  const file = join(dir, path);
  const label = `${dirLabel}/${path}`;
  const entry: EntryFacts = { collection, id: idFromPath(path), file: label };
  const text = readFileSync(file, 'utf8');
  const { frontMatter, problems: textProblems } = readEntryText(text);
  problems.push(...textProblems.map((problem) => ({ file: label, ...problem })));
  if (!frontMatter) return { entry, problems };
  const lineOf = (field: string) => fieldLine(frontMatter, field);
  entry.lineOf = lineOf;
  // What a translation is compared with: its French entry's text and lists.
  entry.hasBody = bodyHasText(frontMatter.body);
  entry.lists = listLengths(frontMatter.data);
  entry.fields = Object.keys(frontMatter.data);
  const context = imageHelper(file, label);
  const result = schema(context).safeParse(frontMatter.data);
  if (result.success) {
    const data = result.data as {
      members?: string[];
      calls?: string[];
      events?: string[];
      organizers?: string[];
      status?: string;
      tags?: string[];
      results?: { member?: string }[];
      documents?: { file: string }[];
      draft?: boolean;
    };
    Object.assign(entry, {
      members: data.members,
      calls: data.calls,
      events: data.events,
      organizers: data.organizers,
      tags: data.tags,
      path: file,
      draft: data.draft,
      results: data.results?.map(({ member }) => member),
      documents: data.documents?.map(({ file: document }) => document),
    });
    if (collection === 'events' && data.status) {
      const problem = eventBodyProblem({
        file: label,
        line: lineOf('status'),
        status: data.status,
        body: frontMatter.body,
      });
      if (problem) problems.push(problem);
    }
  } else {
    // References are still checked when another field is wrong, so that every error shows at once.
    const { members, calls, events, organizers } = frontMatter.data;
    Object.assign(entry, {
      members: idList(members),
      calls: idList(calls),
      events: idList(events),
      organizers: idList(organizers),
    });
    const issues = [
      ...result.error.issues,
      ...unreachedImageIssues(schema, context, frontMatter.data, result.error.issues),
    ];
    problems.push(...describeIssues(issues, lineOf).map((problem) => ({ file: label, ...problem })));
  }
  const body = checkBody(frontMatter.body, path.endsWith('.mdx') ? 'mdx' : 'md');
  problems.push(...body.problems.map((problem) => ({ file: label, ...problem })));
  for (const image of body.images) {
    const problem = imageProblem(file, label, image.url);
    if (problem) problems.push({ file: label, line: image.line, message: problem });
  }
  entry.links = body.links;
  return { entry, problems };
}

/**
 * Every problem of a content folder: file names, front matter, schemas,
 * images, MDX, references between entries, keywords and links.
 * `contentLabel` is how the folder is named in messages (`content`).
 */
export function checkContent(root: string, contentLabel: string): { problems: FileProblem[]; files: number } {
  const problems: FileProblem[] = [];
  const entries: EntryFacts[] = [];
  const translations: TranslationFacts[] = [];
  for (const [collection, { reserved, attachments }] of Object.entries(entryCollections) as [
    EntryCollection,
    (typeof entryCollections)[EntryCollection],
  ][]) {
    const dir = join(root, collection);
    const dirLabel = `${contentLabel}/${collection}`;
    const translationDir = `${TRANSLATION_FOLDER}/`;
    const allFiles = listCollectionFiles(dir);
    const files = allFiles.filter((file) => !file.startsWith(translationDir));
    // Translations, `en/<id>.md`, are checked as the build loads them: a folder of their own, their own schema.
    const translated = allFiles.filter((file) => file.startsWith(translationDir)).map((file) => file.slice(3));
    problems.push(...checkEntryFiles(dirLabel, files, reserved, attachments), ...checkEntrySizes(dir, dirLabel, files));
    problems.push(
      ...checkEntryFiles(`${dirLabel}/${TRANSLATION_FOLDER}`, translated),
      ...checkEntrySizes(join(dir, TRANSLATION_FOLDER), `${dirLabel}/${TRANSLATION_FOLDER}`, translated),
    );
    for (const path of [...files, ...translated.map((file) => `${translationDir}${file}`)].filter(isEntryFile)) {
      const { entry, problems: fileProblems } = checkEntryFile(collection, dir, dirLabel, path);
      // A translation's facts: its tags and body links are checked against the English site.
      if (path.startsWith(translationDir)) translations.push(entry);
      else entries.push(entry);
      problems.push(...fileProblems);
    }
    if (collection === 'calls') {
      const publicDir = resolve(import.meta.dirname, '../public');
      const listed = entries.flatMap(({ collection: kind, path, documents }) =>
        kind === 'calls' && path
          ? (documents ?? []).map((document) => documentLocation(document, path, publicDir))
          : [],
      );
      problems.push(...unlistedDocuments(dir, dirLabel, files, new Set(listed)));
    }
  }
  problems.push(...checkSettings(root, contentLabel));
  const settingsFile = join(root, settingsCollection.folder, 'site.yaml');
  const settings = existsSync(settingsFile)
    ? (() => {
        const text = readFileSync(settingsFile, 'utf8');
        return [
          {
            file: `${contentLabel}/${settingsCollection.folder}/site.yaml`,
            links: settingsLinks(text, readYamlText(text).data),
          },
        ];
      })()
    : [];
  problems.push(
    ...crossCheck(entries, contentLabel, resolve(import.meta.dirname, '../public'), translations, settings),
  );
  problems.push(...checkTranslations(translations, entries, contentLabel));

  problems.sort(byFileAndLine);
  return { problems, files: entries.length + translations.length + 1 };
}

/**
 * The check of a content folder (default: this process's, from `CONTENT_DIR`)
 * as `npm run check:content` prints it: `sound` tells whether it passed, and
 * `report` is the text printed, on standard output when sound, on standard
 * error otherwise. Throws only on a fault of the check itself, never for a
 * mistake in the content.
 */
export function contentCheckReport(folder: ContentFolder = contentFolder()): { sound: boolean; report: string } {
  const started = performance.now();
  const { problems, files } = checkContent(folder.root, folder.label);
  const seconds = ((performance.now() - started) / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
  if (!problems.length)
    return { sound: true, report: `Contenu vérifié : ${files} fichiers, aucune erreur (${seconds} s).` };
  return {
    sound: false,
    report: `${formatProblems(problems)}\n\nCorrigez ces erreurs puis relancez. Chaque message est expliqué dans docs/editing.md, « Quand la construction s'arrête ».`,
  };
}

if (import.meta.main) {
  const { sound, report } = contentCheckReport();
  if (sound) console.log(report);
  else console.error(report);
  process.exit(sound ? 0 : 1);
}
