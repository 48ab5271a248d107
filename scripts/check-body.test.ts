import { describe, expect, it } from 'vitest';
import { checkBody, explainSyntaxError } from './check-body.ts';

const messages = (body: string, format: 'md' | 'mdx' = 'mdx') => checkBody(body, format).problems.map((p) => p.message);

describe('checkBody', () => {
  it('accepts Markdown and the components used as documented', () => {
    const body = [
      '# Titre',
      '',
      '<Figure caption="Légende." credit="Photo : Prénom Nom">',
      '  ![La salle](./salle.jpg)',
      '</Figure>',
      '',
      '<Quote author="Prénom Nom">Des mots.</Quote>',
      '',
      '<CallToAction href="/appels-a-projets/">Voir les appels</CallToAction>',
      '',
      '<KeyFigures />',
      '',
      '<KeyFigures items={[{ value: 4, label: "thèmes" }]} source="Une source" />',
    ].join('\n');
    const report = checkBody(body, 'mdx');
    expect(report.problems).toEqual([]);
    expect(report.images).toEqual([{ line: 4, url: './salle.jpg' }]);
    expect(report.links).toEqual([{ line: 9, url: '/appels-a-projets/' }]);
  });

  it('reports an MDX syntax error with its line, in French', () => {
    const [problem] = checkBody('Texte\n\n<Quote author="A">\n\nsuite\n', 'mdx').problems;
    expect(problem?.line).toBe(3);
    expect(problem?.message).toContain("syntaxe MDX (ligne 3, colonne 1) : la balise <Quote> n'est jamais fermée");
  });

  it('names the component and the missing prop', () => {
    expect(messages('<Quote>Des mots.</Quote>')).toEqual([
      '<Quote> : propriété obligatoire manquante « author » : Qui parle : son nom, et si utile sa fonction.',
    ]);
  });

  it('suggests the right name for a misspelt component or prop', () => {
    expect(messages('<Figur />')[0]).toContain('composant inconnu <Figur> (vouliez-vous dire <Figure> ?)');
    expect(messages('<Quote autor="A">x</Quote>')).toContain(
      '<Quote> : propriété inconnue « autor » (vouliez-vous dire « author » ?) ; propriétés possibles : author, source',
    );
  });

  it('leaves alone HTML tags and components the file imports itself', () => {
    expect(messages("import Carte from './Carte.astro';\n\n<Carte />\n\n<div>texte</div>\n")).toEqual([]);
  });

  it('checks literal values written in braces', () => {
    expect(messages('<KeyFigures items={[{ value: "4", label: "thèmes" }]} />')[0]).toContain(
      '« value » (élément 1) : doit être un nombre',
    );
  });

  it('reads the literals the guide shows in braces: unquoted names, single quotes, trailing commas, numbers', () => {
    const body = [
      '<KeyFigures',
      '  items={[{ value: 1850000, label: \'euros\' }, { value: 4, label: "thèmes", qualifier: "environ", },]}',
      '  source={"Le Quotidien des Usines"}',
      '/>',
    ].join('\n');
    expect(messages(body)).toEqual([]);
  });

  it('refuses code in braces without running it, naming the component, the prop and what to write', () => {
    expect(messages('<Quote author={process.exit(3)}>Des mots.</Quote>')).toEqual([
      '<Quote> : « author » : valeur entre accolades illisible « {process.exit(3)} » : écrivez un texte entre guillemets droits ("…"), un nombre, true ou false, ou une liste comme {[{ value: 4, label: "thèmes" }]} ; les noms de variables, calculs et appels ne sont pas permis',
    ]);
    expect(messages('<KeyFigures items={figures} />')[0]).toContain(
      '<KeyFigures> : « items » : valeur entre accolades illisible « {figures} »',
    );
  });

  it('says what a prop expects when its value has the wrong type', () => {
    expect(messages('<Quote author={4}>Des mots.</Quote>')).toEqual([
      '<Quote> : « author » doit être un texte entre guillemets droits, comme "…", trouvé 4 ; écrivez-le entre guillemets droits pour qu\'il reste du texte : "4"',
    ]);
    expect(messages('<CallToAction href="appels/">Voir</CallToAction>')).toEqual([
      '<CallToAction> : « href » doit commencer par / (une page du site, comme "/appels-a-projets/") ou par https:// (un autre site)',
    ]);
    expect(messages('<KeyFigures items={[]} />')).toEqual([
      '<KeyFigures> : « items » doit contenir au moins un chiffre',
    ]);
  });

  it('wants exactly one image with its text in a figure', () => {
    expect(messages('<Figure caption="L" credit="C">\n  Pas d’image.\n</Figure>')[0]).toContain(
      '<Figure> : aucune image à l’intérieur',
    );
    expect(messages('<Figure caption="L" credit="C">\n  ![](./a.jpg)\n</Figure>')[0]).toContain(
      'image sans texte alternatif « ./a.jpg »',
    );
  });

  it('refuses images from other sites, which the site never loads', () => {
    expect(messages('![Logo](https://example.org/logo.png)', 'md')[0]).toContain('image hébergée ailleurs');
  });

  it('tells that components only work in .mdx files', () => {
    expect(messages('<Quote author="A">x</Quote>\n', 'md')[0]).toContain('ne fonctionne que dans un fichier .mdx');
  });
});

