/**
 * `npm run new -- news "Titre de l'article"` (or `member`, `call`, `event`, `page`):
 * creates `content/<collection>/<slug>.md` with every field of the contract,
 * documented from the schemas. With `--lang en` (or `--lang=en`), the title
 * or file name of an existing French entry: creates its English translation,
 * `content/<collection>/en/<same name and extension>`, with the French text
 * to translate in comments. Required fields it cannot fill hold
 * « À compléter », which the schemas refuse: the entry cannot be published
 * until they are written. Never overwrites a file. Honours `CONTENT_DIR`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { dump, load } from 'js-yaml';
import { entryCollections, translationSchemas, type EntryCollection } from '../src/schemas/collections.ts';
import { TRANSLATION_FOLDER } from '../src/schemas/translations.ts';
import { parseFrontMatter } from '../src/lib/front-matter.ts';
import { closestMatches } from '../src/lib/suggest.ts';
import { checkEntryFiles, idFromPath, listEntryFiles } from '../src/lib/content-files.ts';
import { contentFolder } from '../src/lib/content-folder.ts';
import { parisDay } from '../src/lib/dates.ts';
import { PLACEHOLDER } from '../src/lib/placeholder.ts';
import { slugify } from '../src/lib/slug.ts';
import { fieldDocs } from './field-docs.ts';

/** The kinds of entry, by the names editors may type (English or French, singular or plural). */
const KINDS: Record<string, EntryCollection> = {
  news: 'news',
  actualite: 'news',
  article: 'news',
  member: 'members',
  members: 'members',
  membre: 'members',
  call: 'calls',
  calls: 'calls',
  appel: 'calls',
  page: 'pages',
  pages: 'pages',
  event: 'events',
  events: 'events',
  evenement: 'events',
};

/** The field that takes the title given on the command line, and the one that takes today's date. */
const TITLE_FIELD: Record<EntryCollection, string> = {
  news: 'title',
  members: 'name',
  calls: 'title',
  pages: 'title',
  events: 'title',
};
const DATE_FIELD: Partial<Record<EntryCollection, string>> = { news: 'date', calls: 'opens', events: 'announced' };

const USAGE = `Utilisation : npm run new -- <type> "Titre" [--lang en]
  <type> : news (une actualité), member (un membre), call (un appel à projets), event (un événement) ou page
  --lang en : la traduction anglaise d'une entrée qui existe, nommée par son titre ou son nom de fichier
  Exemples : npm run new -- news "Appel à projets 2010"
             npm run new -- member ankama --lang en`;

export class NewEntryError extends Error {
  override name = 'NewEntryError';
}

const comment = (text: string) =>
  text
    .split('\n')
    .map((line) => `# ${line}`)
    .join('\n');

/** The text of a new entry: front matter with every field, then a note where the text goes. */
export function entryTemplate(collection: EntryCollection, title: string, today: string): string {
  const schemaFile = resolve(import.meta.dirname, `../src/schemas/${collection}.ts`);
  const lines = [
    `# Créé par npm run new le ${today}. Remplacez chaque « ${PLACEHOLDER} » : tant qu'il en reste, la construction s'arrête.`,
    '# Les champs précédés de # sont facultatifs : retirez le # et l’espace pour les utiliser. Guide : docs/editing.md',
  ];
  for (const { name, doc, example } of fieldDocs(readFileSync(schemaFile, 'utf8'))) {
    lines.push('', comment(doc));
    const exampleValue = (load(example) as Record<string, unknown> | undefined)?.[name];
    if (name === TITLE_FIELD[collection]) lines.push(`${name}: ${dump(title, { quotingType: '"' }).trim()}`);
    else if (name === DATE_FIELD[collection]) lines.push(`${name}: ${today}`);
    else if (doc.endsWith('Obligatoire.')) {
      lines.push(`${name}: ${Array.isArray(exampleValue) ? `[${PLACEHOLDER}]` : PLACEHOLDER}`);
    } else lines.push(comment(example));
  }
  return `---\n${lines.join('\n')}\n---\n\n<!-- Écrivez le texte ici, en Markdown, à la place de ce commentaire. -->\n`;
}

