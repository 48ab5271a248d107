import { describe, expect, it } from 'vitest';
import { FrontMatterError, fieldLine, parseFrontMatter, readEntryText, readYamlText } from './front-matter.ts';

const file = ['---', 'title: Lancement', 'date: 2009-07-02', 'tags: [a, b]', '---', '', 'Le texte.', ''].join('\n');

describe('parseFrontMatter', () => {
  it('reads YAML as Astro does: an unquoted day is a date', () => {
    const { data } = parseFrontMatter(file);
    expect(data).toEqual({ title: 'Lancement', date: new Date('2009-07-02T00:00:00Z'), tags: ['a', 'b'] });
  });

  it('blanks the front matter out of the body, keeping line numbers', () => {
    const { body } = parseFrontMatter(file);
    expect(body.split('\n')).toHaveLength(file.split('\n').length);
    expect(body.split('\n')[6]).toBe('Le texte.');
    expect(body).not.toContain('title');
  });

  it('finds the line of each field', () => {
    const frontMatter = parseFrontMatter(file);
    expect(fieldLine(frontMatter, 'title')).toBe(2);
    expect(fieldLine(frontMatter, 'tags')).toBe(4);
    expect(fieldLine(frontMatter, 'author')).toBeUndefined();
  });

  it('gives no fields to a file without front matter', () => {
    expect(parseFrontMatter('Du texte seul.\n').data).toEqual({});
  });

  it('explains a colon in an unquoted value, with its line and the fix', () => {
    const broken = '---\ndate: 2009-07-02\ntitle: Le pôle : un réseau\n---\n';
    let error: unknown;
    try {
      parseFrontMatter(broken);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FrontMatterError);
    expect((error as FrontMatterError).line).toBe(3);
    expect((error as FrontMatterError).message).toBe(
      '« title » : en-tête illisible, la valeur contient « : » suivi d\'une espace : mettez-la entre guillemets droits, ainsi : title: "Le pôle : un réseau"',
    );
  });
});

/** The problems `readEntryText` finds in a front matter of `lines`, the file's last line being `---`. */
const problemsOf = (...lines: string[]) =>
  readEntryText(['---', ...lines, '---', '', 'Texte.', ''].join('\n')).problems;

