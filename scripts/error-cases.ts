/**
 * The content mistakes editors make, each applied to a copy of the test
 * content `tests/fixtures/error-base/`: the tests check what the content
 * check and the build say about each, and the editor guide
 * (`docs/editing.md`) shows each message as printed, with its fix.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ERROR_BASE = resolve(import.meta.dirname, '../tests/fixtures/error-base');

export interface ErrorCase {
  /** A short name, for folders and test names. */
  id: string;
  /** The heading of the case in the guide. */
  title: string;
  /** What to do, in one or two sentences of the guide. */
  fix: string;
  /** Makes the mistake in a copy of the base content. */
  apply: (content: string) => void;
  /** Words the message must hold: file, line when known, field, what was found and expected. */
  expect: readonly string[];
  /** Words Astro's own validation prints when the content check is skipped, for the cases tested that way. */
  astro?: readonly string[];
}

/** Replaces text in a file of the copy; a change that finds nothing is a mistake of the case itself. */
export function edit(content: string, file: string, from: string | RegExp, to: string): void {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`Nothing to change in ${path}`);
  writeFileSync(path, changed);
}

/** A 1×1 PNG, for the cases about images. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const NEWS = 'news/lancement.md';
const MEMBER = 'members/studio-exemple.md';
const CALL = 'calls/appel-exemple.md';
const PAGE = 'pages/a-propos.mdx';

/** An event of the base content with one field changed: each case writes its own file, so that one build proves them all. */
function eventFile(content: string, id: string, change: (text: string) => string): void {
  const text = readFileSync(join(content, 'events/rencontre.md'), 'utf8');
  const changed = change(text);
  if (changed === text) throw new Error(`Nothing to change in events/${id}.md`);
  writeFileSync(join(content, `events/${id}.md`), changed);
}

/**
 * Writes a call of its own for a case, `calls/<name>.md`, its extra fields
 * from line 7: the calls' cases then touch different files and share a build.
 */
function newCall(content: string, name: string, fields: string): void {
  writeFileSync(
    join(content, `calls/${name}.md`),
    `---\ntitle: Appel d’essai\nsummary: Un appel inventé pour les tests.\nbudget: 100000\nthemes: [Animation]\nopens: 2009-07-02\n${fields}\n---\n\nUn appel inventé pour les tests.\n`,
  );
}

/** A call of its own (`newCall`) whose one document is written `written`, the file `stored` being beside it. */
function callWithDocument(content: string, name: string, stored: string, written: string): void {
  writeFileSync(join(content, 'calls', stored), '%PDF-1.4\n%%EOF\n');
  newCall(content, name, `documents:\n  - title: Règlement\n    file: ${written}\n    kind: reglement`);
}

