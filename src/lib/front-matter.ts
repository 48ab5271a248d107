/**
 * Reading the front matter of a content file the way Astro does: the same
 * block pattern (`@astrojs/internal-helpers/frontmatter`) and the same YAML
 * library and options (js-yaml's `load`), so that an unquoted `2009-07-02`
 * is a date here as it is in the build.
 */
import { load, YAMLException } from 'js-yaml';

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

const yamlReasons: [RegExp, string][] = [
  [/duplicated mapping key/, 'le même champ est écrit deux fois'],
  [/bad indentation|incomplete explicit mapping pair|end of the stream or a document separator/, 'ligne mal formée'],
  [/within a flow collection|missed comma between flow collection entries/, 'liste entre crochets mal fermée'],
  [/within a (single|double) quoted scalar/, 'guillemets jamais fermés'],
  [/unidentified alias/, '« * » en début de valeur'],
];

/** Explains a YAML error in French, with the usual fix: quoting the value. */
function explainYaml(error: YAMLException): string {
  const reason = yamlReasons.find(([pattern]) => pattern.test(error.reason))?.[1] ?? `YAML : ${error.reason}`;
  return (
    `en-tête illisible (${reason}) ; si une valeur contient « : » ou commence par l'un des signes [ { # * & ! | > ' " % @, ` +
    `mettez-la entre guillemets droits, par exemple title: "Appel à projets : la suite"`
  );
}

/** The front matter of a Markdown or MDX file; a file without one has no fields. */
export function parseFrontMatter(text: string): FrontMatter {
  const match = BLOCK.exec(text);
  if (!match) return { data: {}, raw: '', firstLine: 1, body: text };
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
    if (error instanceof YAMLException) throw new FrontMatterError(explainYaml(error), firstLine + error.mark.line);
    throw error;
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
