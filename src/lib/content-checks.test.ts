import { describe, expect, it } from 'vitest';
import { bodyHasText, checkTranslations, crossCheck, missingSettings, type EntryFacts } from './content-checks.ts';

const lines: Record<string, number> = { members: 6, calls: 7, tags: 5 };
const article = (id: string, facts: Partial<EntryFacts> = {}): EntryFacts => ({
  collection: 'news',
  id,
  file: `content/news/${id}.md`,
  lineOf: (field) => lines[field],
  ...facts,
});
const base: EntryFacts[] = [
  { collection: 'members', id: 'ankama', file: 'content/members/ankama.md' },
  { collection: 'calls', id: 'appel-2009', file: 'content/calls/appel-2009.md' },
  { collection: 'pages', id: 'le-pole', file: 'content/pages/le-pole.mdx' },
  article('lancement', { members: ['ankama'], calls: ['appel-2009'], tags: ['Jeu vidéo'] }),
];

describe('crossCheck', () => {
  it('accepts references, keywords and links that all exist', () => {
    const links = [
      { line: 9, url: '/membres/ankama/' },
      { line: 10, url: '/membres/ankama/actualites/2/' },
      { line: 11, url: '/appels-a-projets/appel-2009/#dates' },
      { line: 12, url: '/actualites/lancement/' },
      { line: 13, url: '/mots-cles/jeu-video/' },
      { line: 14, url: '/le-pole/' },
      { line: 15, url: '/actualites/2/' },
      { line: 16, url: '/rss.xml' },
    ];
    expect(crossCheck([...base, article('suite', { links })], 'content')).toEqual([]);
  });

  it('reports an unknown member and call with the field, its line and the closest ids', () => {
    expect(crossCheck([...base, article('suite', { members: ['ankamaa'], calls: ['appel-2090'] })], 'content')).toEqual(
      [
        {
          file: 'content/news/suite.md',
          line: 6,
          message:
            '« members » : membre inconnu « ankamaa » ; aucun fichier content/members/ankamaa.md ou .mdx (vouliez-vous dire « ankama » ?)',
        },
        {
          file: 'content/news/suite.md',
          line: 7,
          message:
            '« calls » : appel à projets inconnu « appel-2090 » ; aucun fichier content/calls/appel-2090.md ou .mdx (vouliez-vous dire « appel-2009 » ?)',
        },
      ],
    );
  });

  it('reports a keyword spelt two ways across articles', () => {
    expect(crossCheck([...base, article('suite', { tags: ['jeu video'] })], 'content')).toEqual([
      {
        file: 'content/news/suite.md',
        line: 5,
        message:
          '« tags » : « jeu video » et « Jeu vidéo » (dans content/news/lancement.md) donneraient la même page /mots-cles/jeu-video/ ; écrivez ce mot clé partout de la même façon',
      },
    ]);
  });

  it('reports links to a missing entry, its news list or keyword, naming the folder in messages', () => {
    const links = [
      { line: 9, url: '/membres/ankamma/' },
      { line: 10, url: '/appels-a-projets/appel-2008/actualites/' },
      { line: 11, url: '/mots-cles/jeux-video/' },
      { line: 12, url: '/le-poles/' },
    ];
    expect(crossCheck([...base, article('suite', { links })], 'tmp/content')).toEqual([
      {
        file: 'content/news/suite.md',
        line: 9,
        message:
          "lien vers une page qui n'existe pas « /membres/ankamma/ » : aucun fichier tmp/content/members/ankamma.md ou .mdx (vouliez-vous dire « /membres/ankama/ » ?)",
      },
      {
        file: 'content/news/suite.md',
        line: 10,
        message:
          "lien vers une page qui n'existe pas « /appels-a-projets/appel-2008/actualites/ » : aucun fichier tmp/content/calls/appel-2008.md ou .mdx (vouliez-vous dire « /appels-a-projets/appel-2009/actualites/ » ?)",
      },
      {
        file: 'content/news/suite.md',
        line: 11,
        message:
          "lien vers une page qui n'existe pas « /mots-cles/jeux-video/ » : aucun article n'a ce mot clé (vouliez-vous dire « /mots-cles/jeu-video/ » ?)",
      },
      {
        file: 'content/news/suite.md',
        line: 12,
        message:
          "lien vers une page qui n'existe pas « /le-poles/ » : aucun fichier tmp/content/pages/le-poles.md ou .mdx (vouliez-vous dire « /le-pole/ » ?)",
      },
    ]);
  });

  const launch = {
    collection: 'news' as const,
    id: 'lancement',
    file: 'content/news/en/lancement.md',
    tags: ['Video games'],
    links: [
      { line: 7, url: '/en/members/ankama/' },
      { line: 8, url: '/en/news/lancement/' },
      { line: 9, url: '/en/keywords/video-games/' },
      { line: 10, url: '/actualites/suite/' },
      { line: 11, url: '/en/le-pole/' },
    ],
  };
  const translations = [launch];

  it('accepts, in a translation, links to English pages that exist and to French pages', () => {
    expect(crossCheck([...base, article('suite')], 'content', undefined, translations)).toEqual([]);
  });

  it('reports English links to an untranslated article, a keyword of French articles only, a missing entry, and section names of the other language', () => {
    const links = [
      { line: 12, url: '/en/news/suite/' },
      { line: 13, url: '/en/keywords/jeu-video/' },
      { line: 14, url: '/en/members/ankamma/' },
      { line: 15, url: '/en/membres/ankama/' },
      { line: 16, url: '/members/ankama/' },
      { line: 17, url: '/en/calls/calendar.ics' },
    ];
    expect(
      crossCheck([...base, article('suite')], 'content', undefined, [{ ...launch, links }]).map(({ line, message }) => [
        line,
        message,
      ]),
    ).toEqual([
      [
        12,
        "lien vers une page qui n'existe pas « /en/news/suite/ » : l'actualité content/news/suite.md n'est pas traduite (aucun fichier content/news/en/suite.md) ; liez sa page française « /actualites/suite/ », ou traduisez-la",
      ],
      [
        13,
        "lien vers une page qui n'existe pas « /en/keywords/jeu-video/ » : aucune actualité traduite en anglais n'a ce mot clé (vouliez-vous dire « /en/keywords/video-games/ » ?)",
      ],
      [
        14,
        "lien vers une page qui n'existe pas « /en/members/ankamma/ » : aucun fichier content/members/ankamma.md ou .mdx (vouliez-vous dire « /en/members/ankama/ » ?)",
      ],
      [
        15,
        "lien vers une adresse que le site n'a pas « /en/membres/ankama/ » : les noms de rubrique sont en français à la racine, en anglais sous /en/ (vouliez-vous dire « /en/members/ankama/ » ?)",
      ],
      [
        16,
        "lien vers une adresse que le site n'a pas « /members/ankama/ » : les noms de rubrique sont en français à la racine, en anglais sous /en/ (vouliez-vous dire « /membres/ankama/ » ?)",
      ],
      // The French address of the same shape would name a call « calendar »: none exists, nothing is suggested.
      [
        17,
        "lien vers une adresse que le site n'a pas « /en/calls/calendar.ics » : les noms de rubrique sont en français à la racine, en anglais sous /en/",
      ],
    ]);
  });
});

