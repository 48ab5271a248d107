// @ts-check
/**
 * The design system's rule, on every stylesheet and every `<style>` of the
 * `.astro` components: colours, type, radii, spaces, line widths and
 * durations come from the tokens of `src/styles/tokens.css` (`var(--…)`),
 * never from literal values. Sizes tied to the text (`em`), zero, `auto` and
 * percentages stay allowed; layout measures (widths, heights, columns) belong
 * to each component. `npm run lint` runs it; docs/design.md explains it.
 */

/** Values every listed property may take. */
const KEYWORDS = ['inherit', 'initial', 'unset', 'revert', 'normal', 'none', '0', 'auto'];

/** A fixed length: a number with a unit other than `em` or `%` (`12px`, `1.5rem`, `3vw`). */
const FIXED_LENGTH = String.raw`\d(?:px|rem|vw|vh|vmin|vmax|pt|pc|cm|mm|in|ch|lh|q)\b`;
/** A CSS function (`calc()`, `min()`…) with no fixed length inside. */
const FUNCTION_WITHOUT_LENGTH = `/^[a-z-]+\\((?![\\s\\S]*${FIXED_LENGTH})[\\s\\S]*\\),?$/`;
/** A length tied to the text or to the box: `0.5em`, `-1em`, `50%`. */
const RELATIVE_LENGTH = '/^-?\\d*\\.?\\d+(?:em|%)$/';
/**
 * Any token (`var(--…)` included) in a list written with commas, e.g. a transition on two properties.
 * @param {string} pattern
 */
const token = (pattern) => `/^(?:${pattern}),?$/`;

const SPACES = '/^(?:margin|padding|inset|gap|row-gap|column-gap|top|right|bottom|left)(?:-[a-z-]+)?$/';
const LINE_WIDTHS = '/^(?:border|outline)(?:-(?:top|right|bottom|left|block|inline)(?:-(?:start|end))?)?(?:-width)?$/';
const DURATIONS = '/^(?:transition|animation)(?:-duration)?$/';

export default {
  extends: ['stylelint-config-standard', 'stylelint-config-html/astro'],
  plugins: ['stylelint-declaration-strict-value'],
  ignoreFiles: ['dist/**', 'tmp/**', 'coverage/**', 'bench/**', 'node_modules/**', 'src/styles/tokens.css'],
  rules: {
    // Astro's escape from scoped styles.
    'selector-pseudo-class-no-unknown': [true, { ignorePseudoClasses: ['global'] }],
    // Class names are kebab-case, with BEM's `--` before a variant (`.button--quiet`).
    'selector-class-pattern': [
      '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:--[a-z0-9]+(?:-[a-z0-9]+)*)?$',
      { resolveNestedSelectors: true },
    ],
    // Safari on iOS still needs the prefix to keep text at its size when the phone turns.
    'property-no-vendor-prefix': [true, { ignoreProperties: ['/text-size-adjust/'] }],
    // A state selector sits next to the part it changes (`:global(html[data-query]) .layout`), not sorted by specificity.
    'no-descending-specificity': null,
    // Colours, wherever they are written (backgrounds, shadows, borders): only from the tokens.
    'color-no-hex': true,
    'color-named': 'never',
    'function-disallowed-list': ['rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color'],
    'scale-unlimited/declaration-strict-value': [
      [
        'font-size',
        'font-weight',
        'font-family',
        'line-height',
        'letter-spacing',
        '/radius$/',
        SPACES,
        LINE_WIDTHS,
        DURATIONS,
      ],
      {
        // Only the token family of each property: a type size from --text-*, not from --space-*.
        ignoreVariables: false,
        ignoreFunctions: false,
        ignoreValues: {
          'font-size': [...KEYWORDS, '/^var\\(--text-/', RELATIVE_LENGTH],
          'font-weight': [...KEYWORDS, '/^var\\(--weight-/', 'bold'],
          'font-family': [...KEYWORDS, '/^var\\(--font-/'],
          'line-height': [...KEYWORDS, '/^var\\(--leading-/', '1lh'],
          'letter-spacing': [...KEYWORDS, '/^var\\(--tracking-/'],
          '/radius$/': [...KEYWORDS, '/^var\\(--radius-/', '50%'],
          [SPACES]: [...KEYWORDS, '/^var\\(--/', RELATIVE_LENGTH, '/^-?\\d*\\.?\\d+$/', FUNCTION_WITHOUT_LENGTH],
          [LINE_WIDTHS]: [...KEYWORDS, '/^var\\(--/', RELATIVE_LENGTH, '/^[a-z-]+$/i', FUNCTION_WITHOUT_LENGTH],
          [DURATIONS]: [
            ...KEYWORDS,
            token('var\\(--[\\w-]+\\)'),
            token('[a-z-]+'),
            token('\\d+'),
            FUNCTION_WITHOUT_LENGTH,
          ],
        },
        // Print styles speak in points, by design.
        ignoreAtRules: { '/^@media print/': 'font-size' },
        message: 'Expected a token (var(--…)) for "${property}", found "${value}" (see docs/design.md)',
      },
    ],
  },
};
