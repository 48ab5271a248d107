/**
 * Editors' mistakes stop `npm run check:content` and `npm run build` with a
 * message naming the file, the field and what was expected, and leave no
 * site behind. Each case (`scripts/error-cases.ts`) makes one mistake in a
 * copy of the test content `tests/fixtures/error-base/`. The content check
 * runs once per case, in this process, as `npm run check:content` runs it;
 * the command itself runs on the sound content and on six mistakes at once.
 * The build prints the check's report as it is: it runs on one case of each
 * stage of the check, in as few builds as cases that touch different files
 * allow.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, TMP, buildSite, runScript } from '../helpers/build.ts';
import { disjointGroups } from '../helpers/error-groups.ts';
import { contentCheckReport } from '../../scripts/check-content.ts';
import { ERROR_BASE, contentWithErrors, errorCase, errorCases } from '../../scripts/error-cases.ts';
import { contentFolder } from '../../src/lib/content-folder.ts';

const workspace = resolve(TMP, 'content-errors');
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const env = (content: string): NodeJS.ProcessEnv => ({ ...process.env, CONTENT_DIR: content, NO_COLOR: '1' });
const checkContent = (content: string) => runScript('scripts/check-content.ts', [], env(content));

/** A stack trace line: editors must never have to read one for a content mistake. */
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

/** The number of mistakes the content check announces. */
const reported = (output: string) => Number(/^(\d+) erreurs? dans le contenu/m.exec(output)?.[1]);

describe('the test content', () => {
  it('passes the content check as it is, like the real content', async () => {
    for (const content of [ERROR_BASE, resolve(ROOT, 'content')]) {
      const { code, output } = await checkContent(content);
      expect(output).toMatch(/Contenu vérifié : \d+ fichiers, aucune erreur/);
      expect(code).toBe(0);
    }
  });
});

describe.concurrent('the content check', () => {
  it.for(errorCases)('$title: refused, with the file, the field and what is expected', (errorCase, { expect }) => {
    const content = contentWithErrors([errorCase], join(workspace, 'check', errorCase.id));
    // What `npm run check:content` prints, run from the project root with CONTENT_DIR set, as the build runs it.
    const { sound, report } = contentCheckReport(contentFolder({ CONTENT_DIR: content }, ROOT));
    expect(sound).toBe(false);
    for (const words of errorCase.expect) expect(report).toContain(words);
    // Nothing else is reported: one mistake, one message (two for the cases that expect two).
    const count = reported(report);
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(errorCase.expect.length);
    expect(report).not.toMatch(STACK_LINE);
  });

  it('npm run check:content exits with code 1 and reports every mistake of a run at once, whatever the files', async ({
    expect,
  }) => {
    const cases = ['unknown-value', 'wrong-type', 'closes-before-opens', 'mdx-syntax', 'reserved-news', 'settings'].map(
      errorCase,
    );
    const content = contentWithErrors(cases, join(workspace, 'check', 'all-at-once'));
    const { code, output } = await checkContent(content);
    expect(code).toBe(1);
    expect(output).toContain(`${cases.length} erreurs dans le contenu`);
    for (const words of cases.flatMap((c) => c.expect)) expect(output).toContain(words);
    expect(output).not.toMatch(STACK_LINE);
  });
});

/**
 * One case of each stage of the check (`scripts/check-content.ts`), to prove
 * that the build stops on each and prints its messages; the other cases of a
 * stage differ only in what the check prints, proven above.
 */
const BUILD_CASES = [
  'stray-file', // the files of a collection
  'entry-size', // their sizes
  'empty-file', // the text of an entry: no front matter
  'yaml-tab', // the text of an entry: its YAML
  'unknown-value', // the schemas
  'closes-before-opens', // a rule between two fields of a schema
  'missing-image', // the images of the front matter
  'event-cancelled-without-text', // the text of a cancelled event
  'mdx-syntax', // the body of an MDX file
  'blocked-html', // the HTML of a Markdown body
  'settings', // the settings
  'settings-stray-file', // the files of the settings
  'call-result-member', // the references, keywords and links between entries
].map(errorCase);