describe('checkBody: images and links the parser did not take', () => {
  it('refuses an image whose path has a space, with both fixes', () => {
    expect(checkBody('Texte.\n\n![L’affiche du festival](./affiche festival.png)\n', 'md').problems).toEqual([
      {
        line: 3,
        message:
          'image non reconnue, publiée telle quelle « ![L’affiche du festival](./affiche festival.png) » : le nom du fichier contient une espace ; écrivez ![L’affiche du festival](<./affiche festival.png>) ou renommez le fichier sans espace et écrivez ![L’affiche du festival](./affiche-festival.png)',
      },
    ]);
  });

  it('accepts the same path between < >, and looks for that file', () => {
    const report = checkBody('![L’affiche](<./affiche festival.png>)\n', 'md');
    expect(report.problems).toEqual([]);
    expect(report.images).toEqual([{ line: 1, url: './affiche festival.png' }]);
  });

  it('refuses a link left as text, in .md and .mdx', () => {
    for (const format of ['md', 'mdx'] as const) {
      expect(messages('Voir [le programme](/le pole/).', format)).toEqual([
        'lien non reconnu, publié tel quel « [le programme](/le pole/) » : l’adresse contient une espace ; écrivez [le programme](</le pole/>)',
      ]);
    }
  });

  it('leaves brackets in code alone', () => {
    expect(messages('`![a](b c)`\n\n```\n[x](y z)\n```\n', 'md')).toEqual([]);
  });
});

describe('checkBody: raw HTML', () => {
  it('refuses a pasted YouTube player and gives the component that replaces it', () => {
    expect(
      messages(
        '<iframe width="560" src="https://www.youtube-nocookie.com/embed/XXXXXXXXXXX" title="Bande-annonce" allowfullscreen></iframe>\n',
        'md',
      ),
    ).toEqual([
      '« <iframe width="560" src="https://www.youtube-nocookie.com/e… » : balise <iframe> non permise : le site ne charge rien d’un autre site (sa politique de sécurité bloque les cadres, et les fils RSS les retirent) ; renommez le fichier en .mdx et écrivez à la place <Video url="https://www.youtube.com/watch?v=XXXXXXXXXXX" title="Bande-annonce" />',
    ]);
  });

  it('refuses frames, scripts, styles and forms in .mdx too, saying what to use instead', () => {
    expect(messages('<embed src="/film.swf" />\n\n<script>alert(1)</script>\n', 'mdx')).toEqual([
      'balise <embed> non permise : le site ne charge rien d’un autre site (sa politique de sécurité bloque les cadres, et les fils RSS les retirent) : pour une vidéo YouTube, Vimeo ou Dailymotion, écrivez <Video url="https://…" title="…" /> dans un fichier .mdx ; sinon, mettez un lien [Titre](https://…)',
      'balise <script> non permise : le site n’exécute aucun script venu du texte : retirez-la',
    ]);
    expect(messages('<style>p { color: red }</style>\n\n<form action="/x"></form>\n', 'md')).toEqual([
      '« <style>p { color: red }</style> » : balise <style> non permise : la mise en forme vient de la feuille de style du site : retirez-la et écrivez le texte en Markdown',
      '« <form action="/x"></form> » : balise <form> non permise : un article ne contient pas de formulaire : mettez un lien vers le formulaire, [Remplir le formulaire](https://…)',
    ]);
  });

  it('refuses a sound player with a link as the fix, not the video component', () => {
    for (const format of ['md', 'mdx'] as const) {
      expect(
        messages('<audio controls src="https://example.org/entretien.mp3"></audio>\n', format).join('\n'),
      ).toContain(
        'balise <audio> non permise : le site ne met pas de lecteur de son dans ses pages (les fils RSS le retireraient, et sa politique de sécurité bloque ceux d’un autre site) : mettez un lien vers le son ou la page qui le diffuse, [Écouter l’entretien](https://…)',
      );
    }
    expect(messages('<audio src="/son.ogg"></audio>\n', 'md').join('\n')).not.toContain('Video');
  });

  it('refuses inline styles and event handlers on allowed elements', () => {
    expect(messages('<p onclick="go()">Texte</p>\n', 'md')).toEqual([
      '« <p onclick="go()">Texte</p> » : attribut onclick non permis sur <p> : le site n’exécute aucun script venu du texte ; retirez-le',
    ]);
    expect(messages('<div style={{ color: "red" }}>Texte</div>\n', 'mdx')).toEqual([
      'attribut style non permis sur <div> : la politique de sécurité du site bloque les styles écrits dans le texte ; retirez-le, la mise en forme vient du site',
    ]);
  });

  it('refuses words between < and > that would vanish, and says how to write them', () => {
    expect(messages('Écrivez : Candidature <nom du studio> <ville>.\n', 'md')).toEqual([
      '« <nom du studio> » : balise <nom> inconnue : le texte entre < et > disparaîtrait de la page ; pour écrire le signe « < » tel quel, écrivez \\< ou &lt;',
      '« <ville> » : balise <ville> inconnue : le texte entre < et > disparaîtrait de la page ; pour écrire le signe « < » tel quel, écrivez \\< ou &lt;',
    ]);
    expect(messages('Date limite : <date limite>.\n', 'md')[0]).toContain('balise <date> inconnue');
  });

  it('accepts the HTML the site keeps, comments, escaped signs and comparisons', () => {
    const body = [
      '<details>',
      '<summary>Plus</summary>',
      '',
      'Texte <b>gras</b>, H<sub>2</sub>O, <abbr title="Centre Régional des Ressources Audiovisuelles">CRRAV</abbr>.',
      '',
      '</details>',
      '',
      '<!-- Note interne -->',
      '',
      'Candidature \\<nom du studio> &lt;ville&gt;, budgets <50 k€ et >1 M€.',
    ].join('\n');
    expect(messages(body, 'md')).toEqual([]);
  });
});

