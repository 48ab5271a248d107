/**
 * The design system's rule, checked on every stylesheet but the tokens':
 * colours, type, radii, shadows, durations and spaces come from the tokens
 * (`var(--…)`), never from literal values. Sizes tied to the text itself
 * (`em`), zero, `auto` and percentages stay allowed; so do layout measures
 * (widths, heights, columns), which belong to each component.
 */

export interface DesignProblem {
  line: number;
  property: string;
  value: string;
  reason: string;
}

const COLOUR_LITERAL =
  /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(|\b(?:white|black|red|green|blue|yellow|orange|purple|gray|grey|silver|navy|teal|maroon)\b/i;

/** A length written with a unit other than `em` or `%` (`12px`, `1.5rem`, `3vw`). */
const FIXED_LENGTH = /(?<![\w-])-?\d*\.?\d+(?:px|rem|vw|vh|vmin|vmax|pt|cm|mm|in|ch|lh)\b/;
/** A time written as such (`200ms`, `.3s`). */
const TIME = /(?<![\w-])\d*\.?\d+m?s\b/;

const KEYWORDS = new Set(['inherit', 'initial', 'unset', 'revert', 'normal', 'none', '0', 'auto']);

type Rule = (value: string) => string | undefined;

const fromTokens =
  (family: string, extra: RegExp = /^$/): Rule =>
  (value) =>
    KEYWORDS.has(value) || extra.test(value) || new RegExp(`^var\\(--${family}`).test(value)
      ? undefined
      : `use a --${family}* token`;

const noFixedLength: Rule = (value) =>
  FIXED_LENGTH.test(value.replace(/var\([^)]*\)/g, '')) ? 'spaces come from the --space-* tokens (or em)' : undefined;

const rules: [RegExp, Rule][] = [
  [/^font-size$/, fromTokens('text-', /^-?\d*\.?\d+(em|%)$|^\d+pt$/)],
  [/^font-weight$/, fromTokens('weight-', /^bold$/)],
  [/^font-family$/, fromTokens('font-')],
  [/^line-height$/, fromTokens('leading-', /^1lh$/)],
  [/^letter-spacing$/, fromTokens('tracking-')],
  [/^border(-\w+)*-radius$/, fromTokens('radius-', /^50%$/)],
  [
    /^(margin|padding)(-(top|right|bottom|left|block|inline)(-(start|end))?)?$|^(row-|column-)?gap$|^inset$|^(top|right|bottom|left)$/,
    noFixedLength,
  ],
  [
    /^(border|outline)(-(top|right|bottom|left|block|inline)(-(start|end))?)?(-width)?$/,
    (value) =>
      FIXED_LENGTH.test(value.replace(/var\([^)]*\)/g, '')) ? 'line widths come from the --border-* tokens' : undefined,
  ],
  [
    /^(transition|animation)(-duration)?$/,
    (value) => (TIME.test(value) ? 'durations come from --duration-*' : undefined),
  ],
];

/** The CSS inside each `<style>` element of an `.astro` file, with the line it starts on. */
export function styleBlocks(source: string): { css: string; line: number }[] {
  const blocks: { css: string; line: number }[] = [];
  for (const match of source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
    const before = source.slice(0, match.index + match[0].indexOf('>') + 1);
    blocks.push({ css: match[1] ?? '', line: before.split('\n').length });
  }
  return blocks;
}

/** Every declaration of `css` that breaks the rule; `firstLine` numbers the lines as in the source file. */
export function designProblems(css: string, firstLine = 1): DesignProblem[] {
  const problems: DesignProblem[] = [];
  // Comments keep their line breaks so that line numbers stay right.
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  // Print styles speak in points and pure black and white, by design.
  const printStart = text.search(/@media\s+print/);
  for (const match of text.matchAll(/(?<=[{;\s])([a-z-]+)\s*:\s*([^;{}]+?)\s*(?:!important\s*)?(?=;|\})/g)) {
    const [, property = '', rawValue = ''] = match;
    if (property.startsWith('--')) continue;
    const index = match.index;
    const line = firstLine + text.slice(0, index).split('\n').length - 1;
    const value = rawValue.replace(/\s+/g, ' ');
    const inPrint = printStart >= 0 && index > printStart;
    if (COLOUR_LITERAL.test(value.replace(/var\([^)]*\)/g, ''))) {
      problems.push({ line, property, value, reason: 'colours come from the --color-* and --field-* tokens' });
      continue;
    }
    if (inPrint && /^font-size$/.test(property)) continue;
    for (const [pattern, rule] of rules) {
      if (!pattern.test(property)) continue;
      const reason = rule(value);
      if (reason) problems.push({ line, property, value, reason });
    }
  }
  return problems;
}
