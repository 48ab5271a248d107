import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import {
  ContentError,
  ENTRY_GLOB,
  SETTINGS_GLOB,
  checkEntryFiles,
  checkEntrySizes,
  checkSettingsFiles,
  formatBytes,
  idFromPath,
  isEntryFile,
  isSettingsFile,
  listCollectionFiles,
  listEntryFiles,
} from './content-files.ts';
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

  it('takes only lower-case .md and .mdx, as Astro’s loaders do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entries-'));
    for (const file of ['a.md', 'b.MD', 'c.Mdx', 'd.markdown', 'e.mdx']) writeFileSync(join(dir, file), '');
    expect(listEntryFiles(dir)).toEqual(['a.md', 'e.mdx']);
    expect(isEntryFile('bilan-2009.MD')).toBe(false);
  });
});

describe('ENTRY_GLOB', () => {
  it('makes Astro’s glob() loader see exactly the files listEntryFiles lists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'same-set-'));
    for (const folder of ['2009', '_modeles', '.cache', '2009/_vieux']) mkdirSync(join(dir, folder));
    const files = [
      ...['a.md', 'b.mdx', 'c.MD', 'd.Mdx', 'e.markdown', 'f.md.txt', 'notes.txt', 'photo.jpg', '_note.md', '.x.md'],
      ...['2009/g.md', '2009/H.MDX', '_modeles/i.md', '.cache/j.md', '2009/_vieux/k.md', '2009/_l.mdx'],
    ];
    for (const file of files) writeFileSync(join(dir, file), '');
    // The options Astro's loader passes to tinyglobby (astro/dist/content/loaders/glob.js).
    const astroSees = await glob(ENTRY_GLOB, { cwd: dir, expandDirectories: false });
    expect(astroSees.sort()).toEqual(['2009/g.md', 'a.md', 'b.mdx']);
    expect(listEntryFiles(dir)).toEqual(['2009/g.md', 'a.md', 'b.mdx']);
  });
});

describe('the settings files', () => {
  it('are the same set for Astro’s glob() loader and for the check: YAML at the top of the folder, no _ note', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'settings-'));
    mkdirSync(join(dir, 'ancien'));
    const files = [
      'site.yaml',
      'autre.yml',
      'site.YAML',
      '_brouillon.yaml',
      '.site.yaml',
      'notes.txt',
      'ancien/site.yaml',
    ];
    for (const file of files) writeFileSync(join(dir, file), '');
    const astroSees = await glob(SETTINGS_GLOB, { cwd: dir, expandDirectories: false });
    expect(astroSees.sort()).toEqual(['autre.yml', 'site.yaml']);
    expect(listCollectionFiles(dir).filter(isSettingsFile)).toEqual(['autre.yml', 'site.yaml']);
  });

  it('report every other file in French, with a fix that works', () => {
    expect(checkSettingsFiles('content/settings', ['ancien/site.yaml', 'notes.txt', 'site.YAML', 'site.yaml'])).toEqual(
      [
        {
          file: 'content/settings/ancien/site.yaml',
          message:
            "fichier dans un sous-dossier : le site ne lit que les réglages posés directement dans content/settings ; déplacez-le là, ou, si c'est une archive, renommez son dossier en commençant par _ (« _ancien »)",
        },
        {
          file: 'content/settings/notes.txt',
          message:
            "fichier ni YAML (.yaml) : le site ne le lirait pas ; si c'est une note pour l'équipe, renommez-le « _notes.txt » (les noms commençant par _ sont ignorés) ; sinon, retirez-le du dossier",
        },
        {
          file: 'content/settings/site.YAML',
          message:
            'extension « .YAML » non reconnue : le site ne lit que .yaml et .yml, en minuscules ; renommez-le « site.yaml »',
        },
      ],
    );
  });
});

describe('listCollectionFiles', () => {
  it('lists every file but _ and . ones and the system’s own files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'collection-'));
    mkdirSync(join(dir, '_notes'));
    for (const file of ['a.md', 'a.JPG', 'notes.txt', '_liste.txt', '.DS_Store', 'Thumbs.db', '_notes/x.docx']) {
      writeFileSync(join(dir, file), '');
    }
    expect(listCollectionFiles(dir)).toEqual(['a.JPG', 'a.md', 'notes.txt']);
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

  it('accepts images beside the entries, in any case', () => {
    expect(checkEntryFiles('content/news', ['a.md', 'a.JPG', 'photos/b.webp'])).toEqual([]);
  });

  it('refuses a Markdown file the loaders would leave out, with the name to use', () => {
    expect(checkEntryFiles('content/news', ['bilan-2009.MD', 'bilan-2009.markdown', 'Entretien.Mdx'])).toEqual([
      {
        file: 'content/news/bilan-2009.MD',
        message:
          'extension « .MD » non reconnue : le site ne lit que .md et .mdx, en minuscules ; renommez-le « bilan-2009.md »',
      },
      {
        file: 'content/news/bilan-2009.markdown',
        message:
          'extension « .markdown » non reconnue : le site ne lit que .md et .mdx, en minuscules ; renommez-le « bilan-2009.md »',
      },
      {
        file: 'content/news/Entretien.Mdx',
        message:
          'extension « .Mdx » non reconnue : le site ne lit que .md et .mdx, en minuscules ; renommez-le « entretien.mdx »',
      },
    ]);
  });

  it('refuses any other file, saying how to keep it as a note or publish it', () => {
    expect(checkEntryFiles('content/news', ['notes.txt', '2009/Compte rendu.docx'])).toEqual([
      {
        file: 'content/news/notes.txt',
        message:
          "fichier ni Markdown (.md, .mdx) ni image : le site ne le publierait pas ; si c'est une note pour l'équipe, renommez-le « _notes.txt » (les noms commençant par _ sont ignorés) ; si c'est un texte à publier, enregistrez-le en Markdown sous le nom « notes.md » ; sinon, retirez-le du dossier",
      },
      {
        file: 'content/news/2009/Compte rendu.docx',
        message:
          "fichier ni Markdown (.md, .mdx) ni image : le site ne le publierait pas ; si c'est une note pour l'équipe, renommez-le « _Compte rendu.docx » (les noms commençant par _ sont ignorés) ; si c'est un texte à publier, enregistrez-le en Markdown sous le nom « compte-rendu.md » ; sinon, retirez-le du dossier",
      },
    ]);
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

describe('checkEntrySizes', () => {
  it('accepts a text of 200 ko and refuses one byte more, giving both sizes and what to do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sizes-'));
    writeFileSync(join(dir, 'long.md'), 'a'.repeat(200_000));
    writeFileSync(join(dir, 'trop-long.md'), 'a'.repeat(200_001));
    writeFileSync(join(dir, 'affiche.png'), 'a'.repeat(300_000));
    expect(checkEntrySizes(dir, 'content/news', ['affiche.png', 'long.md', 'trop-long.md'])).toEqual([
      {
        file: 'content/news/trop-long.md',
        message:
          "texte trop long : 200,1\u00a0ko pour une limite de 200\u00a0ko par fichier (environ 30 000 mots) ; un texte si long alourdit les flux RSS et ralentit chaque recherche qui le trouve : découpez-le en plusieurs articles, ou gardez-en ici l'essentiel",
      },
    ]);
  });
});

describe('formatBytes', () => {
  it('writes kilo-octets below a million bytes and mega-octets above, French style, rounded up', () => {
    expect(formatBytes(200_000)).toBe('200\u00a0ko');
    expect(formatBytes(5_112_345)).toBe('5,2\u00a0Mo');
    expect(formatBytes(200_001)).toBe('200,1\u00a0ko');
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