describe('explainSyntaxError', () => {
  it('explains the usual mistakes and keeps the line', () => {
    expect(explainSyntaxError('3:11: Unexpected character after `<`, expected a valid JSX tag (mdx-jsx:x)')).toEqual({
      line: 3,
      message:
        'syntaxe MDX (ligne 3, colonne 11) : « < » ouvre une balise en MDX : pour écrire le signe « inférieur à », tapez \\<',
    });
    expect(
      explainSyntaxError(
        '5:1: Unexpected character `!` (U+0021) before name (note: to create a comment in MDX, use `{/* text */}`) (mdx-jsx:x)',
      ).message,
    ).toContain('les commentaires <!-- … --> ne sont pas permis en MDX');
  });

  it('keeps the original words of an error it does not know', () => {
    expect(explainSyntaxError('2:4: Something new').message).toBe(
      'syntaxe MDX (ligne 2, colonne 4) : MDX : Something new',
    );
  });

  it('refuses a link whose address has a space, which the parser cut and linked in part', () => {
    for (const format of ['md', 'mdx'] as const) {
      expect(messages('Voir [le programme](https://example.com/mon programme.pdf).', format)).toEqual([
        'lien non reconnu, publié tel quel « [le programme](… » : son adresse contient sans doute une espace ; écrivez [le programme](<adresse avec espace>), entre < >, ou remplacez l’espace par %20',
      ]);
    }
    expect(messages('Le [dossier](http://example.org/appel 2009/dossier.pdf) complet.', 'md')).toEqual([
      'lien non reconnu, publié tel quel « [dossier](… » : son adresse contient sans doute une espace ; écrivez [dossier](<adresse avec espace>), entre < >, ou remplacez l’espace par %20',
    ]);
  });

  it('refuses reference-style images and links whose reference is not defined, left as text', () => {
    expect(messages('Voici ![affiche][ref] et [un lien][manquant].', 'md')).toEqual([
      'image non reconnue, publiée telle quelle « ![affiche][ref] » : la référence « ref » n’est définie nulle part ; écrivez l’adresse directement, ![affiche](./nom-du-fichier.jpg)',
      'lien non reconnu, publié tel quel « [un lien][manquant] » : la référence « manquant » n’est définie nulle part ; écrivez l’adresse directement, [un lien](https://…)',
    ]);
  });

  it('refuses a reference-style image, which the build would neither check nor optimise, and keeps defined reference links', () => {
    expect(messages('Voici ![affiche][ref].\n\n[ref]: ./absente.png\n', 'md')).toEqual([
      'image écrite par référence « ![affiche][ref] » : le site ne publie une image que si elle est écrite directement ; écrivez ![affiche](./nom-du-fichier.jpg) avec le chemin de sa définition',
    ]);
    expect(messages('Voir [le site][pole].\n\n[pole]: https://example.org/\n', 'md')).toEqual([]);
  });
});