describe('missingSettings', () => {
  it('names the settings file in the content folder', () => {
    expect(missingSettings('content')).toEqual({
      file: 'content/settings/site.yaml',
      message: 'fichier manquant : il contient le nom du site, la navigation et les chiffres clés',
    });
  });
});

describe('checkTranslations', () => {
  it('accepts a translation named like its French entry', () => {
    expect(
      checkTranslations(
        [{ collection: 'members', id: 'ankama', file: 'content/members/en/ankama.md' }],
        base,
        'content',
      ),
    ).toEqual([]);
  });

  it('refuses a translation whose French entry does not exist, with the closest French file name', () => {
    expect(
      checkTranslations(
        [{ collection: 'members', id: 'ankamma', file: 'content/members/en/ankamma.md' }],
        base,
        'content',
      ),
    ).toEqual([
      {
        file: 'content/members/en/ankamma.md',
        message:
          "traduction d'une entrée qui n'existe pas : aucun fichier content/members/ankamma.md ou .mdx (vouliez-vous dire « ankama » ?) ; une traduction porte le nom du fichier français qu'elle traduit",
      },
    ]);
  });
});

describe('bodyHasText', () => {
  it('finds no text in comments, blank lines and no-break spaces, typed or as entities', () => {
    expect(
      ['', '\n\n', '<!-- à traduire -->', '{/* à traduire */}\n', '&nbsp;', '\u00a0 &#160;'].map(bodyHasText),
    ).toEqual([false, false, false, false, false, false]);
  });

  it('finds the text of a body, around a comment too', () => {
    expect(['A studio.', '<!-- note -->\nA studio.', '&nbsp;A'].map(bodyHasText)).toEqual([true, true, true]);
  });
});
