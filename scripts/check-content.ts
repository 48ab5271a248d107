/**
 * `npm run check:content`: checks every file of `content/` in a second,
 * without Astro, and lists every problem at once, one line each. It reads
 * files the way the build does and validates them with the build's own
 * schemas (`src/schemas/`); `npm run build` runs it first. Honours
 * `CONTENT_DIR`, like the build.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { entryCollections, settingsCollection, type EntryCollection } from '../src/schemas/collections.ts';
import { expected } from '../src/schemas/fields.ts';
import {
  checkEntryFiles,
  formatProblems,
  idFromPath,
  listEntryFiles,
  type FileProblem,
} from '../src/lib/content-files.ts';
import { fieldLine, readEntryText, readYamlText } from '../src/lib/front-matter.ts';
import { checkReferences } from '../src/lib/references.ts';
import { reservedPageIds } from '../src/lib/routes.ts';
import { describeIssues } from '../src/lib/schema-problems.ts';
import { slugify } from '../src/lib/slug.ts';
import { closestMatches } from '../src/lib/suggest.ts';
import { checkTags } from '../src/lib/tags.ts';
import { checkBody, type BodyLink } from './check-body.ts';

/** Image formats Astro's image service reads. */
const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg', '.tiff'];

/** What is wrong with an image path written in `file`, or nothing if the image is there. */
export function imageProblem(file: string, label: string, path: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(path)) {
    return `doit être une image enregistrée à côté du fichier, pas une adresse web, trouvé « ${path} »`;
  }
  if (path.startsWith('/')) return `doit être un chemin relatif au fichier, commençant par ./, trouvé « ${path} »`;
  const extension = extname(path).toLowerCase();
  if (!IMAGE_EXTENSIONS.includes(extension)) {
    return `doit être une image JPEG, PNG, WebP, AVIF, GIF, SVG ou TIFF, trouvé « ${path} »`;
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

/** A list of ids as written, when it is one. */
const idList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string').map((id) => id.trim()) : [];

interface Entry {
  collection: EntryCollection;
  id: string;
  label: string;
  data?: Record<string, unknown>;
  /** Lines of the top-level fields. */
  lineOf?: (field: string) => number | undefined;
  links: BodyLink[];
}

/** Where a site path (`/membres/ankama/`) points, if it is an entry or keyword of `content/`. */
function linkTarget(url: string): { collection: EntryCollection | 'tags'; id: string } | undefined {
  const parts = (url.split(/[?#]/)[0] ?? '').split('/').filter(Boolean);
  const [section, id] = parts;
  if (!section) return undefined;
  if (parts.length === 1) {
    return reservedPageIds.includes(section) || section.includes('.')
      ? undefined
      : { collection: 'pages', id: section };
  }
  if (parts.length !== 2 || !id) return undefined;
  if (section === 'actualites') return /^\d+$/.test(id) ? undefined : { collection: 'news', id };
  if (section === 'membres') return { collection: 'members', id };
  if (section === 'appels-a-projets') return { collection: 'calls', id };
  if (section === 'mots-cles') return { collection: 'tags', id };
  return undefined;
}

function checkLinks(entries: readonly Entry[], tagSlugs: ReadonlySet<string>, contentLabel: string): FileProblem[] {
  const known = new Map<string, Set<string>>([['tags', new Set(tagSlugs)]]);
  for (const entry of entries) {
    known.set(entry.collection, (known.get(entry.collection) ?? new Set()).add(entry.id));
  }
  const problems: FileProblem[] = [];
  for (const entry of entries) {
    for (const link of entry.links) {
      const target = linkTarget(link.url);
      if (!target) continue;
      const ids = known.get(target.collection) ?? new Set<string>();
      if (ids.has(target.id)) continue;
      const close = closestMatches(target.id, [...ids]);
      const prefix = link.url.slice(0, link.url.lastIndexOf(target.id));
      const missing =
        target.collection === 'tags'
          ? "aucun article n'a ce mot clé"
          : `aucun fichier ${contentLabel}/${target.collection}/${target.id}.md ou .mdx`;
      problems.push({
        file: entry.label,
        line: link.line,
        message:
          `lien vers une page qui n'existe pas « ${link.url} » : ${missing}` +
          (close.length ? ` (vouliez-vous dire « ${prefix}${close[0]}/ » ?)` : ''),
      });
    }
  }
  return problems;
}

/** One settings file, validated like Astro does it. */
function checkSettingsFile(file: string, label: string): FileProblem[] {
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
  const files = existsSync(folder) ? readdirSync(folder).filter((name) => /^[^.].*\.ya?ml$/.test(name)) : [];
  const problems = files.flatMap((name) => checkSettingsFile(join(folder, name), `${folderLabel}/${name}`));
  if (!files.some((name) => idFromPath(name.replace(/\.ya?ml$/, '.md')) === 'site')) {
    problems.push({
      file: `${folderLabel}/${settingsCollection.file}`,
      message: 'fichier manquant : il contient le nom du site, la navigation et les chiffres clés',
    });
  }
  return problems;
}

/**
 * Every problem of a content folder: file names, front matter, schemas,
 * images, MDX, references between entries, keywords and links.
 * `contentLabel` is how the folder is named in messages (`content`).
 */
export function checkContent(root: string, contentLabel: string): { problems: FileProblem[]; files: number } {
  const problems: FileProblem[] = [];
  const entries: Entry[] = [];
  for (const [collection, { schema, reserved }] of Object.entries(entryCollections) as [
    EntryCollection,
    (typeof entryCollections)[EntryCollection],
  ][]) {
    const dir = join(root, collection);
    const dirLabel = `${contentLabel}/${collection}`;
    const files = listEntryFiles(dir);
    problems.push(...checkEntryFiles(dirLabel, files, reserved));
    for (const path of files) {
      const file = join(dir, path);
      const label = `${dirLabel}/${path}`;
      const entry: Entry = { collection, id: idFromPath(path), label, links: [] };
      entries.push(entry);
      const text = readFileSync(file, 'utf8');
      const { frontMatter, problems: textProblems } = readEntryText(text);
      problems.push(...textProblems.map((problem) => ({ file: label, ...problem })));
      if (!frontMatter) continue;
      const lineOf = (field: string) => fieldLine(frontMatter, field);
      entry.lineOf = lineOf;
      const result = schema(imageHelper(file, label)).safeParse(frontMatter.data);
      if (result.success) entry.data = result.data;
      else {
        // References are still checked when another field is wrong, so that every error shows at once.
        entry.data = { members: idList(frontMatter.data.members), calls: idList(frontMatter.data.calls), tags: [] };
        problems.push(...describeIssues(result.error.issues, lineOf).map((problem) => ({ file: label, ...problem })));
      }
      const body = checkBody(frontMatter.body, path.toLowerCase().endsWith('.mdx') ? 'mdx' : 'md');
      problems.push(...body.problems.map((problem) => ({ file: label, ...problem })));
      for (const image of body.images) {
        const problem = imageProblem(file, label, image.url);
        if (problem) problems.push({ file: label, line: image.line, message: problem });
      }
      entry.links = body.links;
    }
  }
  problems.push(...checkSettings(root, contentLabel));

  const news = entries.filter((entry) => entry.collection === 'news' && entry.data);
  const idsOf = (collection: EntryCollection) =>
    new Set(entries.filter((entry) => entry.collection === collection).map((entry) => entry.id));
  problems.push(
    ...checkReferences(
      news.flatMap(({ label, data, lineOf }) =>
        (['members', 'calls'] as const).map((field) => ({
          file: label,
          field,
          line: lineOf?.(field),
          ids: (data?.[field] as string[] | undefined) ?? [],
          target: field === 'members' ? 'membre' : 'appel à projets',
          targetDir: `${contentLabel}/${field}`,
        })),
      ),
      new Map([
        ['members', idsOf('members')],
        ['calls', idsOf('calls')],
      ]),
    ),
  );
  const tagged = news.map(({ label, data, lineOf }) => ({
    file: label,
    line: lineOf?.('tags'),
    tags: (data?.tags as string[] | undefined) ?? [],
  }));
  problems.push(...checkTags(tagged));
  const tagSlugs = new Set(tagged.flatMap(({ tags }) => tags.map(slugify)));
  problems.push(...checkLinks(entries, tagSlugs, contentLabel));

  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  return { problems, files: entries.length + 1 };
}

/** The content folder of this run and its name in messages, as `src/content.config.ts` computes them. */
export function contentFolder(): { root: string; label: string } {
  const root = resolve(process.env.CONTENT_DIR || 'content');
  return { root, label: relative(process.cwd(), root).split(sep).join('/') || '.' };
}

/** Runs the check and prints its result; returns whether the content is sound. */
export function runContentCheck(): boolean {
  const started = performance.now();
  const { root, label } = contentFolder();
  const { problems, files } = checkContent(root, label);
  const seconds = ((performance.now() - started) / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
  if (!problems.length) {
    console.log(`Contenu vérifié : ${files} fichiers, aucune erreur (${seconds} s).`);
    return true;
  }
  console.error(
    `${formatProblems(problems)}\n\nCorrigez ces erreurs puis relancez. Chaque message est expliqué dans docs/editing.md, « Quand la construction s'arrête ».`,
  );
  return false;
}

if (import.meta.main) process.exit(runContentCheck() ? 0 : 1);
