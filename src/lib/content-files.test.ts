import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, checkEntryFiles, idFromPath, listEntryFiles } from './content-files.ts';
import { reservedNewsId, reservedPageId } from './routes.ts';

describe('idFromPath', () => {
  it('is the file name without its extension, whatever the folder', () => {
    expect(idFromPath('ankama.md')).toBe('ankama');
    expect(idFromPath('2009/lancement.mdx')).toBe('lancement');
  });
});

describe('listEntryFiles', () => {
  it('lists Markdown and MDX files, also in sub-folders, skipping _ and . files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entries-'));
    mkdirSync(join(dir, '2009'));
    mkdirSync(join(dir, '_modeles'));
    for (const file of ['a.md', '2009/b.mdx', '_brouillon.md', '.cache.md', '_modeles/c.md', 'notes.txt']) {
      writeFileSync(join(dir, file), '');
    }
    expect(listEntryFiles(dir)).toEqual(['2009/b.mdx', 'a.md']);
  });

  it('gives nothing for a folder that does not exist', () => {
    expect(listEntryFiles(join(tmpdir(), 'no-such-folder-pole-image'))).toEqual([]);
  });
});

describe('checkEntryFiles', () => {
  it('accepts clean, unique file names', () => {
    expect(checkEntryFiles('content/news', ['a.md', 'b.mdx'])).toEqual([]);
  });

  it('reports two files with the same id, naming both', () => {
    const [problem] = checkEntryFiles('content/news', ['lancement.md', 'lancement.mdx']);
    expect(problem?.message).toContain('identifiant en double « lancement »');
    expect(problem?.message).toContain('content/news/lancement.md et content/news/lancement.mdx');
  });

  it('reports the same name in two folders', () => {
    expect(checkEntryFiles('content/news', ['2009/a.md', '2010/a.md'])).toHaveLength(1);
  });

  it('reports a file name that is not a slug, with the name to use', () => {
    const [problem] = checkEntryFiles('content/members', ['Le Fresnoy.md']);
    expect(problem?.file).toBe('content/members/Le Fresnoy.md');
    expect(problem?.message).toContain('renommez-le « le-fresnoy.md »');
  });

  it('reports a page named like a section of the site', () => {
    const [problem] = checkEntryFiles('content/pages', ['membres.md', 'le-pole.md'], reservedPageId);
    expect(problem?.file).toBe('content/pages/membres.md');
    expect(problem?.message).toContain("nom de fichier réservé : « /membres/ » est déjà l'adresse d'une rubrique");
  });

  it('reports an article named with digits only, whose address is a page of the news list', () => {
    const problems = checkEntryFiles('content/news', ['2.md', '2009-bilan.md'], reservedNewsId);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain("« /actualites/2/ » est l'adresse d'une page de la liste des actualités");
  });
});

describe('ContentError', () => {
  it('lists every problem on its own line, each starting with its file', () => {
    const error = new ContentError([
      { file: 'content/news/a.md', message: 'premier' },
      { file: 'content/news/b.md', line: 4, message: 'second' },
    ]);
    expect(error.message.split('\n')).toEqual([
      '2 erreurs dans le contenu :',
      '  content/news/a.md : premier',
      '  content/news/b.md:4 : second',
    ]);
  });
});
