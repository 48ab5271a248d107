/**
 * Reading the front matter of a content file the way Astro does: the same
 * block pattern (`@astrojs/internal-helpers/frontmatter`) and the same YAML
 * library and options (js-yaml's `load`), so that an unquoted `2009-07-02`
 * is a date here as it is in the build.
 */
import { load, YAMLException } from 'js-yaml';
import { findUnwantedCharacters, findUnwantedReferences, unwantedCharacterMessage } from './characters.ts';
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

/** `key:` at the start of a YAML line, possibly a list item (`- key:`), with its indentation. */
const KEY_LINE = /^(\s*)(?:-\s+)?([^\s:#'"][^:]*?)\s*:(?:\s|$)/;

/**
 * The field a line of YAML belongs to, with its groups (`source.name`):
 * the key on that line, or else the nearest one above it, and the keys of
 * the lines less indented above them. `index` is 0-based in `lines`.
 */
export function fieldAt(lines: readonly string[], index: number): string | undefined {
  const path: string[] = [];
  let indent = Infinity;
  for (let i = Math.min(index, lines.length - 1); i >= 0; i--) {
    const match = KEY_LINE.exec((lines[i] ?? '').replace(/\t/g, ' '));
    if (!match) continue;
    const width = (match[1] ?? '').length;
    // Above the field itself, only a key without a value on its line (`source:`) can hold it.
    const holds = path.length === 0 || /^\s*(#.*)?$/.test(valueOf(lines[i] ?? ''));
    if (width < indent && holds) {
      path.unshift(match[2] ?? '');
      indent = width;
    }
    if (width === 0) break;
  }
  return path.length ? path.join('.') : undefined;
}

/** The value written after `key:` on a line, as typed. */
function valueOf(line: string): string {
  const match = KEY_LINE.exec(line);
  return match ? line.slice(match[0].length).trim() : line.trim();
}

/** `key: "value"` — the line with its value quoted so that YAML reads it as text. */
function quoted(line: string): string {
  const match = KEY_LINE.exec(line);
  const key = match?.[2] ?? 'title';
  const value = valueOf(line);
  return value.includes('"') ? `${key}: '${value.replace(/'/g, "''")}'` : `${key}: "${value}"`;
}

/** Signs that YAML reads as its own at the start of a value. */
const INDICATORS = /^[@`%*&!|>]/;

/** Where a YAML error is and why, in French, with a fix that works for its cause. */
interface YamlExplanation {
  /** 0-based line of `raw` where the mistake is (not always where YAML noticed it). */
  index: number;
  message: string;
  /** Whether the line is not a field at all, so that naming the field above it would mislead. */
  unnamed?: boolean;
}

/** The nearest line at or above `from` that `test` accepts, or `from`. */
function lineAbove(lines: readonly string[], from: number, test: (line: string) => boolean): number {
  for (let i = Math.min(from, lines.length - 1); i >= 0; i--) if (test(lines[i] ?? '')) return i;
  return from;
}

function explainYaml(error: YAMLException, lines: readonly string[]): YamlExplanation {
  const { reason } = error;
  const at = error.mark.line;
  const line = lines[at] ?? '';
  const value = valueOf(line);
  if (/tab characters/.test(reason)) {
    return {
      index: at,
      message:
        "tabulation en début de ligne : le YAML n'accepte que des espaces pour décaler un champ ; remplacez la tabulation par deux espaces",
    };
  }
  if (/duplicated mapping key/.test(reason)) {
    const key = KEY_LINE.exec(line)?.[2] ?? '';
    const first = lines.findIndex(
      (other) => KEY_LINE.exec(other)?.[2] === key && other.match(/^\s*/)?.[0] === line.match(/^\s*/)?.[0],
    );
    return {
      index: at,
      message: `champ écrit deux fois (déjà ligne ${first + 1} de l'en-tête) : gardez une seule ligne « ${key}: »`,
    };
  }
  const quote = /within a (single|double) quoted scalar/.exec(reason);
  if (quote) {
    const sign = quote[1] === 'double' ? '"' : "'";
    const index = lineAbove(lines, at, (candidate) => valueOf(candidate).startsWith(sign));
    return {
      index,
      message: `guillemets ${sign} ouverts mais jamais fermés : ajoutez ${sign} à la fin de la valeur, sur la même ligne`,
    };
  }
  if (/flow collection/.test(reason)) {
    const unclosed = (candidate: string) =>
      /^[[{]/.test(valueOf(candidate)) &&
      (candidate.match(/[[{]/g) ?? []).length > (candidate.match(/[\]}]/g) ?? []).length;
    const index = lineAbove(lines, at, unclosed);
    const brace = valueOf(lines[index] ?? '').startsWith('{');
    return {
      index,
      message: brace
        ? 'accolade { ouverte mais jamais fermée : terminez la valeur par } sur la même ligne, ou mettez-la entre guillemets droits'
        : 'liste ouverte par [ mais jamais fermée : terminez-la par ] sur la même ligne, par exemple tags: [animation, jeu vidéo]',
    };
  }
  if (/can not read a block mapping entry|can not read an implicit mapping pair/.test(reason)) {
    const index = lineAbove(lines, at - 1, (candidate) => candidate.trim() !== '' && !KEY_LINE.test(candidate));
    return {
      index,
      message: `ligne sans « : » « ${(lines[index] ?? '').trim()} » : chaque ligne de l'en-tête s'écrit champ: valeur ; ajoutez « : » après le nom du champ, ou remontez ce texte à la fin de la ligne du champ qu'il continue`,
      unnamed: true,
    };
  }
  if (INDICATORS.test(value)) {
    return {
      index: at,
      message: `une valeur ne peut pas commencer par « ${value[0]} » : mettez-la entre guillemets droits, ainsi : ${quoted(line)}`,
    };
  }
  if (/^["']/.test(value)) {
    return {
      index: at,
      message: `les guillemets du début de la valeur se ferment avant sa fin : entourez toute la valeur d'autres guillemets, ainsi : ${quoted(line)}`,
    };
  }
  if (/bad indentation/.test(reason) && /:\s/.test(value)) {
    return {
      index: at,
      message: `la valeur contient « : » suivi d'une espace : mettez-la entre guillemets droits, ainsi : ${quoted(line)}`,
    };
  }
  if (/bad indentation|end of the stream or a document separator/.test(reason)) {
    return {
      index: at,
      message:
        "ligne mal décalée : un champ commence en début de ligne, et un champ d'un groupe (comme name sous source:) est décalé d'autant d'espaces que ses voisins",
    };
  }
  return {
    index: at,
    message: `YAML : ${reason} ; si la valeur contient « : » ou commence par un signe comme [ { # * & ! | > ' " % @, mettez-la entre guillemets droits`,
  };
}

/**
 * A js-yaml error in French: the 1-based line of `yaml` where the mistake
 * is, and `« field » : <what>, <cause and fix>`, `what` saying what could
 * not be read (`en-tête illisible`).
 */
export function describeYamlError(error: YAMLException, yaml: string, what: string): LineProblem & { line: number } {
  const lines = yaml.split('\n');
  const { index, message, unnamed } = explainYaml(error, lines);
  const field = unnamed ? undefined : fieldAt(lines, index);
  return { line: index + 1, message: `${field ? `« ${field} » : ` : ''}${what}, ${message}` };
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
    return { data: load(text), problems: [] };
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
    return { data: {}, raw: '', firstLine: 1, body: text };
  }
  const [block, delimiter, raw = ''] = match;
  const start = match.index + block.indexOf(delimiter ?? '---');
  // `raw` starts at the end of the opening `---` line: its first line is that one.
  const firstLine = text.slice(0, start).split('\n').length;
  if (delimiter === '+++') {
    throw new FrontMatterError("en-tête en TOML (+++) : écrivez l'en-tête en YAML, entre deux lignes ---", firstLine);
  }
  let parsed: unknown;
  try {
    parsed = load(raw);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const { line, message } = describeYamlError(error, raw, 'en-tête illisible');
    throw new FrontMatterError(message, firstLine + line - 1);
  }
  const data =
    parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  const body = text.slice(0, match.index) + block.replace(/[^\r\n]/g, ' ') + text.slice(match.index + block.length);
  return { data, raw, firstLine, body };
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
 * Everything wrong with the text of a Markdown or MDX file before its fields
 * are validated, as French problems with their file line: unwanted
 * characters anywhere (`characters.ts`, the field named when in the front
 * matter), a front matter that is not YAML or never closed, a time without
 * offset. The front matter is returned when it could be read.
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
