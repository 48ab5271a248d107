/**
 * The design system's rule is Stylelint's (stylelint.config.mjs, run by
 * `npm run lint`): these tests show that it holds the guarantees it exists
 * for, on CSS files, on `.astro` components' `<style>` blocks, and on the feed
 * stylesheet's CSS, which only this test reads.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import stylelint from 'stylelint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RULE = 'scale-unlimited/declaration-strict-value';
/** The rules that hold the design system; the others (Stylelint's standard config) are about writing style. */
const DESIGN_RULES = new Set([RULE, 'color-no-hex', 'color-named', 'function-disallowed-list']);

/** The problems Stylelint finds in `code`, as `line rule` (or `line rule property` for the token rule). */
async function problems(code: string, file = 'src/components/Example.css'): Promise<string[]> {
  const { results } = await stylelint.lint({ code, codeFilename: `${ROOT}${file}`, cwd: ROOT });
  return (results[0]?.warnings ?? [])
    .filter(({ rule }) => DESIGN_RULES.has(rule))
    .sort((a, b) => a.line - b.line)
    .map(({ line, rule, text }) =>
      rule === RULE ? `${line} ${/for "([^"]+)"/.exec(text)?.[1] ?? '?'}` : `${line} ${rule}`,
    );
}

describe('the design rule (Stylelint)', () => {
  it('accepts values taken from the tokens, em sizes, zero, auto and percentages', async () => {
    expect(
      await problems(`.a {
  padding: 0 var(--space-2);
  margin: 0 auto;
  gap: calc(var(--space-2) * 2);
  color: var(--color-text);
  background: transparent;
  font-family: var(--font-body);
  font-size: var(--text-sm);
  font-weight: var(--weight-bold);
  line-height: var(--leading-tight);
  letter-spacing: var(--tracking-wide);
  border-radius: 50%;
  border-bottom: var(--border-width) solid currentcolor;
  transition: color var(--duration-fast) var(--ease-out);
}

.b {
  font-size: 0.9em;
  margin-top: -1em;
}
`),
    ).toEqual([]);
  });

  it('rejects a literal colour, size, weight, family, line height, spacing, radius, space, line width or duration, on its line', async () => {
    expect(
      await problems(`.a {
  color: #333;
  font-size: 14px;
  font-weight: 600;
  font-family: Georgia, serif;
  line-height: 1.4;
  letter-spacing: 0.02em;
  border-radius: 4px;
  padding: 0.5rem 1rem;
  gap: calc(var(--space-2) + 4px);
  border-left: 4px solid var(--color-accent);
  outline-width: 2px;
  transition: opacity 200ms;
  box-shadow: 0 1px 2px rgb(0 0 0 / 10%);
  background: white;
}
`),
    ).toEqual([
      '2 color-no-hex',
      '3 font-size',
      '4 font-weight',
      '5 font-family',
      '6 line-height',
      '7 letter-spacing',
      '8 border-radius',
      '9 padding',
      '10 gap',
      '11 border-left',
      '12 outline-width',
      '13 transition',
      '14 function-disallowed-list',
      '15 color-named',
    ]);
  });

  it('takes each value from its own family of tokens: a type size is not a space', async () => {
    expect(await problems('.a {\n  font-size: var(--space-4);\n}\n')).toEqual(['2 font-size']);
  });

  it('leaves custom properties and comments alone, and lets print styles use points', async () => {
    expect(
      await problems(`/* color: red; */
.a {
  --local: 12px;
  color: var(--color-accent);
}

@media print {
  body {
    font-size: 11pt;
  }
}
`),
    ).toEqual([]);
  });

  it('reads the <style> of an .astro component, with the lines of the file', async () => {
    const component = '---\nconst a = 1;\n---\n\n<p>{a}</p>\n\n<style>\n  p {\n    margin: 12px;\n  }\n</style>\n';
    expect(await problems(component, 'src/components/Example.astro')).toEqual(['9 margin']);
  });

  it('finds nothing in the feed stylesheet’s CSS (src/lib/feed-stylesheet.ts), which the command line does not read', async () => {
    const source = readFileSync(new URL('../lib/feed-stylesheet.ts', import.meta.url), 'utf8');
    const start = source.indexOf('const css = `');
    expect(start).toBeGreaterThan(-1);
    const css = source.slice(start + 'const css = `'.length, source.indexOf('`;', start)).replace('${tokens}', '');
    expect(css).toContain('.brand{');
    expect(await problems(css)).toEqual([]);
  });
});