/** Creates the entry and returns its path; refuses a taken or unusable name. */
export function createEntry(kind: string, title: string, root: string, now = new Date()): string {
  const collection = KINDS[kind.toLowerCase()];
  if (!collection) throw new NewEntryError(`type inconnu « ${kind} »\n${USAGE}`);
  if (!title.trim()) throw new NewEntryError(`titre manquant\n${USAGE}`);
  const id = slugify(title);
  if (!id)
    throw new NewEntryError(`le titre « ${title} » n'a ni lettre ni chiffre : il ne peut pas donner de nom de fichier`);
  const dir = join(root, collection);
  const label = relative(process.cwd(), dir).split(sep).join('/');
  const existing = listEntryFiles(dir);
  const taken = existing.find((file) => idFromPath(file) === id);
  if (taken) {
    throw new NewEntryError(`${label}/${taken} existe déjà : modifiez ce fichier, ou choisissez un autre titre`);
  }
  const file = `${id}.md`;
  const [problem] = checkEntryFiles(label, [file], entryCollections[collection].reserved);
  if (problem) throw new NewEntryError(`${problem.file} : ${problem.message}`);
  const path = join(dir, file);
  mkdirSync(dir, { recursive: true });
  // `wx`: fails rather than overwrite, even if the file appeared in the meantime.
  writeFileSync(path, entryTemplate(collection, title.trim(), parisDay(now)), { flag: 'wx' });
  return path;
}

/**
 * The French body as a comment each format accepts and never publishes:
 * an HTML comment in Markdown, an MDX comment (braces around a JavaScript
 * block comment) in MDX, which refuses HTML comments.
 * The comment's own end marker is broken inside the text so it cannot close early.
 */
function commentedBody(body: string, format: 'md' | 'mdx'): string {
  const note =
    'Le texte français, à traduire : écrivez le texte anglais en dehors de ce commentaire, qui n’est pas publié.';
  return format === 'mdx'
    ? `{/* ${note}\n\n${body.replaceAll('*/', '*\\/')}\n*/}`
    : `<!-- ${note}\n\n${body.replaceAll('-->', '--\\>')}\n-->`;
}

/**
 * The text of a translation in `format` (that of its French file): the
 * translation schema's fields, the required ones « À compléter », each with
 * the French value to translate as a comment, then the French body as a
 * comment (`commentedBody`).
 */
export function translationTemplate(
  collection: EntryCollection,
  french: string,
  today: string,
  format: 'md' | 'mdx' = 'md',
): string {
  const { data, body } = parseFrontMatter(french);
  const shape = translationSchemas[collection]().shape as Record<string, { isOptional: () => boolean }>;
  const lines = [
    `# Traduction anglaise créée par npm run new le ${today}. Remplacez chaque « ${PLACEHOLDER} » par le texte anglais.`,
    '# Une traduction ne porte que ces champs de texte : dates, références, images et brouillon viennent du fichier français. Guide : docs/editing.md',
  ];
  for (const [name, field] of Object.entries(shape)) {
    const value = data[name];
    lines.push('');
    if (value !== undefined) lines.push(comment(`En français : ${dump(value, { flowLevel: 0 }).trim()}`));
    // The description of the French entry's image is required of its translation too.
    const describesImage =
      (name === 'imageAlt' && data['image'] !== undefined) || (name === 'logoAlt' && data['logo'] !== undefined);
    lines.push(field.isOptional() && !describesImage ? `# ${name}: ` : `${name}: ${PLACEHOLDER}`);
  }
  const quoted = body.trim() ? `\n${commentedBody(body.trim(), format)}\n` : '';
  return `---\n${lines.join('\n')}\n---\n${quoted}`;
}

