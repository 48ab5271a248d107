/**
 * Characters that have no place in content, typically pasted from a PDF or a
 * word processor: those XML 1.0 forbids (one of them makes a whole feed
 * ill-formed, and strict readers then drop every item) and those that show
 * as nothing yet split or hide words from search. Source of truth for the
 * XML ones: XML 1.0 § 2.2 « Char ».
 *
 * Kept on purpose: tab and line ends; the no-break spaces U+00A0 and U+202F
 * of French typography; U+200D and U+200C (emoji sequences, Persian and Arabic
 * spelling); direction marks; variation selectors and tag characters (emoji).
 */

/** A high surrogate without its low half, or a low one without its high half. */
const LONE_SURROGATE = String.raw`[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`;

/** Characters XML 1.0 forbids: C0 controls but tab and line ends, U+FFFE, U+FFFF and lone surrogates. */
const XML_FORBIDDEN = new RegExp(String.raw`[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|${LONE_SURROGATE}`, 'g');

/** `UNWANTED` but lone surrogates, which `String.prototype.isWellFormed` finds faster. */
// eslint-disable-next-line no-control-regex -- finding control characters is this module's job
const UNWANTED_SINGLE = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\xAD\u200B\u2028\u2029\u2060\uFEFF\uFFFE\uFFFF]/;

/** The XML ones, plus controls and invisible characters that XML allows but that show as nothing. */
const UNWANTED = new RegExp(`${UNWANTED_SINGLE.source}|${LONE_SURROGATE}`, 'g');

/** French names of the characters most often pasted by mistake. */
const NAMES: Readonly<Record<number, string>> = {
  0x00: 'caractère nul',
  0x08: 'retour arrière',
  0x0b: 'tabulation verticale',
  0x0c: 'saut de page',
  0x1b: 'échappement',
  0x1f: "séparateur d'unité",
  0x7f: 'suppression',
  0xa0: 'espace insécable',
  0xad: 'trait d’union conditionnel',
  0x200b: 'espace sans chasse',
  0x2028: 'séparateur de ligne',
  0x2029: 'séparateur de paragraphe',
  0x2009: 'espace fine',
  0x202f: 'espace fine insécable',
  0x2060: 'gluon de mots',
  0x3000: 'espace idéographique',
  0xfeff: 'espace insécable sans chasse',
};

/** `U+000B`: a UTF-16 code unit as Unicode writes it. */
function codeOf(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `U+000B (tabulation verticale)`: the code and, when it has one, a French name. */
export function describeCharacter(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const name =
    NAMES[code] ??
    (code >= 0xd800 && code <= 0xdfff
      ? 'moitié de caractère isolée'
      : code >= 0xfffe
        ? 'non-caractère'
        : 'caractère de contrôle');
  return `${codeOf(character)} (${name})`;
}

/** The text with every character XML 1.0 forbids removed: the last guard of feeds and other XML. */
export function withoutXmlForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

export interface CharacterProblem {
  /** 1-based line of `text`. */
  line: number;
  /** The characters found on that line, in order, each described (`U+000B (tabulation verticale)`). */
  found: string[];
  /** The line around them, each shown as `⟨U+000B⟩`. */
  excerpt: string;
}

/** How much of the line is shown on each side of the characters found. */
const CONTEXT = 24;

/**
 * The unwanted characters of `text`, one problem per line that has any. A
 * byte order mark at the very start is the file's encoding mark, not text.
 */
export function findUnwantedCharacters(text: string): CharacterProblem[] {
  // Nearly every text has none: one pass over the whole of it, instead of a search line by line
  // with lookarounds at every character (a fifth of the checks of each file's text).
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (!UNWANTED_SINGLE.test(body) && body.isWellFormed()) return [];
  const problems: CharacterProblem[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = index === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    const matches = [...line.matchAll(UNWANTED)];
    const first = matches[0];
    const last = matches.at(-1);
    if (!first || !last) return;
    const from = Math.max(0, first.index - CONTEXT);
    const to = Math.min(line.length, last.index + 1 + CONTEXT);
    const excerpt =
      (from > 0 ? '…' : '') +
      line
        .slice(from, to)
        .replace(/\r$/, '')
        .replace(UNWANTED, (character) => `⟨${codeOf(character)}⟩`) +
      (to < line.replace(/\r$/, '').length ? '…' : '');
    problems.push({ line: index + 1, found: matches.map(([character]) => describeCharacter(character)), excerpt });
  });
  return problems;
}

/** Named HTML references to characters of `UNWANTED` (the others are harmless or unknown to Markdown). */
const NAMED: Readonly<Record<string, string>> = { shy: '\u00ad', ZeroWidthSpace: '\u200b', NoBreak: '\u2060' };

/** `&#11;`, `&#x200B;`, `&shy;`: a character reference, as Markdown decodes it. */
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|(shy|ZeroWidthSpace|NoBreak));/g;

/** The character a reference stands for, if it is one of `UNWANTED`. */
function referenced([, decimal, hex, name]: RegExpMatchArray): string | undefined {
  const code = decimal ? Number(decimal) : hex ? parseInt(hex, 16) : undefined;
  const character = code === undefined ? NAMED[name ?? ''] : code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  return character && new RegExp(UNWANTED.source).test(character) ? character : undefined;
}

/**
 * The character references of a Markdown text (`&#11;`, `&#x200B;`, `&shy;`)
 * that Markdown would turn into unwanted characters, one problem per line,
 * each found described with the reference as written.
 */
export function findUnwantedReferences(text: string): CharacterProblem[] {
  if (!text.includes('&')) return [];
  const problems: CharacterProblem[] = [];
  text.split('\n').forEach((line, index) => {
    const found = [...line.matchAll(REFERENCE)].flatMap((match) => {
      const character = referenced(match);
      return character ? [`${describeCharacter(character)} écrit ${match[0]}`] : [];
    });
    if (found.length) problems.push({ line: index + 1, found, excerpt: line.replace(/\r$/, '').trim() });
  });
  return problems;
}

/** The French message for one line of unwanted characters, the field named when there is one. */
export function unwantedCharacterMessage({ found, excerpt }: CharacterProblem, field?: string): string {
  const distinct = [...new Set(found)];
  const what = `${distinct.length > 1 ? 'caractères invisibles' : 'caractère invisible'} ${distinct.join(', ')}`;
  return (
    `${field ? `« ${field} » : ` : ''}${what} dans « ${excerpt} » : ` +
    'effacez ce passage et retapez-le au clavier (un copier-coller depuis un PDF ou un traitement de texte en laisse, invisibles à l’écran)'
  );
}
