import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from './check-content.ts';
import { contentWithErrors, edit } from './error-cases.ts';

const base = () => contentWithErrors([], mkdtempSync(join(tmpdir(), 'check-content-')));
const messages = (content: string) =>
  checkContent(content, 'content').problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''} : ${p.message}`);

describe('checkContent', () => {
  it('finds nothing wrong in the test content', () => {
    expect(messages(base())).toEqual([]);
  });

  it('checks references even when another field of the file is wrong', () => {
    const content = base();
    edit(content, 'news/lancement.md', /^date: .*$/m, 'date: demain');
    edit(content, 'news/lancement.md', 'members: [studio-exemple]', 'members: [studio]');
    const found = messages(content);
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('« date »');
    expect(found[1]).toContain('membre inconnu « studio »');
  });

  it('lists a missing image with the other problems of its file, which the schema checks first', () => {
    const content = base();
    edit(content, 'members/studio-exemple.md', 'founded: 2005', 'founded: 2005\nlogo: ./logo-studio.png');
    edit(content, 'news/lancement.md', /^date: .*$/m, 'date: demain\nimage: ./salle.jpg\nimageAlt: Une salle pleine');
    const found = messages(content);
    expect(found).toEqual([
      expect.stringMatching(
        /^content\/members\/studio-exemple\.md : « logoAlt » : champ obligatoire quand « logo » est renseigné/,
      ),
      expect.stringMatching(
        /^content\/members\/studio-exemple\.md:8 : « logo » : image introuvable « \.\/logo-studio\.png »/,
      ),
      expect.stringMatching(/^content\/news\/lancement\.md:\d+ : « date »/),
      expect.stringMatching(/^content\/news\/lancement\.md:\d+ : « image » : image introuvable « \.\/salle\.jpg »/),
    ]);
  });

  it('refuses an empty image path, which would publish the entry without its image', () => {
    const content = base();
    edit(content, 'news/lancement.md', /^date: (.*)$/m, 'date: 2009-07-02\nimage: ""\nimageAlt: Une salle pleine');
    expect(messages(content)).toEqual([
      expect.stringMatching(/« image » : doit être le chemin d'une image, comme \.\/photo\.jpg, trouvé un texte vide$/),
    ]);
  });

  it('refuses an SVG image in a body as in a field, in French, before Astro refuses it in English', () => {
    const content = base();
    writeFileSync(join(content, 'news/schema.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>\n');
    edit(content, 'news/lancement.md', /\n*$/, '\n\n![Le schéma du pôle](./schema.svg)\n');
    expect(messages(content)).toEqual([
      expect.stringMatching(
        /^content\/news\/lancement\.md:\d+ : image SVG « \.\/schema\.svg » : la construction ne prend pas encore les images SVG/,
      ),
    ]);
  });

  it('ignores templates in files and folders starting with _, as the build does', () => {
    const content = base();
    mkdirSync(join(content, 'news/_modeles'));
    writeFileSync(join(content, 'news/_modeles/modele.md'), '---\ntitle: À compléter\n---\n');
    writeFileSync(join(content, 'news/_brouillon.md'), '---\ntitle: À compléter\n---\n');
    expect(messages(content)).toEqual([]);
  });

  it('checks every YAML file of the settings, as Astro loads them all, and wants site.yaml', () => {
    const content = base();
    writeFileSync(join(content, 'settings/notes.yml'), 'nom: Essai\n');
    renameSync(join(content, 'settings/site.yaml'), join(content, 'settings/site.txt'));
    const found = messages(content);
    expect(found).toContain('content/settings/notes.yml:1 : champ inconnu « nom » (vouliez-vous dire « name » ?)');
    expect(found).toContain(
      'content/settings/site.yaml : fichier manquant : il contient le nom du site, la navigation et les chiffres clés',
    );
  });
});
