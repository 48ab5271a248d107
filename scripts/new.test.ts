import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../src/lib/front-matter.ts';
import { NewEntryError, createEntry, createTranslation, entryTemplate } from './new.ts';

const root = () => mkdtempSync(join(tmpdir(), 'new-entry-'));

describe('createEntry', () => {
  it('names the file after the title, accents folded', () => {
    const path = createEntry('news', 'Appel à projets 2010', root());
    expect(path.endsWith('/news/appel-a-projets-2010.md')).toBe(true);
  });

  it('accepts the French names of the kinds', () => {
    expect(createEntry('membre', 'Le Fresnoy – Studio national', root())).toMatch(
      /\/members\/le-fresnoy-studio-national\.md$/,
    );
  });

  it('refuses to overwrite a file, or to take the id of a .mdx file', () => {
    const dir = root();
    const path = createEntry('news', 'Lancement', dir);
    writeFileSync(path, 'texte de la rédaction');
    expect(() => createEntry('news', 'Lancement', dir)).toThrow('existe déjà');
    expect(readFileSync(path, 'utf8')).toBe('texte de la rédaction');
    writeFileSync(join(dir, 'news/bilan.mdx'), '');
    expect(() => createEntry('news', 'Bilan', dir)).toThrow('news/bilan.mdx existe déjà');
  });

  it('refuses a name whose address is taken, an unknown kind and an empty title', () => {
    expect(() => createEntry('page', 'Membres', root())).toThrow('nom de fichier réservé');
    expect(() => createEntry('article-de-blog', 'Titre', root())).toThrow(NewEntryError);
    expect(() => createEntry('news', '  ', root())).toThrow('titre manquant');
  });

  it('dates the entry with the day in Paris', () => {
    // 23:30 UTC on 31 January is already 1 February in Paris.
    const path = createEntry('news', 'Minuit', root(), new Date('2010-01-31T23:30:00Z'));
    expect(parseFrontMatter(readFileSync(path, 'utf8')).data.date).toEqual(new Date('2010-02-01T00:00:00Z'));
  });
});

describe('a new event', () => {
  it('goes to content/events/, announced today, with its start and place to fill', () => {
    const path = createEntry('event', 'Rencontres de l’animation 2010', root(), new Date('2010-03-01T10:00:00Z'));
    expect(path.endsWith('/events/rencontres-de-l-animation-2010.md')).toBe(true);
    const { data } = parseFrontMatter(readFileSync(path, 'utf8'));
    expect(data).toEqual({
      title: 'Rencontres de l’animation 2010',
      description: 'À compléter',
      start: 'À compléter',
      announced: new Date('2010-03-01T00:00:00Z'),
    });
  });
});

describe('entryTemplate', () => {
  it('holds every field of the contract: required ones filled or to fill, optional ones commented out', () => {
    const text = entryTemplate('calls', 'Appel 2010 : la suite', '2010-03-01');
    const { data, raw } = parseFrontMatter(text);
    expect(data).toEqual({
      title: 'Appel 2010 : la suite',
      summary: 'À compléter',
      budget: 'À compléter',
      themes: ['À compléter'],
      opens: new Date('2010-03-01T00:00:00Z'),
    });
    for (const field of ['closes', 'applyUrl', 'draft']) expect(raw).toMatch(new RegExp(`^# ${field}: `, 'm'));
  });

  it('gives optional fields an example that works once uncommented', () => {
    const { raw } = parseFrontMatter(entryTemplate('members', 'Ankama', '2010-03-01'));
    const uncommented = raw.replace(/^# (?=[a-zA-Z]+:| {2})/gm, '');
    const data = load(uncommented) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual([
      'name',
      'kind',
      'sectors',
      'city',
      'summary',
      'founded',
      'employees',
      'employeesYear',
      'website',
      'logo',
      'logoAlt',
      'draft',
    ]);
  });
});

describe('createTranslation', () => {
  const withMember = () => {
    const dir = root();
    createEntry('member', 'Studio Nord', dir);
    return dir;
  };

  it('creates the English file beside its French entry, named by its title or its file name', () => {
    const dir = withMember();
    const path = createTranslation('member', 'Studio Nord', dir, new Date('2026-11-29T10:00:00Z'));
    expect(path).toBe(join(dir, 'members/en/studio-nord.md'));
    const { data } = parseFrontMatter(readFileSync(path, 'utf8'));
    expect(data).toEqual({ summary: 'À compléter' });
    expect(readFileSync(path, 'utf8')).toContain('# En français : Studio Nord');
    expect(() => createTranslation('membre', 'studio-nord', dir)).toThrow('members/en/studio-nord.md existe déjà');
  });

  it('refuses to translate an entry that does not exist, naming the closest one', () => {
    expect(() => createTranslation('member', 'Studio Nordd', withMember())).toThrow(
      /aucune entrée française .*members\/studio-nordd\.md à traduire \(vouliez-vous dire « studio-nord » \?\)/,
    );
  });
});