// One after another: builds take turns on the project's `.astro/` folder (tests/helpers/build.ts),
// so tests started together would spend their time limit waiting for each other's builds.
describe('npm run build', () => {
  const groups = disjointGroups(BUILD_CASES, join(workspace, 'grouping')).map((cases, index) => ({
    ids: cases.map((c) => c.id).join(', '),
    index,
    cases,
  }));

  it.for(groups)(
    '$ids: stops with the message of each mistake, without stack trace, and removes dist/',
    async ({ index, cases }) => {
      // Numbered, not named by its cases: a group of twenty ids would make a folder name longer than the system allows.
      const dir = join(workspace, 'build', `groupe-${String(index + 1)}`);
      const content = contentWithErrors(cases, dir);
      const outDir = join(dir, 'dist');
      // A site left from an earlier build must not survive a failed one.
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, 'index.html'), 'ancien site');
      const { code, output } = await buildSite({ contentDir: content, outDir });
      expect(code).toBe(1);
      for (const words of cases.flatMap((c) => c.expect)) expect(output).toContain(words);
      // The check's report as it is, which is why the other cases need no build of their own.
      expect(output).toContain(contentCheckReport(contentFolder({ CONTENT_DIR: content }, ROOT)).report);
      // Each case is reported, and none hides another.
      expect(reported(output)).toBeGreaterThanOrEqual(cases.length);
      expect(output).toContain("Échec de la construction : rien n'a été publié");
      expect(output).not.toMatch(STACK_LINE);
      expect(existsSync(outDir)).toBe(false);
    },
  );
});

/**
 * Behind the content check, Astro's own validation still stops the build:
 * the schemas, the file-name checks of the loaders, the cross-references of
 * `src/data/site.ts` and the components' own props checks.
 */
describe("Astro's own validation, when the content check is skipped", () => {
  it.each([
    ['the schemas, all errors of an entry', ['missing-field', 'wrong-type', 'placeholder']],
    ['the schema of events, across two fields', ['event-announced-after-start']],
    [
      "the references, keywords, cancelled events, translations without text, calls' funded members (unknown or draft) and documents (missing or unlisted), all at once in src/data",
      [
        'unknown-member',
        'unknown-call',
        'tag-spellings',
        'tag-script',
        'event-unknown-member',
        'event-cancelled-without-text',
        'translation-empty',
        'call-result-member',
        'call-document',
        'call-result-draft-member',
        'call-unlisted-document',
      ],
    ],
    [
      'the file names, the file set and the sizes, all at once in the loaders',
      ['duplicate-id', 'reserved-news', 'file-extension', 'entry-size'],
    ],
    ['the Markdown of a call’s answers, in its schema', ['call-faq-html']],
    ['the props of a component', ['component-prop']],
    ['the text of entries: characters in the body, a tab in YAML', ['invisible-character-body', 'yaml-tab']],
    [
      'the text of entries: characters in a field, the closing ---',
      ['invisible-character-field', 'unclosed-front-matter'],
    ],
    ['the text of the settings', ['settings-yaml']],
    ['a field a translation may not carry', ['translation-field']],
    ['a translation of no French entry', ['translation-orphan']],
  ])('%s', async (name, ids) => {
    const cases = ids.map(errorCase);
    const dir = join(workspace, 'astro', name.replace(/\W+/g, '-'));
    const content = contentWithErrors(cases, dir);
    const outDir = join(dir, 'dist');
    const { code, output } = await buildSite({ contentDir: content, outDir, args: ['--skip-content-check'] });
    expect(code).not.toBe(0);
    expect(output).toContain('[content]');
    expect(output).not.toContain('Chaque message est expliqué dans docs/editing.md');
    for (const words of cases.flatMap((c) => c.astro ?? [])) expect(output).toContain(words);
    expect(existsSync(outDir)).toBe(false);
  });
});
