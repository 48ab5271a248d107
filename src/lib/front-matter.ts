/**
 * Reading the front matter of a content file the way Astro does: the same
 * block pattern (`@astrojs/internal-helpers/frontmatter`) and the same YAML
 * library and values (js-yaml's `load`, its date type only noting which
 * values it reads as dates: `loadNoticingDates`), so that an unquoted
 * `2009-07-02` is a date here as it is in the build. `readEntryText` and `readYamlText`
 * turn everything wrong with an editor's text into French problems, for
 * both the content check and the build's loaders.
 */
import { YAMLException } from 'js-yaml';
import { KEY_LINE, describeYamlError, fieldAt, valueOf } from './yaml-errors.ts';
import { findUnwantedCharacters, findUnwantedReferences, unwantedCharacterMessage } from './characters.ts';
import { impossibleDatesAmong, loadNoticingDates } from './yaml-dates.ts';
import type { LineProblem } from './schema-problems.ts';

/** Astro's front-matter block: `---` lines at the very top of the file. */
const BLOCK = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

export interface FrontMatter {
  /** The fields, as Astro hands them to the schema. */
  data: Record<string, unknown>;
  /** The YAML text between the two `---` lines, from the end of the first one. */
  raw: string;
  /** Line of the file on which `raw` starts, that of the opening `---` (1-based). */
  firstLine: number;
  /** The file with its front matter blanked out, lines kept, as Astro's MDX plugin compiles it. */
  body: string;
  /** The text of every value of `raw` that YAML reads as a date, in order (`loadNoticingDates`). */
  dates: string[];
}

/** A front matter that is not valid YAML: where, and why in French. */
export class FrontMatterError extends Error {
  override name = 'FrontMatterError';
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}

/**
 * A YAML file of settings read as Astro reads it, with the same checks as a
 * front matter: unwanted characters and YAML errors as French problems.
 */
export function readYamlText(text: string): { data?: unknown; problems: LineProblem[] } {
  const lines = text.split('\n');
  const characters = findUnwantedCharacters(text).map((problem) => ({
    line: problem.line,
    message: unwantedCharacterMessage(problem, fieldAt(lines, problem.line - 1)),
  }));
  if (characters.length) return { problems: characters };
  try {
    const { data, dates } = loadNoticingDates(text);
    const impossible = impossibleDatesAmong(text, dates).map(({ index, message }) => ({ line: index + 1, message }));
    return impossible.length ? { problems: impossible } : { data, problems: [] };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    return { problems: [describeYamlError(error, text, 'fichier illisible')] };
  }
}

/** Refuses a file that opens a front matter with `---` but never closes it: its fields would be read as text. */
function unclosed(text: string): void {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const open = lines.findIndex((line) => line.trim() !== '');
  if (lines[open]?.trim() !== '---') return;
  let last = open;
  while (last + 1 < lines.length && (KEY_LINE.test(lines[last + 1] ?? '') || /^\s+\S/.test(lines[last + 1] ?? '')))
    last++;
  const after = last > open ? `après le dernier champ (ligne ${last + 1})` : 'après les champs';
  throw new FrontMatterError(
    `en-tête jamais fermé : la ligne --- de la ligne ${open + 1} l'ouvre, mais aucune ligne --- ne le ferme ; ajoutez une ligne --- ${after}`,
    open + 1,
  );
}

/** The front matter of a Markdown or MDX file; a file without one has no fields. */
export function parseFrontMatter(text: string): FrontMatter {
  const match = BLOCK.exec(text);
  if (!match) {
    unclosed(text);
    return { data: {}, raw: '', firstLine: 1, body: text, dates: [] };
  }
  const [block, delimiter, raw = ''] = match;
  const start = match.index + block.indexOf(delimiter ?? '---');
  // `raw` starts at the end of the opening `---` line: its first line is that one.
  const firstLine = text.slice(0, start).split('\n').length;
  if (delimiter === '+++') {
    throw new FrontMatterError("en-tête en TOML (+++) : écrivez l'en-tête en YAML, entre deux lignes ---", firstLine);
  }
  let parsed: unknown;
  let dates: string[];
  try {
    ({ data: parsed, dates } = loadNoticingDates(raw));
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const { line, message } = describeYamlError(error, raw, 'en-tête illisible');
    throw new FrontMatterError(message, firstLine + line - 1);
  }
  const data =
    parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  const body = text.slice(0, match.index) + block.replace(/[^\r\n]/g, ' ') + text.slice(match.index + block.length);
  return { data, raw, firstLine, body, dates };
}