describe('readEntryText: each kind of YAML mistake, in French, at its line, with a fix that works', () => {
  it.each([
    [
      'a tab indenting a field of a group',
      ['title: Titre', 'source:', '\tname: La Voix du Nord'],
      4,
      "« source.name » : en-tête illisible, tabulation en début de ligne : le YAML n'accepte que des espaces pour décaler un champ ; remplacez la tabulation par deux espaces",
    ],
    [
      'a tab before a top-level field',
      ['title: Titre', '\tdate: 2009-07-02'],
      3,
      "« date » : en-tête illisible, tabulation en début de ligne : le YAML n'accepte que des espaces pour décaler un champ ; remplacez la tabulation par deux espaces",
    ],
    [
      'a field written twice',
      ['title: Un', 'date: 2009-07-02', 'title: Deux'],
      4,
      "« title » : en-tête illisible, champ écrit deux fois (déjà ligne 2 de l'en-tête) : gardez une seule ligne « title: »",
    ],
    [
      'double quotes never closed',
      ['title: "Le pôle', 'date: 2009-07-02'],
      2,
      '« title » : en-tête illisible, guillemets " ouverts mais jamais fermés : ajoutez " à la fin de la valeur, sur la même ligne',
    ],
    [
      'single quotes never closed',
      ['date: 2009-07-02', "author: 'Jean Dupont"],
      3,
      "« author » : en-tête illisible, guillemets ' ouverts mais jamais fermés : ajoutez ' à la fin de la valeur, sur la même ligne",
    ],
    [
      'a list never closed, followed by a field',
      ['tags: [animation, jeu vidéo', 'date: 2009-07-02'],
      2,
      '« tags » : en-tête illisible, liste ouverte par [ mais jamais fermée : terminez-la par ] sur la même ligne, par exemple tags: [animation, jeu vidéo]',
    ],
    [
      'a list never closed, last field',
      ['date: 2009-07-02', 'tags: [animation'],
      3,
      '« tags » : en-tête illisible, liste ouverte par [ mais jamais fermée : terminez-la par ] sur la même ligne, par exemple tags: [animation, jeu vidéo]',
    ],
    [
      'a value starting with @',
      ['title: @Ankama annonce un jeu'],
      2,
      '« title » : en-tête illisible, une valeur ne peut pas commencer par « @ » : mettez-la entre guillemets droits, ainsi : title: "@Ankama annonce un jeu"',
    ],
    [
      'a value starting with a backtick',
      ['title: `npm` pour les nuls'],
      2,
      '« title » : en-tête illisible, une valeur ne peut pas commencer par « ` » : mettez-la entre guillemets droits, ainsi : title: "`npm` pour les nuls"',
    ],
    [
      'a value starting with *',
      ['title: *Exclusif* le pôle'],
      2,
      '« title » : en-tête illisible, une valeur ne peut pas commencer par « * » : mettez-la entre guillemets droits, ainsi : title: "*Exclusif* le pôle"',
    ],
    [
      'a value quoted at its start only',
      ['title: "Le pôle" en direct'],
      2,
      "« title » : en-tête illisible, les guillemets du début de la valeur se ferment avant sa fin : entourez toute la valeur d'autres guillemets, ainsi : title: '\"Le pôle\" en direct'",
    ],
    [
      'a colon followed by a space in a value that has quotes',
      ['title: Le "pôle" : l\'image'],
      2,
      "« title » : en-tête illisible, la valeur contient « : » suivi d'une espace : mettez-la entre guillemets droits, ainsi : title: 'Le \"pôle\" : l''image'",
    ],
    [
      'a field indented by spaces',
      ['title: Titre', '  date: 2009-07-02'],
      3,
      "« date » : en-tête illisible, ligne mal décalée : un champ commence en début de ligne, et un champ d'un groupe (comme name sous source:) est décalé d'autant d'espaces que ses voisins",
    ],
    [
      'a line without a colon',
      ['title: Titre', 'description Un résumé', 'date: 2009-07-02'],
      3,
      "en-tête illisible, ligne sans « : » « description Un résumé » : chaque ligne de l'en-tête s'écrit champ: valeur ; ajoutez « : » après le nom du champ, ou remontez ce texte à la fin de la ligne du champ qu'il continue",
    ],
  ])('%s', (_, lines, line, message) => {
    expect(problemsOf(...lines)).toEqual([{ line, message }]);
  });

  it('follows its fix: the value quoted as advised is read as text', () => {
    for (const fixed of [
      'title: "@Ankama annonce un jeu"',
      'title: "`npm` pour les nuls"',
      'title: \'"Le pôle" en direct\'',
      "title: 'Le \"pôle\" : l''image'",
    ]) {
      expect(readEntryText(`---\n${fixed}\n---\n`).problems).toEqual([]);
    }
  });

  it('names a front matter never closed, not the fields it holds', () => {
    const text = '---\ntitle: Sans fin\ndescription: Oubliée.\ndate: 2009-07-04\n\nTexte.\n';
    expect(readEntryText(text).problems).toEqual([
      {
        line: 1,
        message:
          "en-tête jamais fermé : la ligne --- de la ligne 1 l'ouvre, mais aucune ligne --- ne le ferme ; ajoutez une ligne --- après le dernier champ (ligne 4)",
      },
    ]);
  });

  it('names the closing line to add after a BOM and Windows line ends too', () => {
    const text = '\ufeff---\r\ntitle: Sans fin\r\nsource:\r\n  name: La Voix du Nord\r\n\r\nTexte.\r\n';
    expect(readEntryText(text).problems[0]?.message).toContain(
      'ajoutez une ligne --- après le dernier champ (ligne 4)',
    );
  });
});