/** The title of a French file (`name` for members) as a slug, or nothing when its front matter cannot be read. */
function titleSlug(collection: EntryCollection, path: string): string | undefined {
  try {
    const title = parseFrontMatter(readFileSync(path, 'utf8')).data[TITLE_FIELD[collection]];
    return typeof title === 'string' ? slugify(title) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The French file (relative to `dir`) named by `name`: its file name, with
 * or without extension, else the slug of its title (`name` for members),
 * so that case, accents and apostrophes do not matter. Throws a
 * `NewEntryError` listing the closest file names when none matches, or the
 * files when several titles do.
 */
function findFrenchEntry(collection: EntryCollection, dir: string, label: string, name: string): string {
  const french = listEntryFiles(dir).filter((file) => !file.startsWith(`${TRANSLATION_FOLDER}/`));
  const id = slugify(name.replace(/\.mdx?$/i, ''));
  const byFile = french.find((file) => idFromPath(file) === id);
  if (byFile) return byFile;
  const titles = new Map(french.map((file) => [file, titleSlug(collection, join(dir, file))]));
  const byTitle = french.filter((file) => titles.get(file) === id);
  if (byTitle.length > 1) {
    throw new NewEntryError(
      `plusieurs entrées françaises s’appellent « ${name} » : ${byTitle.map((file) => `${label}/${file}`).join(', ')} ; donnez le nom de fichier de celle à traduire`,
    );
  }
  if (byTitle[0]) return byTitle[0];
  // Each file by its file name and by its title's slug, so that a misspelt title finds its file too.
  const fileOf = new Map<string, string>();
  for (const file of french) {
    fileOf.set(idFromPath(file), file);
    const title = titles.get(file);
    if (title && !fileOf.has(title)) fileOf.set(title, file);
  }
  const close = [...new Set(closestMatches(id, [...fileOf.keys()], 6).map((key) => fileOf.get(key)))].slice(0, 3);
  throw new NewEntryError(
    `aucune entrée française de ${label} n’a pour nom de fichier ou pour titre « ${name} »` +
      (close.length ? ` ; les plus proches : ${close.map((file) => `${label}/${file}`).join(', ')}` : '') +
      ' ; donnez le titre exact ou le nom de fichier, ou créez d’abord l’entrée française, puis sa traduction',
  );
}

/**
 * Creates the English translation of the French entry named `title` (its
 * title or its file name, see `findFrenchEntry`) and returns its path: same
 * file name and extension, in the `en/` folder. Refuses an entry that does
 * not exist and a translation that already exists.
 */
export function createTranslation(kind: string, title: string, root: string, now = new Date()): string {
  const collection = KINDS[kind.toLowerCase()];
  if (!collection) throw new NewEntryError(`type inconnu « ${kind} »\n${USAGE}`);
  if (!slugify(title)) throw new NewEntryError(`titre manquant\n${USAGE}`);
  const dir = join(root, collection);
  const label = relative(process.cwd(), dir).split(sep).join('/');
  const source = findFrenchEntry(collection, dir, label, title);
  const id = idFromPath(source);
  const translated = listEntryFiles(join(dir, TRANSLATION_FOLDER)).find((file) => idFromPath(file) === id);
  if (translated) {
    throw new NewEntryError(`${label}/${TRANSLATION_FOLDER}/${translated} existe déjà : modifiez ce fichier`);
  }
  const format = source.endsWith('.mdx') ? 'mdx' : 'md';
  const path = join(dir, TRANSLATION_FOLDER, `${id}.${format}`);
  mkdirSync(join(dir, TRANSLATION_FOLDER), { recursive: true });
  const text = translationTemplate(collection, readFileSync(join(dir, source), 'utf8'), parisDay(now), format);
  writeFileSync(path, text, { flag: 'wx' });
  return path;
}

/**
 * The command line (`process.argv` after the script): the kind, the title
 * (the other words, joined) and the language. `--lang en` and `--lang=en`
 * alike; throws a French `NewEntryError` naming any other option, rather
 * than let it become part of a title.
 */
export function parseCommand(args: string[]): { kind: string; title: string; lang: 'fr' | 'en' } {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { lang: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (error) {
    const option = /'(-[^' ]*)/.exec(error instanceof Error ? error.message : '')?.[1] ?? '';
    throw new NewEntryError(
      option === '--lang'
        ? `langue manquante après --lang : écrivez --lang en\n${USAGE}`
        : `option inconnue « ${option} » : la seule option est --lang en ; un titre qui commence par un tiret s’écrit après --, par exemple npm run new -- news -- "-Titre"\n${USAGE}`,
    );
  }
  const lang = (parsed.values.lang ?? 'fr').toLowerCase();
  if (lang !== 'fr' && lang !== 'en') throw new NewEntryError(`langue inconnue « ${lang} » : fr ou en\n${USAGE}`);
  const [kind = '', ...words] = parsed.positionals;
  return { kind, title: words.join(' '), lang };
}

if (import.meta.main) {
  try {
    const { kind, title, lang } = parseCommand(process.argv.slice(2));
    const path =
      lang === 'en'
        ? createTranslation(kind, title, contentFolder().root)
        : createEntry(kind, title, contentFolder().root);
    const shown = relative(process.cwd(), path).split(sep).join('/');
    console.log(
      `Créé : ${shown}\nRemplacez chaque « ${PLACEHOLDER} », puis vérifiez avec npm run check:content et prévisualisez avec npm run dev.`,
    );
  } catch (error) {
    if (!(error instanceof NewEntryError)) throw error;
    console.error(`Rien n'a été créé : ${error.message}`);
    process.exit(1);
  }
}
