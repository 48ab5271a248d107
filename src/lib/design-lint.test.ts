import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { designProblems, styleBlocks } from './design-lint.ts';

describe('designProblems', () => {
  it('accepts values taken from the tokens, em sizes, zero and auto', () => {
    expect(
      designProblems(`.a { color: var(--color-text); font-size: var(--text-sm); padding: 0 var(--space-2);
        margin: 0 auto; gap: calc(var(--space-2) * 2); font-size: 0.9em; border-radius: 50%;
        transition: color var(--duration-fast) var(--ease-out); background: transparent; }`),
    ).toEqual([]);
  });

  it('rejects literal colours, sizes, weights, radii and durations, with their line', () => {
    const problems = designProblems(
      `.a {\n  color: #333;\n  font-size: 14px;\n  font-weight: 600;\n  border-radius: 4px;\n  padding: 0.5rem 1rem;\n  transition: opacity 200ms;\n  box-shadow: 0 1px 2px rgb(0 0 0 / 0.1);\n  background: white;\n  border-left: 4px solid var(--color-accent);\n}`,
    );
    expect(problems.map(({ line, property }) => `${line} ${property}`)).toEqual([
      '2 color',
      '3 font-size',
      '4 font-weight',
      '5 border-radius',
      '6 padding',
      '7 transition',
      '8 box-shadow',
      '9 background',
      '10 border-left',
    ]);
  });

  it('leaves selectors, custom properties and comments alone', () => {
    expect(
      designProblems(`/* color: red */ a:hover, input:focus + .hint { --x: 12px; color: var(--color-accent); }`),
    ).toEqual([]);
  });

  it('lets print styles use points', () => {
    expect(designProblems(`@media print { body { font-size: 11pt; } }`)).toEqual([]);
  });

  it('numbers lines from where an .astro file’s <style> starts', () => {
    const [block] = styleBlocks('---\n---\n<p>x</p>\n<style>\n  p { color: red; }\n</style>\n');
    expect(block?.line).toBe(4);
    expect(designProblems(block?.css ?? '', block?.line)[0]?.line).toBe(5);
  });
});

describe('the whole site uses the design system', () => {
  const src = new URL('../', import.meta.url).pathname;
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(astro|css)$/.test(file) && !file.endsWith('tokens.css'))
    .concat(join('pages', 'rss.xsl.ts'))
    .sort();
  /** The CSS of a file: a stylesheet, the <style> blocks of a component, the feed page's `css` string. */
  const stylesOf = (file: string, source: string) => {
    if (file.endsWith('.css')) return [{ css: source, line: 1 }];
    if (file.endsWith('.astro')) return styleBlocks(source);
    const start = source.indexOf('const css = `');
    const css = source.slice(start, source.indexOf('`;', start)).replace('${tokens}', '');
    return [{ css, line: source.slice(0, start).split('\n').length }];
  };

  it('finds the stylesheets and components', () => {
    expect(files).toContain(join('styles', 'global.css'));
    expect(stylesOf('rss.xsl.ts', readFileSync(join(src, 'pages', 'rss.xsl.ts'), 'utf8'))[0]?.css).toContain('.brand{');
    expect(files.filter((file) => file.endsWith('.astro')).length).toBeGreaterThan(20);
  });

  it('has no colour, type size, weight, radius, space or duration outside the tokens', () => {
    const problems = files.flatMap((file) => {
      const source = readFileSync(join(src, file), 'utf8');
      return stylesOf(file, source).flatMap(({ css, line }) =>
        designProblems(css, line).map(
          (p) => `${relative(src, join(src, file))}:${p.line} ${p.property}: ${p.value} — ${p.reason}`,
        ),
      );
    });
    expect(problems).toEqual([]);
  });
});