/** The line of the file where a top-level field is written, if it is. */
export function fieldLine(frontMatter: FrontMatter, field: string): number | undefined {
  const index = frontMatter.raw.split('\n').findIndex((line) => line.startsWith(`${field}:`));
  return index < 0 ? undefined : frontMatter.firstLine + index;
}

/** A YAML timestamp with a time but no offset, which YAML reads as UTC although editors mean Paris. */
const TIME_WITHOUT_OFFSET = /^(\d{4}-\d{1,2}-\d{1,2})(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?\s*(?:#.*)?$/;

/** The paths and values of every string in `data`, however nested. */
function strings(data: unknown, path: string[] = []): [string[], string][] {
  if (typeof data === 'string') return [[path, data]];
  if (Array.isArray(data)) return data.flatMap((item) => strings(item, path));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => strings(value, [...path, key]));
  }
  return [];
}

/**
 * The one message for a file without front matter, empty or not: every
 * collection has required fields, and listing each of them as missing would
 * hide that the whole header is.
 */
function withoutFrontMatter(text: string): string {
  const create = '« npm run new » crée un fichier avec son en-tête à remplir (voir docs/editing.md)';
  return text.replace(/^\uFEFF/, '').trim() === ''
    ? `fichier vide : un texte commence par son en-tête, ses champs entre deux lignes --- ; ${create}, ou supprimez ce fichier`
    : `le fichier n'a pas d'en-tête : ses champs (titre, date…) s'écrivent tout en haut, entre deux lignes --- ; ${create}, ou copiez l'en-tête d'un autre texte de la même rubrique`;
}

/**
 * Everything wrong with the text of a Markdown or MDX file before its fields
 * are validated, as French problems with their file line: unwanted
 * characters anywhere (`characters.ts`, the field named when in the front
 * matter), a front matter that is not YAML or never closed, a time without
 * offset, a date that does not exist (`2026-02-30`, which YAML would move). The front matter is returned when it could be read.
 */
export function readEntryText(text: string): { frontMatter?: FrontMatter; problems: LineProblem[] } {
  const match = BLOCK.exec(text);
  const start = match ? text.slice(0, match.index + match[0].indexOf('---')).split('\n').length : 0;
  const rawLines = match?.[2]?.split('\n') ?? [];
  const characters = findUnwantedCharacters(text).map((problem) => {
    const inFrontMatter = match && problem.line >= start && problem.line < start + rawLines.length;
    const field = inFrontMatter ? fieldAt(rawLines, problem.line - start) : undefined;
    return { line: problem.line, message: unwantedCharacterMessage(problem, field) };
  });
  if (characters.length) return { problems: characters };
  let frontMatter: FrontMatter;
  try {
    frontMatter = parseFrontMatter(text);
  } catch (error) {
    if (error instanceof FrontMatterError) return { problems: [{ line: error.line, message: error.message }] };
    throw error;
  }
  if (!match) return { problems: [{ line: 1, message: withoutFrontMatter(text) }] };
  const bodyStart = frontMatter.firstLine + frontMatter.raw.split('\n').length;
  const problems: LineProblem[] = findUnwantedReferences(frontMatter.body)
    .filter((problem) => problem.line >= bodyStart)
    .map((problem) => ({ line: problem.line, message: unwantedCharacterMessage(problem) }));
  const lines = frontMatter.raw.split('\n');
  lines.forEach((line, index) => {
    const day = TIME_WITHOUT_OFFSET.exec(valueOf(line))?.[1];
    if (!day || !KEY_LINE.test(line)) return;
    problems.push({
      line: frontMatter.firstLine + index,
      message:
        `« ${fieldAt(lines, index) ?? ''} » : heure sans fuseau horaire « ${valueOf(line)} », que le YAML lirait comme l'heure de Greenwich (UTC) : ` +
        `écrivez le jour seul (${day}), ou l'heure suivie du décalage de Paris, +02:00 en été et +01:00 en hiver (${valueOf(
          line,
        )
          .replace(/\s*#.*$/, '')
          .replace(' ', 'T')}+02:00)`,
    });
  });
  for (const { index, message } of impossibleDatesAmong(frontMatter.raw, frontMatter.dates)) {
    problems.push({ line: frontMatter.firstLine + index, message });
  }
  for (const [path, value] of strings(frontMatter.data)) {
    const [problem] = findUnwantedCharacters(value);
    if (!problem) continue;
    problems.push({
      line: fieldLine(frontMatter, path[0] ?? ''),
      message: `${unwantedCharacterMessage(problem, path.join('.'))} ; dans une valeur entre guillemets, un code comme \\v ou \\x0B en écrit un`,
    });
  }
  return problems.length ? { problems } : { frontMatter, problems };
}