describe('readEntryText: characters that have no place in content', () => {
  it('names the field, the line and the character of a front-matter value', () => {
    expect(problemsOf('title: Titre collé\u000b depuis Word', 'date: 2009-07-03')).toEqual([
      {
        line: 2,
        message:
          '« title » : caractère invisible U+000B (tabulation verticale) dans « title: Titre collé⟨U+000B⟩ depuis Word » : effacez ce passage et retapez-le au clavier (un copier-coller depuis un PDF ou un traitement de texte en laisse, invisibles à l’écran)',
      },
    ]);
  });

  it('names the field of a group', () => {
    expect(problemsOf('source:', '  name: La Voix\u200bdu Nord').map((p) => p.message.split(' : ')[0])).toEqual([
      '« source.name »',
    ]);
  });

  it('finds them in the body, with no field', () => {
    expect(readEntryText('---\ntitle: a\n---\n\nLe budget\u000best.\n').problems).toEqual([
      {
        line: 5,
        message:
          'caractère invisible U+000B (tabulation verticale) dans « Le budget⟨U+000B⟩est. » : effacez ce passage et retapez-le au clavier (un copier-coller depuis un PDF ou un traitement de texte en laisse, invisibles à l’écran)',
      },
    ]);
  });

  it('finds the references of such characters in the body, not in the front matter where they stay text', () => {
    expect(readEntryText('---\ntitle: Le code &#11;\n---\n\nLe dévelop&shy;pement.\n').problems).toEqual([
      {
        line: 5,
        message:
          'caractère invisible U+00AD (trait d’union conditionnel) écrit &shy; dans « Le dévelop&shy;pement. » : effacez ce passage et retapez-le au clavier (un copier-coller depuis un PDF ou un traitement de texte en laisse, invisibles à l’écran)',
      },
    ]);
  });

  it('finds those a YAML escape writes into a quoted value', () => {
    expect(problemsOf('date: 2009-07-03', 'title: "Titre\\vcollé"')).toEqual([
      {
        line: 3,
        message:
          '« title » : caractère invisible U+000B (tabulation verticale) dans « Titre⟨U+000B⟩collé » : effacez ce passage et retapez-le au clavier (un copier-coller depuis un PDF ou un traitement de texte en laisse, invisibles à l’écran) ; dans une valeur entre guillemets, un code comme \\v ou \\x0B en écrit un',
      },
    ]);
  });
});

describe('readEntryText: dates', () => {
  it('refuses a time without offset, which YAML would read as UTC', () => {
    expect(problemsOf('title: a', 'date: 2009-07-02T23:30:00')).toEqual([
      {
        line: 3,
        message:
          "« date » : heure sans fuseau horaire « 2009-07-02T23:30:00 », que le YAML lirait comme l'heure de Greenwich (UTC) : écrivez le jour seul (2009-07-02), ou l'heure suivie du décalage de Paris, +02:00 en été et +01:00 en hiver (2009-07-02T23:30:00+02:00)",
      },
    ]);
    expect(problemsOf('source:', '  date: 2009-07-02 10:00:00')[0]?.message).toMatch(
      /^« source.date » : heure sans fuseau/,
    );
  });

  it('takes a time with its offset, and a day alone', () => {
    expect(
      problemsOf('date: 2009-07-02T00:30:00+02:00', 'updated: 2009-07-03T22:30:00Z', 'closes: 2009-07-04'),
    ).toEqual([]);
  });
});

describe('readYamlText', () => {
  it('explains a settings file with a tab, naming the field', () => {
    expect(readYamlText('name: Pôle Image\nnavigation:\n  - label: Accueil\n\thref: /\n').problems).toEqual([
      {
        line: 4,
        message:
          "« navigation.href » : fichier illisible, tabulation en début de ligne : le YAML n'accepte que des espaces pour décaler un champ ; remplacez la tabulation par deux espaces",
      },
    ]);
  });

  it('finds unwanted characters in settings', () => {
    expect(readYamlText('name: Pôle\u00adImage\n').problems[0]?.message).toMatch(
      /^« name » : caractère invisible U\+00AD \(trait d’union conditionnel\)/,
    );
  });
});

describe('readEntryText: a file without front matter', () => {
  it('gets one message, not one per missing field, whether empty or text alone', () => {
    expect(readEntryText('').problems).toEqual([
      {
        line: 1,
        message:
          'fichier vide : un texte commence par son en-tête, ses champs entre deux lignes --- ; « npm run new » crée un fichier avec son en-tête à remplir (voir docs/editing.md), ou supprimez ce fichier',
      },
    ]);
    expect(readEntryText('\uFEFF\n  \n').problems[0]?.message).toMatch(/^fichier vide : /);
    expect(readEntryText('Du texte seul.\n').problems).toEqual([
      {
        line: 1,
        message:
          "le fichier n'a pas d'en-tête : ses champs (titre, date…) s'écrivent tout en haut, entre deux lignes --- ; « npm run new » crée un fichier avec son en-tête à remplir (voir docs/editing.md), ou copiez l'en-tête d'un autre texte de la même rubrique",
      },
    ]);
  });
});
