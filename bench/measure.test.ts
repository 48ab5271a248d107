import { describe, expect, it } from 'vitest';
import { roleOf } from './measure.ts';

const cmdline = (...args: string[]) => args.join('\0');

describe('roleOf', () => {
  it('tells Astro, Pagefind and the content check from the rest of a build', () => {
    expect(roleOf(cmdline('/usr/bin/node', '/site/node_modules/astro/bin/astro.mjs', 'build'))).toBe('astro');
    expect(roleOf(cmdline('/site/node_modules/@pagefind/linux-x64/bin/pagefind_extended', '--service'))).toBe(
      'pagefind',
    );
    expect(roleOf(cmdline('/usr/bin/node', '/site/node_modules/pagefind/lib/runner/bin.cjs', '--site', 'dist'))).toBe(
      'pagefind',
    );
    expect(roleOf(cmdline('/usr/bin/node', '/site/scripts/check-content.ts'))).toBe('check');
    expect(roleOf(cmdline('/usr/bin/node', '/site/scripts/build.ts', '--outDir', 'dist'))).toBe('other');
    expect(roleOf(cmdline('bash', '-c', '"$@"; times', 'bench', 'hugo'))).toBe('other');
  });

  it('does not take a folder or file merely named like a tool for the tool', () => {
    expect(roleOf(cmdline('/usr/bin/node', '/site/tmp/pagefind-test/index.ts'))).toBe('other');
    expect(roleOf(cmdline('/usr/bin/node', '/site/src/pages/astro-notes.ts'))).toBe('other');
  });
});