export const errorCases: readonly ErrorCase[] = [
  {
    id: 'missing-field',
    title: 'Champ obligatoire manquant',
    fix: 'Ajoutez le champ nommé, avec une valeur du type indiqué. La liste des champs obligatoires de chaque type de contenu est plus haut.',
    apply: (content) => edit(content, NEWS, /^title: .*\n/m, ''),
    expect: [`${NEWS} : « title » : champ obligatoire manquant : un titre`],
    astro: ['title: champ obligatoire manquant'],
  },
  {
    id: 'wrong-type',
    title: 'Valeur du mauvais type',
    fix: 'Écrivez la valeur sous la forme attendue, indiquée après « doit être » ; le message rappelle ce qui a été trouvé.',
    apply: (content) => edit(content, NEWS, /^date: 2009-07-02$/m, 'date: 2 juillet'),
    expect: [`${NEWS}:4 : « date » : doit être une date comme 2009-07-02, trouvé « 2 juillet »`],
    astro: ['date: doit être une date comme 2009-07-02, trouvé « 2 juillet »'],
  },
  {
    id: 'unknown-value',
    title: 'Valeur hors de la liste permise',
    fix: 'Choisissez une des valeurs possibles, écrite exactement comme dans la liste (minuscules, sans accents).',
    apply: (content) => edit(content, MEMBER, 'kind: entreprise', 'kind: entrepise'),
    expect: [
      `${MEMBER}:3 : « kind » : valeur inconnue « entrepise » (vouliez-vous dire « entreprise » ?)`,
      'valeurs possibles : entreprise, ecole, laboratoire, institution, collectivite',
    ],
  },
  {
    id: 'unknown-field',
    title: 'Champ inconnu',
    fix: 'Le nom du champ est souvent mal orthographié : corrigez-le comme suggéré. Un champ qui n’existe pas serait ignoré sans rien dire, c’est pourquoi il est refusé.',
    apply: (content) => edit(content, MEMBER, 'founded: 2005', 'fonded: 2005'),
    expect: [`${MEMBER}:7 : champ inconnu « fonded » (vouliez-vous dire « founded » ?)`],
  },
  {
    id: 'placeholder',
    title: 'Champ resté « À compléter »',
    fix: 'Remplacez « À compléter », laissé par `npm run new`, par la vraie valeur ; le commentaire au-dessus du champ dit ce qu’il attend.',
    apply: (content) => edit(content, NEWS, /^description: .*$/m, 'description: À compléter'),
    expect: [`${NEWS}:3 : « description » : à compléter : un résumé en une phrase`],
    astro: ['description: à compléter'],
  },
  {
    id: 'unknown-member',
    title: 'Membre inconnu',
    fix: 'Écrivez l’identifiant du membre, c’est-à-dire le nom de son fichier dans `content/members/` sans `.md` ; les plus proches sont suggérés.',
    apply: (content) => edit(content, NEWS, 'members: [studio-exemple]', 'members: [studio-exemplee]'),
    expect: [
      `${NEWS}:6 : « members » : membre inconnu « studio-exemplee » ; aucun fichier`,
      'members/studio-exemplee.md ou .mdx (vouliez-vous dire « studio-exemple » ?)',
    ],
    astro: ['« members » : membre inconnu « studio-exemplee »'],
  },
  {
    id: 'unknown-call',
    title: 'Appel à projets inconnu',
    fix: 'Écrivez l’identifiant de l’appel, le nom de son fichier dans `content/calls/` sans `.md`.',
    apply: (content) => edit(content, NEWS, 'calls: [appel-exemple]', 'calls: [appel-2009]'),
    expect: [`${NEWS}:7 : « calls » : appel à projets inconnu « appel-2009 »`, 'vouliez-vous dire « appel-exemple » ?'],
    astro: ['« calls » : appel à projets inconnu « appel-2009 »'],
  },
  {
    id: 'image-without-alt',
    title: 'Image sans texte alternatif',
    fix: 'Ajoutez `imageAlt` (ou `logoAlt` pour un logo) : une phrase qui dit ce que montre l’image à qui ne la voit pas (voir « Les images »).',
    apply: (content) => {
      writeFileSync(join(content, 'news/lancement.png'), PNG);
      edit(content, NEWS, /^date: 2009-07-02$/m, 'date: 2009-07-02\nimage: ./lancement.png');
    },
    expect: [`${NEWS} : « imageAlt » : champ obligatoire quand « image » est renseigné`],
  },
  {
    id: 'missing-image',
    title: 'Image introuvable',
    fix: 'Placez l’image dans le même dossier que le fichier qui la cite et écrivez son nom exact, précédé de `./` ; le nom le plus proche est suggéré.',
    apply: (content) => {
      writeFileSync(join(content, 'news/lancement.png'), PNG);
      edit(
        content,
        NEWS,
        /^date: 2009-07-02$/m,
        'date: 2009-07-02\nimage: ./lancment.png\nimageAlt: Une image d’essai',
      );
    },
    expect: [
      `${NEWS}:5 : « image » : image introuvable « ./lancment.png » : aucun fichier`,
      'news/lancment.png (vouliez-vous dire « ./lancement.png » ?)',
    ],
  },
  {
    id: 'svg-image',
    title: 'Image SVG',
    fix: 'Exportez l’image en PNG (un logo : au moins 144 pixels de haut) ou en WebP, placez ce fichier à côté de celui qui la cite et citez-le : la construction ne publie pas encore de SVG, qui peut contenir du code.',
    apply: (content) => {
      writeFileSync(
        join(content, 'members/logo-studio.svg'),
        '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="96"><rect width="240" height="96" fill="#1d3557"/></svg>\n',
      );
      edit(content, MEMBER, 'founded: 2005', 'founded: 2005\nlogo: ./logo-studio.svg\nlogoAlt: Le logo du studio');
    },
    expect: [
      `${MEMBER}:8 : « logo » : image SVG « ./logo-studio.svg » : la construction ne prend pas encore les images SVG`,
      'enregistrez-la en PNG',
    ],
  },
  {
    id: 'invalid-url',
    title: 'Adresse web invalide',
    fix: 'Copiez l’adresse complète depuis la barre d’adresse du navigateur : elle commence par `https://`.',
    apply: (content) => edit(content, CALL, /^opens: .*$/m, '$&\napplyUrl: www.example.org/candidater'),
    expect: [
      `${CALL}:7 : « applyUrl » : doit être une adresse web complète commençant par https:// (un dépôt de projet transmet des données personnelles : une adresse http:// ne les protège pas), trouvé « www.example.org/candidater »`,
    ],
  },
  {
    id: 'closes-before-opens',
    title: 'Date limite avant l’ouverture',
    fix: 'Vérifiez les deux dates : `closes`, le dernier jour pour candidater, vient après `opens`.',
    apply: (content) => edit(content, CALL, /^opens: .*$/m, '$&\ncloses: 2009-06-30'),
    expect: [`${CALL}:7 : « closes » : la date limite ne peut pas précéder la date d'ouverture (« opens »)`],
  },
  {
    id: 'event-end-before-start',
    title: 'Événement qui finit avant de commencer',
    fix: 'Vérifiez `start` et `end` : la fin vient après le début. Pour une soirée, écrivez le même jour avec les deux heures (`start: 2009-09-15T18:30`, `end: 2009-09-15T21:00`) ; pour plusieurs jours, le premier puis le dernier.',
    apply: (content) =>
      eventFile(content, 'fin-avant-debut', (text) => text.replace('end: 2009-09-15T21:00', 'end: 2009-09-15T17:00')),
    expect: ['events/fin-avant-debut.md:5 : « end » : la fin ne peut pas précéder le début (« start »)'],
  },
  {
    id: 'event-announced-after-start',
    title: 'Événement annoncé après son début',
    fix: 'Le jour de l’annonce (`announced`) vient au plus tard le jour du début (`start`) : un événement annoncé plus tard resterait caché tant qu’il est à venir. Écrivez le jour où il a été rendu public ; pour un événement passé que vous ajoutez après coup, le jour où il a eu lieu. Si c’est `start` qui est faux, corrigez-le.',
    apply: (content) =>
      eventFile(content, 'annonce-apres-debut', (text) =>
        text.replace('announced: 2009-07-02', 'announced: 2009-09-20'),
      ),
    expect: [
      "events/annonce-apres-debut.md:6 : « announced » : vient après le début (« start » : 2009-09-15) : l'événement resterait caché tant qu'il est à venir. Écrivez le jour où il a été rendu public, au plus tard celui du début (« announced: 2009-09-15 »), ou corrigez « start »",
    ],
    astro: ['announced: vient après le début (« start » : 2009-09-15)'],
  },
  {
    id: 'event-price-number',
    title: 'Prix sans monnaie',
    fix: 'Un prix s’écrit en texte avec sa monnaie (`price: 15 €`, ou `price: 15 €, 10 € pour les étudiants`) ; `price: 0`, ou `"0"`, pour un événement gratuit, affiché « Entrée libre ».',
    apply: (content) =>
      eventFile(content, 'prix-sans-monnaie', (text) =>
        text.replace('announced: 2009-07-02', "announced: 2009-07-02\nprice: '15'"),
      ),
    expect: [
      'events/prix-sans-monnaie.md:7 : « price » : « 15 » ne dit pas en quelle monnaie : écrivez price: 15 €, ou price: 0 pour « Entrée libre »',
    ],
  },
  {
    id: 'event-time-without-day',
    title: 'Heure sans jour dans un événement',
    fix: 'Le début et la fin d’un événement s’écrivent avec leur jour : `2009-09-15T21:00` (le jour, la lettre T, l’heure), même quand la fin tombe le jour du début.',
    apply: (content) =>
      eventFile(content, 'heure-sans-jour', (text) => text.replace('end: 2009-09-15T21:00', 'end: 21:00')),
    expect: [
      'events/heure-sans-jour.md:5 : « end » : doit être une date comme 2009-09-30, ou une date et une heure de Paris comme 2009-09-30T12:00, trouvé « 21:00 »',
    ],
  },
  {
    id: 'event-day-and-time',
    title: 'Début avec heure et fin sans heure',
    fix: 'Un événement a des heures au début et à la fin, ou n’en a pas du tout (un ou plusieurs jours entiers) : ajoutez l’heure qui manque, ou retirez celle du début.',
    apply: (content) =>
      eventFile(content, 'fin-sans-heure', (text) => text.replace('end: 2009-09-15T21:00', 'end: 2009-09-16')),
    expect: [
      'events/fin-sans-heure.md:5 : « end » : doit avoir une heure comme « start », par exemple 2009-09-16T21:00, ou être retiré',
    ],
  },
  {
    id: 'event-unknown-member',
    title: 'Membre inconnu dans un événement',
    fix: 'Dans `organizers` et `members`, écrivez l’identifiant du membre, le nom de son fichier dans `content/members/` sans `.md` ; les plus proches sont suggérés.',
    apply: (content) =>
      eventFile(content, 'organisateur-inconnu', (text) =>
        text.replace('organizers: [studio-exemple]', 'organizers: [studio-exemplee]'),
      ),
    expect: [
      'events/organisateur-inconnu.md:10 : « organizers » : membre inconnu « studio-exemplee » ; aucun fichier',
      'members/studio-exemplee.md ou .mdx (vouliez-vous dire « studio-exemple » ?)',
    ],
    astro: ['« organizers » : membre inconnu « studio-exemplee »'],
  },
  {
    id: 'event-cancelled-without-text',
    title: 'Événement annulé ou reporté sans explication',
    fix: 'Un événement annulé ou reporté garde sa page et reste dans les agendas abonnés, marqué comme tel : écrivez sous l’en-tête, en une phrase ou deux, pourquoi, et pour un report à quand.',
    apply: (content) => {
      // Nothing after the front matter (Astro then stores no body at all), and text that shows nothing.
      eventFile(content, 'annule-sans-texte', (text) =>
        text.replace(
          'calls: [appel-exemple]\n---\n\nUne rencontre inventée pour les tests.\n',
          'calls: [appel-exemple]\nstatus: annulé\n---\n',
        ),
      );
      eventFile(content, 'reporte-sans-texte', (text) =>
        text.replace(
          'calls: [appel-exemple]\n---\n\nUne rencontre inventée pour les tests.\n',
          'calls: [appel-exemple]\nstatus: reporté\n---\n\n&nbsp;\n\n<!-- À compléter. -->\n',
        ),
      );
    },
    expect: [
      "events/annule-sans-texte.md:12 : « status » : un événement annulé doit l'expliquer dans son texte, sous l'en-tête",
      "events/reporte-sans-texte.md:12 : « status » : un événement reporté doit l'expliquer dans son texte, sous l'en-tête",
    ],
    astro: [
      "un événement annulé doit l'expliquer dans son texte",
      "un événement reporté doit l'expliquer dans son texte",
    ],
  },
  {
    id: 'event-without-place',
    title: 'Événement sans lieu',
    fix: 'Dites où a lieu l’événement : `location` (avec `name` et `city`) pour un lieu, `online` (une adresse `https://`) pour un événement en ligne, ou les deux.',
    apply: (content) =>
      eventFile(content, 'sans-lieu', (text) => text.replace("location:\n  name: Salle d'essai\n  city: Lille\n", '')),
    expect: ["events/sans-lieu.md : « location » : il faut dire où a lieu l'événement"],
  },
  {
    id: 'unknown-event',
    title: 'Événement inconnu dans une actualité',
    fix: 'Dans le champ `events` d’une actualité, écrivez l’identifiant de l’événement, le nom de son fichier dans `content/events/` sans `.md`.',
    apply: (content) => edit(content, 'news/bilan.md', 'tags: [animation]', 'tags: [animation]\nevents: [rencontres]'),
    expect: [
      'news/bilan.md:6 : « events » : événement inconnu « rencontres » ; aucun fichier',
      'events/rencontres.md ou .mdx (vouliez-vous dire « rencontre » ?)',
    ],
  },
  {
    id: 'call-time',
    title: 'Heure de clôture mal écrite',
    fix: 'Une date limite s’écrit `2009-09-30`, ou avec l’heure de Paris `2009-09-30T12:00` : la lettre T, puis l’heure sur 24 heures et les minutes, séparées par deux-points, sans « h ».',
    apply: (content) => newCall(content, 'appel-heure', 'closes: 2009-09-30 12h'),
    expect: [
      'calls/appel-heure.md:7 : « closes » : doit être une date comme 2009-09-30, ou une date et une heure de Paris comme 2009-09-30T12:00, trouvé « 2009-09-30 12h »',
    ],
  },
  {
    id: 'call-rolling-closes',
    title: 'Appel sans date limite qui en a une',
    fix: 'Un appel « jusqu’à épuisement des crédits » (`rolling: true`) n’a pas de date limite : gardez `rolling: true` et retirez `closes`, ou gardez `closes` et retirez `rolling`.',
    apply: (content) => newCall(content, 'appel-permanent', 'closes: 2009-09-30\nrolling: true'),
    expect: [
      "calls/appel-permanent.md:8 : « rolling » : un appel « jusqu'à épuisement des crédits » (rolling: true) n'a pas de date limite : retirez « closes », ou retirez « rolling »",
    ],
  },
  {
    id: 'call-change-before-opening',
    title: 'Modification datée d’avant l’ouverture',
    fix: 'Une modification annonce un changement d’un appel déjà ouvert : vérifiez sa date, qui vient après `opens` ; un changement d’avant l’ouverture se corrige directement dans les champs de l’appel.',
    apply: (content) =>
      newCall(content, 'appel-modifie', 'changes:\n  - date: 2009-06-15\n    note: La date limite est repoussée.'),
    expect: [
      "calls/appel-modifie.md:7 : « changes.date » (élément 1) : une modification ne peut pas précéder l'ouverture de l'appel (« opens ») : vérifiez sa date",
    ],
  },
  {
    id: 'event-change-before-announcement',
    title: 'Changement d’événement daté d’avant son annonce',
    fix: 'Un changement prévient les abonnés d’un événement déjà annoncé : sa date vient au plus tôt le jour de `announced`. Ce qui a changé avant l’annonce se corrige directement dans les champs de l’événement.',
    apply: (content) =>
      eventFile(content, 'rencontre-modifiee', (text) =>
        text.replace(
          'announced: 2009-07-02',
          'announced: 2009-07-02\nchanges:\n  - date: 2009-06-20\n    note: La salle change.',
        ),
      ),
    expect: [
      "events/rencontre-modifiee.md:7 : « changes.date » (élément 1) : un changement ne peut pas précéder l'annonce de l'événement (« announced » : 2009-07-02) : vérifiez sa date ; ce qui a changé avant l'annonce se corrige directement dans les champs",
    ],
  },
  {
    id: 'call-result-member',
    title: 'Projet soutenu d’un membre inconnu',
    fix: 'Dans `results`, `member` est le nom du fichier du membre dans `content/members/`, sans `.md` ; pour un porteur qui n’est pas membre du Pôle, écrivez son nom dans `holder` à la place.',
    apply: (content) =>
      newCall(
        content,
        'appel-resultats',
        'results:\n  - title: Un projet d’essai\n    amount: 20000\n    member: studio-exmple',
      ),
    expect: [
      'calls/appel-resultats.md:7 : « results.member » (élément 1) : membre inconnu « studio-exmple » ; aucun fichier',
      'members/studio-exmple.md ou .mdx (vouliez-vous dire « studio-exemple » ?)',
    ],
    astro: ['« results.member » (élément 1) : membre inconnu « studio-exmple »'],
  },
  {
    id: 'call-document',
    title: 'Document introuvable',
    fix: 'Enregistrez le document à côté du fichier de l’appel et écrivez son nom exact précédé de `./` (`./reglement.pdf`), ou placez-le dans `public/` et écrivez son chemin depuis ce dossier (`/documents/reglement.pdf`) ; le nom le plus proche est suggéré.',
    apply: (content) => callWithDocument(content, 'appel-documents', 'reglement-essai.pdf', './reglement-esai.pdf'),
    expect: [
      'calls/appel-documents.md:7 : « documents.file » (élément 1) : document introuvable « ./reglement-esai.pdf » : aucun fichier',
      'calls/reglement-esai.pdf (vouliez-vous dire « ./reglement-essai.pdf » ?)',
    ],
    astro: ['« documents.file » (élément 1) : document introuvable « ./reglement-esai.pdf »'],
  },
  {
    id: 'call-faq-html',
    title: 'Balise HTML ou composant dans une réponse ou une modification',
    fix: 'Une réponse de `faq` ou la note d’une modification (`changes`) est du Markdown simple : du texte, des liens `[texte](https://…)`, l’italique `*…*` et le gras `**…**` (et, dans une réponse, des paragraphes et des listes). Une balise HTML, un composant comme `<CallToAction>`, une image, un titre ou un tableau y seraient retirés : écrivez un lien vers ce que vous vouliez montrer, ou placez-le dans le texte de l’appel, sous l’en-tête.',
    apply: (content) =>
      newCall(
        content,
        'appel-faq',
        "faq:\n  - question: Peut-on candidater seul ?\n    answer: '<script>alert(1)</script>Non.'",
      ),
    expect: [
      'calls/appel-faq.md:7 : « faq.answer » (élément 1) : « <script>alert(1)</script>Non. » : balise <script> non permise : le site n’exécute aucun script venu du texte : retirez-la',
    ],
    astro: ['« <script>alert(1)</script>Non. » : balise <script> non permise'],
  },
  {
    id: 'call-change-component',
    title: 'Composant dans la note d’une modification',
    fix: 'Les composants ne s’écrivent que dans le texte d’un fichier `.mdx` : dans la note d’une modification, écrivez un lien Markdown, `[le règlement modifié](https://…)`.',
    apply: (content) =>
      newCall(
        content,
        'appel-note',
        'changes:\n  - date: 2009-07-15\n    note: Voir <CallToAction href="/appels-a-projets/">le règlement</CallToAction>.',
      ),
    expect: [
      'calls/appel-note.md:7 : « changes.note » (élément 1) : « <CallToAction href="/appels-a-projets/"> » : composant <CallToAction> non permis : les composants ne s’écrivent que dans le texte d’un fichier .mdx',
    ],
  },
  {
    id: 'call-unlisted-document',
    title: 'Document qu’aucun appel ne cite',
    fix: 'Un document posé dans `content/calls/` n’est publié que si un appel le cite dans `documents` : ajoutez-le à son appel, renommez-le en commençant par `_` si c’est une note pour l’équipe, ou retirez-le du dossier.',
    apply: (content) => writeFileSync(join(content, 'calls/orphelin.pdf'), '%PDF-1.4\n%%EOF\n'),
    expect: [
      "calls/orphelin.pdf : document qu'aucun appel ne cite : le site ne le publierait pas ; ajoutez-le aux « documents » de son appel (file: ./orphelin.pdf), ou, si c'est une note pour l'équipe, renommez-le « _orphelin.pdf »",
    ],
    astro: ["calls/orphelin.pdf : document qu'aucun appel ne cite"],
  },
  {
    id: 'call-document-name',
    title: 'Nom de document avec espaces, accents ou majuscules',
    fix: 'Le nom d’un document fait partie de son adresse : renommez le fichier comme proposé (minuscules sans accents, chiffres et tirets) et écrivez ce nom dans `documents`.',
    apply: (content) =>
      callWithDocument(content, 'appel-nom', 'Règlement de l’appel.PDF', './Règlement de l’appel.PDF'),
    expect: [
      "calls/appel-nom.md:7 : « documents.file » (élément 1) : nom de fichier « Règlement de l’appel.PDF » refusé : il fait partie de l'adresse du document et ne doit contenir que des minuscules sans accents, des chiffres et des tirets ; renommez le fichier « reglement-de-l-appel.pdf » et écrivez « ./reglement-de-l-appel.pdf »",
    ],
  },
  {
    id: 'call-result-draft-member',
    title: 'Projet soutenu d’un membre en brouillon',
    fix: 'La fiche d’un membre en brouillon n’est pas publiée, et la colonne « Porteur » serait vide : publiez sa fiche (retirez `draft: true`), ou écrivez le nom du porteur dans `holder` à la place de `member`.',
    apply: (content) => {
      writeFileSync(
        join(content, 'members/collectif-en-projet.md'),
        '---\nname: Collectif en projet\nkind: entreprise\ncity: Lille\nsummary: Un collectif inventé pour les tests.\ndraft: true\n---\n',
      );
      newCall(
        content,
        'appel-brouillon',
        'results:\n  - title: Un projet d’essai\n    amount: 20000\n    member: collectif-en-projet',
      );
    },
    expect: [
      'calls/appel-brouillon.md:7 : « results.member » (élément 1) : le membre « collectif-en-projet » est un brouillon (draft: true dans',
      "members/collectif-en-projet.md) : sa fiche n'est pas publiée et la colonne « Porteur » serait vide ; publiez sa fiche (retirez draft: true), ou remplacez « member: collectif-en-projet » par « holder: » suivi du nom à afficher",
    ],
    astro: ['« results.member » (élément 1) : le membre « collectif-en-projet » est un brouillon'],
  },
  {
    id: 'call-result-member-holder',
    title: 'Projet soutenu avec « member » et « holder »',
    fix: 'Un projet retenu nomme son porteur une seule fois : `member` pour un membre du Pôle (la page reprend le nom de sa fiche), `holder` pour un porteur qui n’en est pas membre.',
    apply: (content) =>
      newCall(
        content,
        'appel-porteur',
        'results:\n  - title: Un projet d’essai\n    amount: 20000\n    member: studio-exemple\n    holder: Studio Exemple et associés',
      ),
    expect: [
      "calls/appel-porteur.md:7 : « results.holder » (élément 1) : « member » et « holder » ensemble : la page nomme le porteur d'après la fiche du membre ; gardez « member » pour un membre du Pôle, ou « holder » pour un porteur qui n'en est pas membre, pas les deux",
    ],
  },
  {
    id: 'call-result-theme',
    title: 'Thème d’un projet soutenu absent des thèmes de l’appel',
    fix: 'Le thème d’un projet retenu est l’un des thèmes de l’appel (`themes`), écrit exactement pareil : corrigez-le comme suggéré, ou ajoutez ce thème à `themes`.',
    apply: (content) =>
      newCall(
        content,
        'appel-theme',
        'results:\n  - title: Un projet d’essai\n    amount: 20000\n    holder: Compagnie d’essai\n    theme: Animations',
      ),
    expect: [
      "calls/appel-theme.md:7 : « results.theme » (élément 1) : thème « Animations » absent des thèmes de l'appel (« themes » : Animation) (vouliez-vous dire « Animation » ?) ; écrivez l'un d'eux exactement, ou ajoutez ce thème à « themes »",
    ],
  },
  {
    id: 'call-results-over-budget',
    title: 'Montants accordés au-delà du budget',
    fix: 'Le total des projets retenus ne peut dépasser le budget de l’appel : vérifiez chaque montant (en euros, sans espace : `45000`) et le budget.',
    apply: (content) =>
      newCall(
        content,
        'appel-total',
        'results:\n  - title: Un projet d’essai\n    amount: 450000\n    holder: Compagnie d’essai\n  - title: Un second projet d’essai\n    amount: 50000\n    holder: Compagnie d’essai',
      ),
    expect: [
      "calls/appel-total.md:7 : « results » : le total des montants accordés (500\u202f000\u00a0€) dépasse le budget de l'appel (« budget », 100\u202f000\u00a0€)",
    ],
  },
  {
    id: 'call-grant-over-budget',
    title: 'Aide par projet au-delà du budget',
    fix: 'L’aide par projet (`grant`) ne peut dépasser le budget de l’appel : un zéro de trop est vite arrivé ; vérifiez les deux montants.',
    apply: (content) => newCall(content, 'appel-aide', 'grant: { min: 20000, max: 1500000 }'),
    expect: [
      "calls/appel-aide.md:7 : « grant.max » : l'aide par projet (1,5\u00a0M€) dépasse le budget de l'appel (« budget », 100\u202f000\u00a0€)",
    ],
  },
  {
    id: 'call-result-amount-zero',
    title: 'Projet soutenu à 0 €',
    fix: 'Un projet retenu reçoit une aide : écrivez son montant en euros, sans espace (`20000`) ; un projet sans aide ne figure pas dans `results`.',
    apply: (content) =>
      newCall(
        content,
        'appel-zero',
        'results:\n  - title: Un projet d’essai\n    amount: 0\n    holder: Compagnie d’essai',
      ),
    expect: [
      'calls/appel-zero.md:7 : « results.amount » (élément 1) : doit être le montant accordé, supérieur à 0, comme 20000',
    ],
  },
  {
    id: 'call-apply-http',
    title: 'Adresse de dépôt en http://',
    fix: 'Déposer un projet transmet des données personnelles : l’adresse de dépôt (`applyUrl`) commence par `https://`. Les autres adresses (`website`, `online`, `registrationUrl`, `contact.url`) acceptent aussi `http://` pour un site qui n’a pas encore d’adresse sécurisée.',
    apply: (content) => newCall(content, 'appel-http', 'applyUrl: http://www.example.org/candidater'),
    expect: [
      'calls/appel-http.md:7 : « applyUrl » : doit être une adresse web complète commençant par https:// (un dépôt de projet transmet des données personnelles : une adresse http:// ne les protège pas), trouvé « http://www.example.org/candidater »',
    ],
  },
  {
    id: 'yaml-colon',
    title: 'En-tête illisible : deux-points dans une valeur',
    fix: 'Une valeur qui contient « : » (deux-points suivi d’une espace) doit être entre guillemets droits : le message écrit la ligne corrigée, copiez-la. Si la valeur contient déjà des guillemets droits `"`, il l’entoure d’apostrophes droites `\'` et double celles de la valeur.',
    apply: (content) => edit(content, NEWS, /^title: .*$/m, 'title: Lancement : le site d’essai'),
    expect: [
      `${NEWS}:2 : « title » : en-tête illisible, la valeur contient « : » suivi d'une espace : mettez-la entre guillemets droits, ainsi : title: "Lancement : le site d’essai"`,
    ],
  },
  {
    id: 'yaml-indicator',
    title: 'En-tête illisible : valeur qui commence par un signe',
    fix: 'Une valeur ne peut pas commencer par l’un des signes `@`, `` ` ``, `%`, `*`, `&`, `!`, `|` ou `>`, ni par des guillemets qui se ferment avant sa fin : copiez la ligne corrigée que donne le message, qui met toute la valeur entre guillemets.',
    apply: (content) => edit(content, NEWS, /^title: .*$/m, 'title: @Studio annonce un jeu'),
    expect: [
      `${NEWS}:2 : « title » : en-tête illisible, une valeur ne peut pas commencer par « @ » : mettez-la entre guillemets droits, ainsi : title: "@Studio annonce un jeu"`,
    ],
  },
  {
    id: 'yaml-tab',
    title: 'En-tête illisible : tabulation',
    fix: 'Le YAML de l’en-tête ne décale les champs d’un groupe qu’avec des espaces : effacez la tabulation au début de la ligne indiquée et tapez deux espaces à la place, comme sur les lignes voisines du même groupe.',
    apply: (content) =>
      edit(content, NEWS, /^date: 2009-07-02$/m, 'date: 2009-07-02\nsource:\n\tname: La Voix du Nord'),
    expect: [
      `${NEWS}:6 : « source.name » : en-tête illisible, tabulation en début de ligne : le YAML n'accepte que des espaces pour décaler un champ ; remplacez la tabulation par deux espaces`,
    ],
    astro: ['« source.name » : en-tête illisible, tabulation en début de ligne'],
  },
  {
    id: 'yaml-indentation',
    title: 'En-tête illisible : ligne mal décalée',
    fix: 'Un champ commence tout au début de sa ligne ; seuls les champs d’un groupe (`name`, `url` et `date` sous `source:`, par exemple) sont décalés, tous du même nombre d’espaces. Effacez les espaces en trop au début de la ligne indiquée.',
    apply: (content) => edit(content, NEWS, /^date: 2009-07-02$/m, '  date: 2009-07-02'),
    expect: [
      `${NEWS}:4 : « date » : en-tête illisible, ligne mal décalée : un champ commence en début de ligne, et un champ d'un groupe (comme name sous source:) est décalé d'autant d'espaces que ses voisins`,
    ],
  },
  {
    id: 'yaml-duplicate',
    title: 'En-tête illisible : champ écrit deux fois',
    fix: 'Chaque champ ne s’écrit qu’une fois par en-tête : gardez la bonne ligne et supprimez l’autre. Pour plusieurs valeurs, écrivez une liste : `tags: [animation, jeu vidéo]`.',
    apply: (content) => edit(content, NEWS, /^date: 2009-07-02$/m, 'date: 2009-07-02\ntitle: Un autre titre'),
    expect: [
      `${NEWS}:5 : « title » : en-tête illisible, champ écrit deux fois (déjà ligne 2 de l'en-tête) : gardez une seule ligne « title: »`,
    ],
  },
  {
    id: 'yaml-quotes',
    title: 'En-tête illisible : guillemets jamais fermés',
    fix: 'Des guillemets ouverts au début d’une valeur doivent être fermés à la fin de la même ligne, avec le même signe (`"` ou `\'`) : ajoutez celui qui manque.',
    apply: (content) => edit(content, NEWS, /^title: .*$/m, 'title: "Lancement du site d’essai'),
    expect: [
      `${NEWS}:2 : « title » : en-tête illisible, guillemets " ouverts mais jamais fermés : ajoutez " à la fin de la valeur, sur la même ligne`,
    ],
  },
  {
    id: 'yaml-list',
    title: 'En-tête illisible : liste jamais fermée',
    fix: 'Une liste entre crochets tient sur une ligne et se ferme par `]` : `tags: [animation, jeu vidéo]`. Ajoutez le crochet fermant à la fin de la ligne indiquée.',
    apply: (content) => edit(content, NEWS, 'tags: [jeu vidéo, animation]', 'tags: [jeu vidéo, animation'),
    expect: [
      `${NEWS}:5 : « tags » : en-tête illisible, liste ouverte par [ mais jamais fermée : terminez-la par ] sur la même ligne, par exemple tags: [animation, jeu vidéo]`,
    ],
  },
  {
    id: 'yaml-no-colon',
    title: 'En-tête illisible : ligne sans deux-points',
    fix: 'Chaque ligne de l’en-tête s’écrit `champ: valeur`. Ajoutez « : » après le nom du champ ; si la ligne est la suite de la valeur du dessus (un retour à la ligne en trop), remontez-la au bout de cette valeur.',
    apply: (content) => edit(content, NEWS, /^description: /m, 'description '),
    expect: [
      `${NEWS}:3 : en-tête illisible, ligne sans « : » « description Un article inventé pour les tests. » : chaque ligne de l'en-tête s'écrit champ: valeur`,
    ],
  },
  {
    id: 'unclosed-front-matter',
    title: 'En-tête jamais fermé',
    fix: 'L’en-tête va d’une ligne `---` à la suivante : sans la seconde, ses champs ne seraient pas lus. Ajoutez une ligne `---` après le dernier champ, à la ligne indiquée.',
    apply: (content) => edit(content, 'news/bilan.md', /^tags: \[animation\]\n---\n/m, 'tags: [animation]\n'),
    expect: [
      "news/bilan.md:1 : en-tête jamais fermé : la ligne --- de la ligne 1 l'ouvre, mais aucune ligne --- ne le ferme ; ajoutez une ligne --- après le dernier champ (ligne 5)",
    ],
    astro: ['en-tête jamais fermé'],
  },
  {
    id: 'settings-stray-file',
    title: 'Fichier inattendu dans les réglages',
    fix: 'Le dossier `content/settings/` ne contient que des fichiers `.yaml`, posés directement dans le dossier. Une note pour l’équipe garde sa place si son nom commence par `_` ; un fichier en `.YAML` se renomme en minuscules ; une copie rangée dans un sous-dossier se déplace, ou son dossier prend un nom commençant par `_`.',
    apply: (content) => writeFileSync(join(content, 'settings/notes.txt'), 'Penser à changer la phrase d’accroche.\n'),
    expect: [
      "settings/notes.txt : fichier ni YAML (.yaml) : le site ne le lirait pas ; si c'est une note pour l'équipe, renommez-le « _notes.txt » (les noms commençant par _ sont ignorés) ; sinon, retirez-le du dossier",
    ],
    astro: ['settings/notes.txt : fichier ni YAML (.yaml)'],
  },
  {
    id: 'invisible-character-field',
    title: 'Caractère invisible dans un champ',
    fix: 'Un copier-coller depuis un PDF ou un traitement de texte laisse parfois des caractères invisibles, que le message nomme par leur code (U+000B) et montre à leur place, entre ⟨ ⟩. Effacez le passage indiqué et retapez-le au clavier. Les espaces insécables de la typographie française ne sont pas concernées.',
    apply: (content) => edit(content, NEWS, /^title: .*$/m, 'title: Lancement du site\u000b d’essai'),
    expect: [
      `${NEWS}:2 : « title » : caractère invisible U+000B (tabulation verticale) dans « title: Lancement du site⟨U+000B⟩ d’essai » : effacez ce passage et retapez-le au clavier`,
    ],
    astro: ['« title » : caractère invisible U+000B (tabulation verticale)'],
  },
  {
    id: 'invisible-character-body',
    title: 'Caractère invisible dans le texte',
    fix: 'Même cause et même correction que dans un champ : effacez le passage montré et retapez-le ; un code HTML comme `&#8203;` ou `&shy;`, qui en écrit un, est refusé de même. Ces caractères rendraient le fil RSS illisible pour les lecteurs de fils, ou cacheraient des mots à la recherche.',
    apply: (content) => {
      edit(content, 'news/bilan.md', /^Un second article inventé/m, 'Un second\u001f article\u200b inventé');
      edit(content, NEWS, "répond à l'[appel", 'répond&#8203; à l’[appel');
    },
    expect: [
      `${NEWS}:10 : caractère invisible U+200B (espace sans chasse) écrit &#8203; dans`,
      "news/bilan.md:8 : caractères invisibles U+001F (séparateur d'unité), U+200B (espace sans chasse) dans « Un second⟨U+001F⟩ article⟨U+200B⟩ inventé pour les tests. » : effacez ce passage et retapez-le au clavier",
    ],
    astro: ['caractères invisibles U+001F'],
  },
  {
    id: 'time-without-offset',
    title: 'Heure sans fuseau horaire',
    fix: 'Une date s’écrit de préférence seule (`2009-07-02`), c’est un jour à l’heure de Paris. Une date exportée avec son heure doit garder son décalage horaire (`+02:00`, `Z`…) : le YAML lirait sinon l’heure comme celle de Greenwich, et l’article pourrait changer de jour.',
    apply: (content) => edit(content, NEWS, /^date: 2009-07-02$/m, 'date: 2009-07-02T23:30:00'),
    expect: [
      `${NEWS}:4 : « date » : heure sans fuseau horaire « 2009-07-02T23:30:00 », que le YAML lirait comme l'heure de Greenwich (UTC) : écrivez le jour seul (2009-07-02), ou l'heure suivie du décalage de Paris, +02:00 en été et +01:00 en hiver (2009-07-02T23:30:00+02:00)`,
    ],
  },
  {
    id: 'impossible-date',
    title: 'Date qui n’existe pas',
    fix: 'Le YAML change un 30 février ou un mois 13 en une autre date, que le site publierait : écrivez une date du calendrier, le message propose la plus proche. Le mois et le jour s’écrivent sur deux chiffres.',
    apply: (content) => {
      eventFile(content, 'annonce-impossible', (text) =>
        text.replace('announced: 2009-07-02', 'announced: 2009-02-30'),
      );
      newCall(content, 'appel-jury', 'dates:\n  - label: Jury\n    date: 2009-13-15');
    },
    expect: [
      `events/annonce-impossible.md:6 : « announced » : « 2009-02-30 » n'est pas une date du calendrier : février 2009 n'a pas de jour 30 (il va de 01 à 28) ; le site la publierait à une autre date. Écrivez la date voulue, par exemple 2009-02-28`,
      "calls/appel-jury.md:9 : « dates.date » : « 2009-13-15 » n'est pas une date du calendrier : le mois 13 n'existe pas (les mois vont de 01 à 12) ; le site la publierait à une autre date. Écrivez la date voulue, par exemple 2009-12-15",
    ],
  },
  {
    id: 'skipped-hour',
    title: 'Heure sautée au passage à l’heure d’été',
    fix: 'La nuit du dernier dimanche de mars, les horloges de Paris passent de 2 h à 3 h : aucune heure entre 02:00 et 02:59 n’existe ce jour-là. Écrivez l’heure réelle, avant 02:00 ou à partir de 03:00. La nuit du dernier dimanche d’octobre, l’heure de 02:00 à 02:59 existe deux fois : le site lit la première, à l’heure d’été.',
    apply: (content) =>
      eventFile(content, 'nuit-du-changement', (text) =>
        text
          .replace('start: 2009-09-15T18:30', 'start: 2010-03-28T02:30')
          .replace('end: 2009-09-15T21:00', 'end: 2010-03-28T05:00'),
      ),
    expect: [
      "events/nuit-du-changement.md:4 : « start » : 02:30 n'existe pas à Paris le 2010-03-28 : cette nuit-là, les horloges passent de 02:00 à 03:00 ; écrivez une heure avant 02:00 ou à partir de 03:00, comme 2010-03-28T03:00",
    ],
  },
  {
    id: 'number-as-text',
    title: 'Nombre ou oui/non à la place d’un texte',
    fix: 'Le YAML lit `2010` comme un nombre et `true` ou `false` comme oui ou non ; `no`, `yes`, `on` et `off` restent du texte. Pour un mot clé ou un titre fait d’un nombre, mettez-le entre guillemets droits, comme le message le propose : `tags: [animation, "2010"]`.',
    apply: (content) => edit(content, 'news/bilan.md', 'tags: [animation]', 'tags: [animation, no, yes, 2010]'),
    expect: [
      `news/bilan.md:5 : « tags » (élément 4) : doit être un mot-clé, trouvé 2010 ; écrivez-le entre guillemets droits pour qu'il reste du texte : "2010"`,
    ],
  },
  {
    id: 'empty-file',
    title: 'Fichier vide ou sans en-tête',
    fix: 'Un texte commence par son en-tête : ses champs entre deux lignes `---`, tout en haut du fichier. `npm run new` crée un fichier prêt à remplir ; sinon, copiez l’en-tête d’un autre texte de la même rubrique. Un fichier vide laissé par erreur se supprime.',
    apply: (content) => {
      writeFileSync(join(content, 'news/brouillon-vide.md'), '');
      writeFileSync(join(content, 'members/sans-en-tete.md'), 'Un studio de Roubaix, sans en-tête.\n');
    },
    expect: [
      'news/brouillon-vide.md:1 : fichier vide : un texte commence par son en-tête, ses champs entre deux lignes --- ; « npm run new » crée un fichier avec son en-tête à remplir (voir docs/editing.md), ou supprimez ce fichier',
      "members/sans-en-tete.md:1 : le fichier n'a pas d'en-tête : ses champs (titre, date…) s'écrivent tout en haut, entre deux lignes --- ; « npm run new » crée un fichier avec son en-tête à remplir (voir docs/editing.md), ou copiez l'en-tête d'un autre texte de la même rubrique",
    ],
    astro: ["le fichier n'a pas d'en-tête"],
  },
  {
    id: 'mdx-comment',
    title: 'Commentaire HTML dans un fichier MDX',
    fix: 'En MDX, une note pour les autres rédacteurs s’écrit `{/* Note interne */}` ; elle n’apparaît nulle part sur le site.',
    apply: (content) => edit(content, PAGE, '<KeyFigures />', '<!-- Note interne : à relire -->\n\n<KeyFigures />'),
    expect: [
      `${PAGE}:8 : syntaxe MDX (ligne 8, colonne 1) : les commentaires <!-- … --> ne sont pas permis en MDX : écrivez {/* … */}`,
    ],
  },
  {
    id: 'mdx-syntax',
    title: 'Erreur de syntaxe MDX',
    fix: 'Dans un fichier `.mdx`, `<` ouvre une balise et `{` une expression : fermez la balise signalée, ou écrivez `\\<` et `\\{` pour afficher ces signes. Le numéro de ligne indique où le problème a été remarqué ; l’oubli est souvent un peu avant.',
    apply: (content) => edit(content, PAGE, '<KeyFigures />', '<KeyFigures>'),
    expect: [`${PAGE}:8 : syntaxe MDX (ligne 8, colonne 1) : la balise <KeyFigures> n'est jamais fermée`],
  },
  {
    id: 'component-prop',
    title: 'Composant sans propriété obligatoire',
    fix: 'Ajoutez la propriété nommée dans la balise ouvrante, sous la forme `nom="valeur"` ; chaque composant et ses propriétés sont décrits dans « Les composants ».',
    apply: (content) => edit(content, PAGE, '<CallToAction href="/membres/">', '<CallToAction>'),
    expect: [`${PAGE}:10 : <CallToAction> : propriété obligatoire manquante « href »`],
    astro: ['<CallToAction> : propriété obligatoire manquante « href »'],
  },
  {
    id: 'component-value',
    title: 'Propriété de composant du mauvais type',
    fix: 'Un texte s’écrit entre guillemets droits, `source="…"` ; un nombre ou une liste entre accolades, comme dans les exemples de « Les composants ».',
    apply: (content) => edit(content, PAGE, '<KeyFigures />', '<KeyFigures source={2009} />'),
    expect: [
      `${PAGE}:8 : <KeyFigures> : « source » doit être un texte entre guillemets droits, comme "…", trouvé 2009 ; écrivez-le entre guillemets droits pour qu'il reste du texte : "2009"`,
    ],
  },
  {
    id: 'component-expression',
    title: 'Valeur de composant illisible',
    fix: 'Entre accolades, une propriété de composant ne prend qu’une valeur écrite telle quelle : un texte entre guillemets droits, un nombre, `true` ou `false`, ou une liste comme dans les exemples de « Les composants ». Le site ne calcule rien : remplacez la variable ou le calcul par sa valeur.',
    apply: (content) => edit(content, PAGE, '<KeyFigures />', '<KeyFigures items={chiffres} />'),
    expect: [
      `${PAGE}:8 : <KeyFigures> : « items » : valeur entre accolades illisible « {chiffres} » : écrivez un texte entre guillemets droits ("…"), un nombre, true ou false, ou une liste comme {[{ value: 4, label: "thèmes" }]} ; les noms de variables, calculs et appels ne sont pas permis`,
    ],
  },
  {
    id: 'unknown-component',
    title: 'Composant inconnu',
    fix: 'Corrigez le nom du composant comme suggéré ; les majuscules comptent.',
    apply: (content) => edit(content, PAGE, '<KeyFigures />', '<KeyFigure />'),
    expect: [`${PAGE}:8 : composant inconnu <KeyFigure> (vouliez-vous dire <KeyFigures> ?)`],
  },
  {
    id: 'body-image',
    title: 'Image du texte sans description ou introuvable',
    fix: 'Entre les crochets de `![…](./photo.jpg)`, décrivez l’image ; placez le fichier à côté du texte qui la cite. Les images d’autres sites sont refusées : le site ne charge rien d’ailleurs.',
    apply: (content) => edit(content, 'news/bilan.md', /$/, '\n![](./affiche.jpg)\n'),
    expect: [
      'news/bilan.md:10 : image sans texte alternatif « ./affiche.jpg »',
      'news/bilan.md:10 : image introuvable « ./affiche.jpg »',
    ],
  },
  {
    id: 'literal-image',
    title: 'Image ou lien publié tel quel',
    fix: 'Markdown ne reconnaît pas une image ou un lien dont l’adresse contient une espace, et publierait le texte `![…](…)` tel quel. Entourez l’adresse de `< >`, `![…](<./affiche festival.png>)`, ou renommez le fichier sans espace (`affiche-festival.png`).',
    apply: (content) => {
      writeFileSync(join(content, 'news/affiche festival.png'), PNG);
      edit(content, 'news/bilan.md', /$/, '\n![L’affiche du festival](./affiche festival.png)\n');
    },
    expect: [
      'news/bilan.md:10 : image non reconnue, publiée telle quelle « ![L’affiche du festival](./affiche festival.png) » : le nom du fichier contient une espace ; écrivez ![L’affiche du festival](<./affiche festival.png>) ou renommez le fichier sans espace et écrivez ![L’affiche du festival](./affiche-festival.png)',
    ],
  },
  {
    id: 'blocked-html',
    title: 'Balise HTML non permise',
    fix: 'Le site ne charge rien d’un autre site et n’exécute aucun script venu du texte : sa politique de sécurité bloquerait un `<iframe>`, un `<script>` ou un `<style>`, et les fils RSS les retireraient. Pour une vidéo, utilisez le composant [`<Video>`](#video) dans un fichier `.mdx` (ou un simple lien) ; pour un son (`<audio>`), un lien vers lui ou vers la page qui le diffuse ; pour un formulaire, un lien vers lui ; la mise en forme s’écrit en Markdown.',
    apply: (content) =>
      edit(
        content,
        'news/bilan.md',
        /$/,
        '\n<iframe src="https://www.youtube-nocookie.com/embed/XXXXXXXXXXX" title="Bande-annonce"></iframe>\n',
      ),
    expect: [
      'news/bilan.md:10 : « <iframe src="https://www.youtube-nocookie.com/embed/XXXXXXX… » : balise <iframe> non permise : le site ne charge rien d’un autre site',
      'renommez le fichier en .mdx et écrivez à la place <Video url="https://www.youtube.com/watch?v=XXXXXXXXXXX" title="Bande-annonce" />',
    ],
  },
  {
    id: 'inline-style',
    title: 'Attribut style ou on… dans une balise',
    fix: 'La politique de sécurité du site bloque les styles et les scripts écrits dans le texte : retirez l’attribut `style="…"` ou `onclick="…"` ; la mise en forme vient du site.',
    apply: (content) => edit(content, 'news/bilan.md', /$/, '\n<p style="color: red">Texte en rouge.</p>\n'),
    expect: [
      'news/bilan.md:10 : « <p style="color: red">Texte en rouge.</p> » : attribut style non permis sur <p> : la politique de sécurité du site bloque les styles écrits dans le texte ; retirez-le, la mise en forme vient du site',
    ],
  },
  {
    id: 'unknown-element',
    title: 'Mots entre < et > qui disparaîtraient',
    fix: 'Dans le texte, `<mot>` est lu comme une balise HTML inconnue et disparaît de la page et des fils. Pour écrire les signes eux-mêmes, tapez `\\<` (ou `&lt;`) : `Candidature \\<nom du studio> \\<ville>`.',
    apply: (content) => edit(content, 'news/bilan.md', /$/, '\nÉcrivez l’objet ainsi : Candidature <nom du studio>.\n'),
    expect: [
      'news/bilan.md:10 : « <nom du studio> » : balise <nom> inconnue : le texte entre < et > disparaîtrait de la page ; pour écrire le signe « < » tel quel, écrivez \\< ou &lt;',
    ],
  },
  {
    id: 'broken-link',
    title: 'Lien vers une page qui n’existe pas',
    fix: 'Corrigez l’adresse du lien comme suggéré : pour un membre, un appel ou une actualité, c’est le nom de son fichier.',
    apply: (content) => edit(content, NEWS, '(/membres/studio-exemple/)', '(/membres/studio-exempl/)'),
    expect: [
      `${NEWS}:10 : lien vers une page qui n'existe pas « /membres/studio-exempl/ »`,
      'vouliez-vous dire « /membres/studio-exemple/ » ?',
    ],
  },
  {
    id: 'duplicate-id',
    title: 'Deux fichiers pour la même adresse',
    fix: 'Deux fichiers du même nom (par exemple `a.md` et `a.mdx`, ou dans deux sous-dossiers) donneraient la même adresse : renommez ou supprimez l’un des deux.',
    apply: (content) => cpSync(join(content, NEWS), join(content, 'news/lancement.mdx')),
    expect: [
      'identifiant en double « lancement »',
      'news/lancement.md et',
      'news/lancement.mdx donneraient la même adresse',
    ],
    astro: ['identifiant en double « lancement »'],
  },
  {
    id: 'reserved-page',
    title: 'Page nommée comme une rubrique',
    fix: 'Une page est servie à `/<nom-du-fichier>/` : elle ne peut pas s’appeler comme une rubrique du site (`membres`, `actualites`, `recherche`…). Choisissez un autre nom.',
    apply: (content) => cpSync(join(content, PAGE), join(content, 'pages/membres.mdx')),
    expect: ["pages/membres.mdx : nom de fichier réservé : « /membres/ » est déjà l'adresse d'une rubrique du site"],
  },
  {
    id: 'reserved-news',
    title: 'Actualité nommée par un nombre',
    fix: '`/actualites/2/` est la deuxième page de la liste des actualités : donnez au fichier un nom qui contient au moins une lettre, par exemple `bilan-2009.md`.',
    apply: (content) => cpSync(join(content, 'news/bilan.md'), join(content, 'news/2009.md')),
    expect: ['news/2009.md : nom de fichier réservé : « /actualites/2009/ »'],
    astro: ['nom de fichier réservé : « /actualites/2009/ »'],
  },
  {
    id: 'tag-spellings',
    title: 'Mot clé écrit de deux façons',
    fix: 'Chaque mot clé a sa page ; deux écritures qui ne diffèrent que par les majuscules, les accents ou la ponctuation donneraient la même. Écrivez-le partout de la même façon.',
    apply: (content) => edit(content, 'news/bilan.md', 'tags: [animation]', 'tags: [animation, Jeu vidéo]'),
    expect: [
      `${NEWS}:5 : « tags » : « jeu vidéo » et « Jeu vidéo » (dans`,
      'news/bilan.md) donneraient la même page /mots-cles/jeu-video/',
    ],
    astro: ['donneraient la même page /mots-cles/jeu-video/'],
  },
  {
    id: 'tag-spellings-slug',
    title: 'Mot clé écrit comme une adresse',
    fix: 'Écrivez un mot clé comme un mot, avec ses accents et ses espaces (`jeu vidéo`), et partout de la même façon : c’est le site qui en fait l’adresse `/mots-cles/jeu-video/`.',
    apply: (content) => edit(content, 'news/bilan.md', 'tags: [animation]', 'tags: [animation, jeu-video]'),
    expect: [
      `${NEWS}:5 : « tags » : « jeu vidéo » et « jeu-video » (dans`,
      'news/bilan.md) donneraient la même page /mots-cles/jeu-video/ ; écrivez ce mot clé partout de la même façon',
    ],
  },
  {
    id: 'bad-file-name',
    title: 'Nom de fichier invalide',
    fix: 'Le nom du fichier devient l’adresse de la page : minuscules sans accents, chiffres et tirets. Renommez le fichier comme proposé.',
    apply: (content) => cpSync(join(content, MEMBER), join(content, 'members/Studio Été.md')),
    expect: ['members/Studio Été.md : nom de fichier invalide', 'renommez-le « studio-ete.md »'],
  },
  {
    id: 'file-extension',
    title: 'Extension de fichier non reconnue',
    fix: 'Le site ne lit que les fichiers `.md` et `.mdx`, extension en minuscules : un fichier `.MD` ou `.markdown` serait laissé de côté. Renommez-le comme proposé ; son adresse ne change pas.',
    apply: (content) => cpSync(join(content, 'news/bilan.md'), join(content, 'news/bilan-2009.MD')),
    expect: [
      'news/bilan-2009.MD : extension « .MD » non reconnue : le site ne lit que .md et .mdx, en minuscules ; renommez-le « bilan-2009.md »',
    ],
    astro: ['extension « .MD » non reconnue'],
  },
  {
    id: 'stray-file',
    title: 'Fichier ni texte ni image dans un dossier du contenu',
    fix: 'Un dossier de `content/` ne contient que des textes `.md` ou `.mdx` et leurs images. Une note pour l’équipe garde sa place si son nom commence par `_` (`_notes.txt`) ; un texte à publier s’enregistre en Markdown (`.md`) ; tout autre fichier se range ailleurs.',
    apply: (content) => writeFileSync(join(content, 'news/notes.txt'), 'Relire le bilan avant vendredi.\n'),
    expect: [
      "news/notes.txt : fichier ni Markdown (.md, .mdx) ni image : le site ne le publierait pas ; si c'est une note pour l'équipe, renommez-le « _notes.txt »",
      "si c'est un texte à publier, enregistrez-le en Markdown sous le nom « notes.md »",
    ],
  },
  {
    id: 'tag-script',
    title: 'Mot clé sans lettre latine',
    fix: 'L’adresse d’un mot clé (`/mots-cles/…/`) ne s’écrit qu’avec les lettres de a à z, des chiffres et des tirets (les accents sont retirés). Ajoutez au mot clé sa transcription ou sa traduction en lettres latines, ou retirez-le ; un mot clé fait seulement d’émojis ou de signes n’a pas d’adresse non plus.',
    apply: (content) => edit(content, NEWS, 'tags: [jeu vidéo, animation]', 'tags: [jeu vidéo, animation, مهرجان]'),
    expect: [
      `${NEWS}:5 : « tags » : le mot clé « مهرجان » n'a aucune lettre de a à z ni chiffre ; son adresse /mots-cles/…/ ne peut s'écrire qu'avec ceux-ci : ajoutez sa transcription ou sa traduction en lettres latines, par exemple « Festival مهرجان », ou retirez-le`,
    ],
    astro: ["le mot clé « مهرجان » n'a aucune lettre de a à z ni chiffre"],
  },
  {
    id: 'entry-size',
    title: 'Texte trop long',
    fix: 'Un fichier de `content/` pèse au plus 200 ko (environ 30 000 mots) : tout son texte part dans les flux RSS et dans la recherche. Découpez un texte plus long en plusieurs articles, liés entre eux, ou n’en gardez que l’essentiel.',
    apply: (content) =>
      edit(content, 'news/bilan.md', /$/, `\n${'Une phrase du compte rendu intégral.\n\n'.repeat(6000)}`),
    expect: [
      "news/bilan.md : texte trop long : 234,2\u00a0ko pour une limite de 200\u00a0ko par fichier (environ 30 000 mots) ; un texte si long alourdit les flux RSS et ralentit chaque recherche qui le trouve : découpez-le en plusieurs articles, ou gardez-en ici l'essentiel",
    ],
    astro: ['texte trop long'],
  },
  {
    id: 'settings',
    title: 'Erreur dans les réglages du site',
    fix: 'Les liens du menu et du pied de page commencent par `/` (une page du site) ou par `https://` (un autre site).',
    apply: (content) => edit(content, 'settings/site.yaml', 'href: /membres/', 'href: membres/'),
    expect: ['settings/site.yaml:4 : « navigation.href » (élément 2) : doit commencer par / (une page du site)'],
  },
  {
    id: 'settings-yaml',
    title: 'Réglages du site illisibles',
    fix: 'Les réglages suivent les mêmes règles que l’en-tête d’un article : des espaces, jamais de tabulation, pour décaler les champs d’un groupe, et une valeur qui contient « : » entre guillemets droits.',
    apply: (content) => edit(content, 'settings/site.yaml', '    href: /membres/', '\thref: /membres/'),
    expect: [
      "settings/site.yaml:8 : « navigation.href » : fichier illisible, tabulation en début de ligne : le YAML n'accepte que des espaces pour décaler un champ ; remplacez la tabulation par deux espaces",
    ],
    astro: ['« navigation.href » : fichier illisible, tabulation en début de ligne'],
  },
  {
    id: 'translation-orphan',
    title: 'Traduction sans entrée française',
    fix: 'Une traduction porte exactement le nom du fichier français qu’elle traduit, dans le dossier `en/` de la même collection : corrigez le nom comme suggéré, ou créez d’abord l’entrée française.',
    apply: (content) => {
      mkdirSync(join(content, 'members/en'), { recursive: true });
      writeFileSync(join(content, 'members/en/studio-exempel.md'), '---\nsummary: A studio.\n---\n\nA studio.\n');
    },
    expect: [
      "members/en/studio-exempel.md : traduction d'une entrée qui n'existe pas : aucun fichier",
      'members/studio-exempel.md ou .mdx (vouliez-vous dire « studio-exemple » ?)',
    ],
    astro: ["traduction d'une entrée qui n'existe pas"],
  },
  {
    id: 'translation-field',
    title: 'Champ interdit dans une traduction',
    fix: 'Une traduction ne porte que les champs de texte ; les dates, références, types, montants et images viennent de l’entrée française : retirez le champ de la traduction et, s’il faut le changer, changez-le dans le fichier français.',
    apply: (content) => {
      mkdirSync(join(content, 'news/en'), { recursive: true });
      writeFileSync(
        join(content, 'news/en/lancement.md'),
        '---\ntitle: Launch\ndescription: The launch.\ndate: 2009-07-02\n---\n\nThe launch.\n',
      );
    },
    expect: [
      "news/en/lancement.md:4 : champ « date » interdit dans une traduction : une traduction ne porte que « title », « description », « tags », « imageAlt » ; « date » vient de l'entrée française, retirez-le d'ici",
    ],
    astro: ['champ « date » interdit dans une traduction'],
  },
  {
    id: 'translation-draft',
    title: 'Brouillon dans une traduction',
    fix: 'Une traduction suit son entrée française : elle est publiée avec elle et reste cachée tant que le fichier français porte `draft: true`. Retirez `draft` de la traduction et mettez-le, si besoin, dans le fichier français.',
    apply: (content) => {
      mkdirSync(join(content, 'calls/en'), { recursive: true });
      writeFileSync(
        join(content, 'calls/en/appel-exemple.md'),
        '---\ntitle: A call\nsummary: A call.\ndraft: false\n---\n\nA call.\n',
      );
    },
    expect: [
      "calls/en/appel-exemple.md:4 : champ « draft » interdit dans une traduction : elle suit l'entrée française, publiée avec elle et cachée tant que celle-ci est un brouillon ; retirez-le d'ici",
    ],
  },
  {
    id: 'translation-link-untranslated',
    title: 'Lien vers une actualité qui n’est pas traduite',
    fix: 'Le site anglais ne publie que les actualités traduites : liez la page française de l’actualité (`/actualites/<nom>/`), ou traduisez-la d’abord (`content/news/en/<nom>.md`).',
    apply: (content) => {
      mkdirSync(join(content, 'events/en'), { recursive: true });
      writeFileSync(
        join(content, 'events/en/rencontre.md'),
        '---\ntitle: A meeting\ndescription: A meeting.\n---\n\nSee [the review](/en/news/bilan/).\n',
      );
    },
    expect: [
      "events/en/rencontre.md:6 : lien vers une page qui n'existe pas « /en/news/bilan/ » : l'actualité",
      "news/bilan.md n'est pas traduite (aucun fichier",
      'news/en/bilan.md) ; liez sa page française « /actualites/bilan/ », ou traduisez-la',
    ],
  },
  {
    id: 'translation-tag',
    title: 'Mot clé anglais écrit de deux façons',
    fix: 'Les mots clés d’une traduction ont leur propre page, `/en/keywords/<mot-clé>/` : écrivez chacun partout de la même façon, comme en français.',
    apply: (content) => {
      mkdirSync(join(content, 'news/en'), { recursive: true });
      writeFileSync(
        join(content, 'news/en/bilan.md'),
        '---\ntitle: Review\ndescription: The review.\ntags: [Video games, video-games]\n---\n\nThe review.\n',
      );
    },
    expect: [
      'news/en/bilan.md:4 : « tags » : « video-games » et « Video games » (dans le même fichier) donneraient la même page /en/keywords/video-games/ ; écrivez ce mot clé partout de la même façon',
    ],
  },
  {
    id: 'translation-empty',
    title: 'Traduction sans texte',
    fix: 'Une traduction remplace le texte français sur la page anglaise : écrivez le texte traduit sous le front matter, après la seconde ligne `---` (un commentaire ne compte pas). Pour ne rien traduire encore, supprimez le fichier : la page anglaise montre alors le texte français avec un avertissement.',
    apply: (content) => {
      // A comment only, and nothing after the front matter (Astro then stores no body at all).
      mkdirSync(join(content, 'members/en'), { recursive: true });
      writeFileSync(
        join(content, 'members/en/studio-exemple.md'),
        '---\nsummary: An animation studio.\n---\n\n<!-- Un studio inventé pour les tests. -->\n',
      );
      mkdirSync(join(content, 'events/en'), { recursive: true });
      writeFileSync(
        join(content, 'events/en/rencontre.md'),
        '---\ntitle: A test meeting\ndescription: An invented meeting.\n---\n',
      );
    },
    expect: [
      "members/en/studio-exemple.md : traduction sans texte : l'entrée française",
      "members/studio-exemple.md en a un ; écrivez sa traduction sous le front matter (après la ligne ---), sinon la page anglaise n'aurait aucun texte",
      "events/en/rencontre.md : traduction sans texte : l'entrée française",
      'events/rencontre.md en a un ; écrivez sa traduction',
    ],
    astro: ['members/en/studio-exemple.md', 'events/en/rencontre.md', 'traduction sans texte'],
  },
  {
    id: 'translation-list',
    title: 'Liste traduite d’une autre longueur',
    fix: 'Une traduction traduit chaque élément des listes d’un appel (`themes`, `eligibility`, `funds`, `faq`), un pour un, dans l’ordre du fichier français : ajoutez ou retirez des éléments pour en avoir autant, ou retirez la liste de la traduction pour montrer la française.',
    apply: (content) => {
      mkdirSync(join(content, 'calls/en'), { recursive: true });
      writeFileSync(
        join(content, 'calls/en/appel-exemple.md'),
        '---\ntitle: A test call\nsummary: An invented call.\nthemes: [Animation, Video games]\n---\n\nAn invented call.\n',
      );
    },
    expect: [
      "calls/en/appel-exemple.md:4 : « themes » : 2 éléments, l'entrée française",
      'calls/appel-exemple.md en a 1 ; une traduction traduit chaque élément, dans le même ordre',
    ],
  },
  {
    id: 'settings-english-labels',
    title: 'Libellés anglais des chiffres clés en nombre différent',
    fix: 'Écrivez dans `en.keyFigureLabels` un libellé anglais par chiffre clé de `keyFigures`, dans le même ordre.',
    apply: (content) =>
      edit(
        content,
        'settings/site.yaml',
        'keyFigureLabels: [test members]',
        'keyFigureLabels: [test members, test studios]',
      ),
    expect: [
      "settings/site.yaml:12 : « en.keyFigureLabels » : 2 libellés anglais pour 1 chiffre clé (keyFigures) : écrivez un libellé anglais par chiffre clé, dans le même ordre ; sans lui, la page d'accueil anglaise afficherait le libellé français",
    ],
  },
  {
    id: 'translation-image-alt',
    title: 'Traduction sans description de l’image',
    fix: 'L’image de l’entrée française paraît aussi sur la page anglaise : décrivez-la en anglais dans `imageAlt` (ou `logoAlt` pour un logo) de la traduction.',
    apply: (content) => {
      writeFileSync(join(content, 'news/lancement.png'), PNG);
      edit(
        content,
        NEWS,
        /^date: 2009-07-02$/m,
        'date: 2009-07-02\nimage: ./lancement.png\nimageAlt: Une image d’essai',
      );
      mkdirSync(join(content, 'news/en'), { recursive: true });
      writeFileSync(
        join(content, 'news/en/lancement.md'),
        '---\ntitle: Launch\ndescription: The launch.\n---\n\nThe launch.\n',
      );
    },
    expect: [
      "news/en/lancement.md : « imageAlt » manquant : l'entrée française",
      'news/lancement.md a une image (« image ») ; décrivez-la en anglais dans « imageAlt », sinon la page anglaise la décrirait en français',
    ],
  },
  {
    id: 'settings-broken-link',
    title: 'Lien du menu vers une page qui n’existe pas',
    fix: 'Un lien du menu ou du pied de page (`navigation`, `footer`, et leurs versions anglaises sous `en:`) mène à une page du site : corrigez son adresse (le nom du fichier de la page, ou une rubrique comme `/en/news/`).',
    apply: (content) => edit(content, 'settings/site.yaml', 'href: /en/news/', 'href: /en/nouvelles/'),
    expect: [
      "settings/site.yaml:17 : lien vers une page qui n'existe pas « /en/nouvelles/ » : aucun fichier",
      'pages/nouvelles.md ou .mdx',
    ],
  },
  {
    id: 'translation-faq-html',
    title: 'Balise HTML dans une réponse traduite',
    fix: 'Une réponse de `faq` traduite est du Markdown simple, comme en français : retirez la balise ou le composant, et écrivez un lien vers ce que vous vouliez montrer.',
    apply: (content) => {
      edit(
        content,
        CALL,
        /^opens: (.*)$/m,
        'opens: $1\nfaq:\n  - question: Qui peut candidater ?\n    answer: Les studios.',
      );
      mkdirSync(join(content, 'calls/en'), { recursive: true });
      writeFileSync(
        join(content, 'calls/en/appel-exemple.md'),
        "---\ntitle: A test call\nsummary: An invented call.\nfaq:\n  - question: Who may apply?\n    answer: '<script>alert(1)</script>Studios.'\n---\n\nAn invented call.\n",
      );
    },
    expect: [
      'calls/en/appel-exemple.md:4 : « faq.answer » (élément 1) : « <script>alert(1)</script>Studios. » : balise <script> non permise : le site n’exécute aucun script venu du texte : retirez-la',
    ],
  },
  {
    id: 'mixed-language-link',
    title: 'Lien mêlant adresses française et anglaise',
    fix: 'Les rubriques ont un nom français à la racine du site (`/membres/`, `/actualites/`) et un nom anglais sous `/en/` (`/en/members/`, `/en/news/`) : écrivez l’adresse suggérée.',
    apply: (content) => {
      mkdirSync(join(content, 'members/en'), { recursive: true });
      writeFileSync(
        join(content, 'members/en/studio-exemple.md'),
        '---\nsummary: A studio.\n---\n\nA studio, [on the map](/en/membres/studio-exemple/).\n',
      );
    },
    expect: [
      "members/en/studio-exemple.md:5 : lien vers une adresse que le site n'a pas « /en/membres/studio-exemple/ » : les noms de rubrique sont en français à la racine, en anglais sous /en/ (vouliez-vous dire « /en/members/studio-exemple/ » ?)",
    ],
  },
];

/** A copy of the base content with the mistakes of `cases`, in `dir`/content; returns the content folder. */
export function contentWithErrors(cases: readonly ErrorCase[], dir: string): string {
  const content = join(dir, 'content');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(ERROR_BASE, content, { recursive: true });
  rmSync(join(content, 'README.md'));
  for (const errorCase of cases) errorCase.apply(content);
  return content;
}

/** The case named `id`. */
export function errorCase(id: string): ErrorCase {
  const found = errorCases.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No error case ${id}`);
  return found;
}
