/**
 * Editors' mistakes stop the build with a message naming the file and the
 * field, and leave no site behind. Each case builds a copy of the real
 * content with one mistake in it.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TMP, buildSite, copyContent } from '../helpers/build.ts';

const workspace = resolve(TMP, 'content-errors');
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

// A 1×1 PNG, for the image cases.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function buildWith(name: string, change: (content: string) => void) {
  const content = copyContent(join(workspace, name, 'content'));
  change(content);
  const outDir = join(workspace, name, 'dist');
  const result = await buildSite({ contentDir: content, outDir });
  return { ...result, outDir };
}

function edit(file: string, from: string | RegExp, to: string) {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`Nothing to change in ${file}`);
  writeFileSync(file, changed);
}

const article = (content: string) => join(content, 'news/lancement-du-pole-image.md');

describe('a content mistake', () => {
  it('a missing required field stops the build, naming the file and the field', async () => {
    const { code, output, outDir } = await buildWith('missing-title', (content) =>
      edit(article(content), /^title: .*\n/m, ''),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('news/lancement-du-pole-image.md');
    expect(output).toContain('title: champ obligatoire manquant');
    expect(existsSync(outDir)).toBe(false);
  });

  it('a value of the wrong type says what was expected and what was found', async () => {
    const { code, output, outDir } = await buildWith('wrong-date', (content) =>
      edit(article(content), /^date: 2009-07-02$/m, 'date: 2 juillet'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('news/lancement-du-pole-image.md');
    expect(output).toContain('date: doit être une date comme 2009-07-02, trouvé « 2 juillet »');
    expect(existsSync(outDir)).toBe(false);
  });

  it('an unknown member id names the article, the field, the id and close matches', async () => {
    const { code, output, outDir } = await buildWith('unknown-member', (content) =>
      edit(article(content), 'members: [le-fresnoy, ankama,', 'members: [le-fresnoy, ankamaa,'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('news/lancement-du-pole-image.md');
    expect(output).toContain('« members » : membre inconnu « ankamaa »');
    expect(output).toContain('vouliez-vous dire « ankama »');
    expect(existsSync(outDir)).toBe(false);
  });

  it('an unknown call id is refused the same way', async () => {
    const { code, output } = await buildWith('unknown-call', (content) =>
      edit(article(content), 'calls: [appel-a-projets-2009]', 'calls: [appel-2009]'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('« calls » : appel à projets inconnu « appel-2009 »');
  });

  it('an image without its text alternative is refused', async () => {
    const { code, output, outDir } = await buildWith('image-without-alt', (content) => {
      writeFileSync(join(content, 'news/lancement.png'), PNG);
      edit(article(content), /^date: 2009-07-02$/m, 'date: 2009-07-02\nimage: ./lancement.png');
    });
    expect(code).not.toBe(0);
    expect(output).toContain('news/lancement-du-pole-image.md');
    expect(output).toContain('imageAlt: champ obligatoire quand « image » est renseigné');
    expect(existsSync(outDir)).toBe(false);
  });

  it('an unknown kind of member lists the allowed values', async () => {
    const { code, output } = await buildWith('unknown-kind', (content) =>
      edit(join(content, 'members/ankama.md'), 'kind: entreprise', 'kind: entrepise'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('members/ankama.md');
    expect(output).toContain('kind: valeur inconnue « entrepise » (vouliez-vous dire « entreprise » ?)');
    expect(output).toContain('entreprise, ecole, laboratoire, institution, collectivite');
  });

  it('a misspelt field name is refused rather than silently ignored', async () => {
    const { code, output } = await buildWith('unknown-field', (content) =>
      edit(join(content, 'members/ankama.md'), 'founded: 2001', 'fonded: 2001'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('champ inconnu « fonded » (vouliez-vous dire « founded » ?)');
  });

  it('two files with the same id stop the build, naming both', async () => {
    const { code, output, outDir } = await buildWith('duplicate-id', (content) =>
      writeFileSync(join(content, 'news/lancement-du-pole-image.mdx'), readFileSync(article(content), 'utf8')),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('identifiant en double « lancement-du-pole-image »');
    expect(output).toMatch(/news\/lancement-du-pole-image\.md et .*news\/lancement-du-pole-image\.mdx/);
    expect(existsSync(outDir)).toBe(false);
  });

  it('a file name that cannot be a web address is refused with the name to use', async () => {
    const { code, output } = await buildWith('bad-file-name', (content) =>
      writeFileSync(join(content, 'members/Le Fresnoy bis.md'), readFileSync(join(content, 'members/le-fresnoy.md'))),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('members/Le Fresnoy bis.md : nom de fichier invalide');
    expect(output).toContain('renommez-le « le-fresnoy-bis.md »');
  });
});
