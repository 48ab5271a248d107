/**
 * js-yaml's errors explained to editors in French: which field (`source.name`),
 * on which line the mistake is (not always where YAML noticed it), its cause,
 * and a fix that works for that cause, such as the line rewritten with quotes.
 */
import type { YAMLException } from 'js-yaml';
import type { LineProblem } from './schema-problems.ts';

/** `key:` at the start of a YAML line, possibly a list item (`- key:`), with its indentation. */
export const KEY_LINE = /^(\s*)(?:-\s+)?([^\s:#'"][^:]*?)\s*:(?:\s|$)/;

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
export function valueOf(line: string): string {
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
