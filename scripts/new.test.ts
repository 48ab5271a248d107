import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import { parseFrontMatter } from '../src/lib/front-matter.ts';
import { checkBody } from './check-body.ts';
import { NewEntryError, createEntry, createTranslation, entryTemplate, parseCommand } from './new.ts';

const root = () => mkdtempSync(join(tmpdir(), 'new-entry-'));

/** A content folder holding French files written by hand, `{ 'news/a.md': text }`. */
function withFrench(files: Record<string, string>): string {
  const dir = root();
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, dirname(file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

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

  it('finds the French entry by its exact title, even when its file is named otherwise', () => {
    const dir = withFrench({
      'news/ouverture.md':
        '---\ntitle: "Premier appel à projets : 1,85 million d’euros"\ndescription: Texte.\ndate: 2009-07-02\n---\n\nTexte.\n',
    });
    expect(createTranslation('news', "Premier appel à projets : 1,85 million d'euros", dir)).toBe(
      join(dir, 'news/en/ouverture.md'),
    );
  });

  it('finds the French entry by its file name given with its extension', () => {
    const dir = withMember();
    expect(createTranslation('member', 'studio-nord.md', dir)).toBe(join(dir, 'members/en/studio-nord.md'));
  });

  it('refuses to translate an entry that does not exist, listing the closest file names', () => {
    const dir = withMember();
    createEntry('member', 'Studio Sud', dir);
    createEntry('member', 'Ankama', dir);
    expect(() => createTranslation('member', 'Studio Nordd', dir)).toThrow(
      /aucune entrée française de .*members n’a pour nom de fichier ou pour titre « Studio Nordd » ; les plus proches : .*members\/studio-nord\.md, .*members\/studio-sud\.md ;/,
    );
  });

  it('refuses a title that two French entries share, naming both files', () => {
    const page = '---\ntitle: Partenaires\ndescription: Texte.\n---\n';
    const dir = withFrench({ 'pages/a.md': page, 'pages/b.md': page });
    expect(() => createTranslation('page', 'Partenaires', dir)).toThrow(
      /plusieurs entrées françaises s’appellent « Partenaires » : .*pages\/a\.md, .*pages\/b\.md/,
    );
  });
});

describe('the translation of an MDX entry', () => {
  const french = [
    '---',
    'title: Le pôle',
    'description: Le pôle en bref.',
    '---',
    '',
    'Le pôle fédère la filière {jeu vidéo}.',
    '',
    '<KeyFigures />',
    '',
    '{/* une note de la rédaction */}',
    '',
  ].join('\n');

  const translate = () => createTranslation('page', 'le-pole', withFrench({ 'pages/le-pole.mdx': french }));

  it('is an .mdx file, so that the components it keeps work', () => {
    expect(translate().endsWith('/pages/en/le-pole.mdx')).toBe(true);
  });

  it('carries the French text in an MDX comment, which the body check accepts and which publishes nothing', () => {
    const { body } = parseFrontMatter(readFileSync(translate(), 'utf8'));
    expect(body).toContain('<KeyFigures />');
    expect(body).toContain('{/* une note de la rédaction *\\/}');
    expect(checkBody(body, 'mdx').problems).toEqual([]);
    const tree = mdxToMdast(body, { features: { gfm: true } }) as { children: { type: string }[] };
    expect(tree.children.map((node) => node.type)).toEqual(['mdxFlowExpression']);
  });

  it('once its fields are filled in and its text written, passes the body check with its component', () => {
    const text = readFileSync(translate(), 'utf8').replaceAll('À compléter', 'The cluster');
    const { data, body } = parseFrontMatter(`${text}\nThe cluster brings together the industry.\n\n<KeyFigures />\n`);
    expect(data).toEqual({ title: 'The cluster', description: 'The cluster' });
    expect(checkBody(body, 'mdx').problems).toEqual([]);
  });
});

describe('the translation of a Markdown entry', () => {
  it('is a .md file carrying the French text in an HTML comment that a --> inside cannot close', () => {
    const dir = withFrench({
      'pages/acces.md': '---\ntitle: Accès\ndescription: Venir.\n---\n\nPrenez la ligne A --> Tourcoing.\n',
    });
    const path = createTranslation('page', 'Accès', dir);
    expect(path.endsWith('/pages/en/acces.md')).toBe(true);
    const { body } = parseFrontMatter(readFileSync(path, 'utf8'));
    expect(body).toContain('Prenez la ligne A --\\> Tourcoing.\n-->');
    expect(checkBody(body, 'md').problems).toEqual([]);
  });
});

describe('the translation of an entry with an image', () => {
  it('asks for its description in English, a field the translation must hold', () => {
    const dir = withFrench({
      'members/studio.md':
        '---\nname: Studio\nkind: entreprise\ncity: Lille\nsummary: Un studio.\nlogo: ./studio.png\nlogoAlt: Le logo du studio\n---\n\nUn studio.\n',
      'news/sans-image.md': '---\ntitle: Sans image\ndescription: Un article.\ndate: 2009-07-02\n---\n\nTexte.\n',
    });
    const member = readFileSync(createTranslation('member', 'studio', dir), 'utf8');
    expect(member).toMatch(/^logoAlt: À compléter$/m);
    const article = readFileSync(createTranslation('news', 'sans-image', dir), 'utf8');
    expect(article).toMatch(/^# imageAlt: $/m);
  });
});

describe('parseCommand', () => {
  it('reads --lang en and --lang=en alike, anywhere on the line', () => {
    const expected = { kind: 'news', title: 'lancement-du-pole-image', lang: 'en' };
    expect(parseCommand(['news', 'lancement-du-pole-image', '--lang', 'en'])).toEqual(expected);
    expect(parseCommand(['news', 'lancement-du-pole-image', '--lang=en'])).toEqual(expected);
    expect(parseCommand(['--lang=en', 'news', 'lancement-du-pole-image'])).toEqual(expected);
    expect(parseCommand(['news', 'lancement-du-pole-image', '--lang', 'EN'])).toEqual(expected);
  });

  it('joins the other words into the title, in French when no language is given', () => {
    expect(parseCommand(['news', 'Appel', 'à', 'projets'])).toEqual({
      kind: 'news',
      title: 'Appel à projets',
      lang: 'fr',
    });
  });

  it('refuses an unknown option, naming it, rather than put it in the title', () => {
    expect(() => parseCommand(['news', 'Titre', '--langue=en'])).toThrow('option inconnue « --langue »');
    expect(() => parseCommand(['news', 'Titre', '--draft'])).toThrow('option inconnue « --draft »');
  });

  it('refuses --lang without a language, and a language other than fr or en', () => {
    expect(() => parseCommand(['news', 'Titre', '--lang'])).toThrow('langue manquante après --lang');
    expect(() => parseCommand(['news', 'Titre', '--lang=de'])).toThrow('langue inconnue « de » : fr ou en');
  });
});
