/**
 * `npm run new` creates entries that the content check holds back until
 * their « À compléter » fields are written, and that then build.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TMP, buildSite, copyContent, runScript } from '../helpers/build.ts';
import { readPage } from '../helpers/dist.ts';

const workspace = resolve(TMP, 'new-entry');
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const content = join(workspace, 'content');
const env = { ...process.env, CONTENT_DIR: content, NO_COLOR: '1' };
const newEntry = (...args: string[]) => runScript('scripts/new.ts', args, env);

/** What an editor writes in place of each « À compléter ». */
const answers: Record<string, string> = {
  title: 'First call for projects',
  description: 'Une actualité écrite pour le test de npm run new.',
  summary: 'Une fiche écrite pour le test de npm run new.',
  kind: 'ecole',
  city: 'Valenciennes',
  budget: '250000',
  themes: '[Documentaire]',
};

function fill(path: string): void {
  const text = readFileSync(path, 'utf8').replace(/^(\w+): (\[?)À compléter\]?$/gm, (_, field: string) => {
    const answer = answers[field];
    if (!answer) throw new Error(`No answer for ${field}`);
    return `${field}: ${answer}`;
  });
  writeFileSync(path, text);
}

describe('npm run new', () => {
  const created = [
    ['news', 'Appel à projets 2010', 'news/appel-a-projets-2010.md', 'actualites/appel-a-projets-2010/'],
    ['member', 'École d’essai', 'members/ecole-d-essai.md', 'membres/ecole-d-essai/'],
    ['call', 'Appel à projets 2010', 'calls/appel-a-projets-2010.md', 'appels-a-projets/appel-a-projets-2010/'],
    ['page', 'Nos partenaires', 'pages/nos-partenaires.md', 'nos-partenaires/'],
  ] as const;

  it('creates a file per kind, named after the title with accents folded', async () => {
    copyContent(content);
    for (const [kind, title, file] of created) {
      const { code, output } = await newEntry(kind, title);
      expect(output).toContain(`Créé : `);
      expect(code).toBe(0);
      expect(existsSync(join(content, file)), file).toBe(true);
    }
  });

  const translation = 'news/en/ouverture-du-premier-appel-a-projets.mdx';
  const frenchTitle = "Premier appel à projets : 1,85 million d'euros pour les nouvelles écritures";

  it('creates the English translation of an MDX entry named by its exact title, --lang=en as --lang en', async () => {
    const { code, output } = await newEntry('news', frenchTitle, '--lang=en');
    expect(output).toContain(`Créé : `);
    expect(code).toBe(0);
    expect(existsSync(join(content, translation))).toBe(true);
  });

  it('refuses an unknown option, naming it, and creates nothing', async () => {
    const { code, output } = await newEntry('news', 'Lancement', '--langue=en');
    expect(code).toBe(1);
    expect(output).toContain('option inconnue « --langue »');
    expect(existsSync(join(content, 'news/lancement.md'))).toBe(false);
    expect(existsSync(join(content, 'news/lancement-langue-en.md'))).toBe(false);
  });

  it('refuses to overwrite an existing file', async () => {
    const path = join(content, 'news/appel-a-projets-2010.md');
    const before = readFileSync(path, 'utf8');
    const { code, output } = await newEntry('news', 'Appel à projets 2010');
    expect(code).toBe(1);
    expect(output).toContain("Rien n'a été créé");
    expect(output).toContain('news/appel-a-projets-2010.md existe déjà');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('leaves required fields « À compléter », which the content check and the build refuse', async () => {
    const check = await runScript('scripts/check-content.ts', [], env);
    expect(check.code).toBe(1);
    expect(check.output).toContain('news/appel-a-projets-2010.md:9 : « description » : à compléter');
    expect(check.output).toContain('members/ecole-d-essai.md:9 : « kind » : à compléter');
    expect(check.output).toContain('calls/appel-a-projets-2010.md:12 : « budget » : à compléter');
    expect(check.output).toContain('pages/nos-partenaires.md:9 : « description » : à compléter');
    expect(check.output).toContain(`${translation}:6 : « title » : à compléter`);
    const build = await buildSite({ contentDir: content, outDir: join(workspace, 'dist-unfilled') });
    expect(build.code).toBe(1);
  });

  it('once filled in, passes the content check and builds, each entry with its page', async () => {
    for (const [, , file] of created) fill(join(content, file));
    fill(join(content, translation));
    writeFileSync(join(content, translation), 'The cluster opens its first call for projects.\n', { flag: 'a' });
    const check = await runScript('scripts/check-content.ts', [], env);
    expect(check.output).toContain('aucune erreur');
    expect(check.code).toBe(0);
    const outDir = join(workspace, 'dist');
    const build = await buildSite({ contentDir: content, outDir });
    expect(build.code, build.output).toBe(0);
    for (const [, title, , page] of created) {
      expect(readPage(outDir, page).querySelector('h1')?.text).toBe(title.replace("'", '’'));
    }
    const english = readPage(outDir, 'en/news/ouverture-du-premier-appel-a-projets/');
    expect(english.querySelector('h1')?.text).toBe('First call for projects');
    expect(english.text).toContain('The cluster opens its first call for projects.');
    expect(english.text).not.toContain('Tout juste lancé');
  });
});
