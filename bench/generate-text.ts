/**
 * The words of the generated content, in French and in English: parallel
 * lists (the same index is the same idea in both languages), so that the
 * same seeded draws give a French text and its English translation, of the
 * same length, sentence for sentence. Also the seeded PRNG and the small
 * helpers the generators share.
 */

/** A small seeded PRNG (mulberry32), so that every run generates the same files. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
export const between = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
export function some<T>(rng: Rng, list: readonly T[], count: number): T[] {
  const copy = [...list];
  const chosen: T[] = [];
  while (chosen.length < count && copy.length) chosen.push(copy.splice(Math.floor(rng() * copy.length), 1)[0] as T);
  return chosen;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const YAML_NEEDS_QUOTES = /[:#'"[\]{}]|^[-?!&*|>%@`]/;
export const yamlString = (text: string) => (YAML_NEEDS_QUOTES.test(text) ? JSON.stringify(text) : text);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A UTC day as the content contract writes it, `2009-07-02`. */
export const isoDay = (date: Date) =>
  `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/** The vocabulary of one language; every list has the same length and order in both. */
export interface Words {
  lang: 'fr' | 'en';
  keywords: readonly string[];
  subjects: readonly string[];
  verbs: readonly string[];
  objects: readonly string[];
  places: readonly string[];
  /** A place without its preposition, for titles: `à Tourcoing` → `Tourcoing`. */
  placeName: (place: string) => string;
  details: readonly string[];
  comments: readonly string[];
  headings: readonly string[];
  titleStarts: readonly string[];
}

export const FRENCH: Words = {
  lang: 'fr',
  keywords: [
    'animation',
    'jeu vidéo',
    'cinéma',
    'audiovisuel',
    'mondes virtuels',
    'serious game',
    'webdocumentaire',
    'documentaire',
    'formation',
    'recherche',
    'emploi',
    'festival',
    'tournage',
    'production',
    'innovation',
    'financement',
    'international',
    'réalité virtuelle',
    'effets spéciaux',
    'écriture',
    'Tourcoing',
    'Valenciennes',
    'Roubaix',
    'Lille',
  ],
  subjects: [
    'Le studio roubaisien',
    'Une jeune société de production',
    'Le collectif de réalisateurs',
    'L’école d’animation',
    'Le laboratoire de recherche',
    'La société de postproduction',
    'Le festival régional',
    'Une équipe de développeurs',
    'Le centre de formation',
    'Une autrice lilloise',
    'Le producteur valenciennois',
    'La plateforme de création numérique',
  ],
  verbs: [
    'présente',
    'prépare',
    'lance',
    'termine',
    'dévoile',
    'accompagne',
    'finance',
    'coproduit',
    'expérimente',
    'met en chantier',
    'réunit',
    'annonce',
  ],
  objects: [
    'une série d’animation de vingt-six épisodes',
    'un jeu vidéo de stratégie pour consoles',
    'un webdocumentaire sur les friches industrielles',
    'un long métrage tourné dans le bassin minier',
    'un serious game destiné à la formation des soignants',
    'une expérience en réalité virtuelle',
    'un documentaire de proximité sur les quartiers de Roubaix',
    'un court métrage d’école',
    'un programme de résidences d’écriture',
    'un outil de capture de mouvement',
    'une salle de montage partagée',
    'un monde virtuel pour les musées',
  ],
  places: [
    'à Tourcoing',
    'à Valenciennes',
    'à Roubaix',
    'à Lille',
    'dans la Porte du Hainaut',
    'à la Plaine Images',
    'au Fresnoy',
    'dans le Valenciennois',
    'sur la métropole lilloise',
    'à Denain',
  ],
  placeName: (place) => place.replace(/^(à|au|dans|sur) (la |le )?/, ''),
  details: [
    'Le budget de production dépasse le million d’euros et mobilise une quarantaine de techniciens de la région.',
    'Les premières images seront montrées aux diffuseurs lors du prochain marché international.',
    'Le projet a reçu le soutien du fonds régional et de plusieurs chaînes de télévision.',
    'Une dizaine d’étudiants des écoles du territoire participent à la fabrication.',
    'L’équipe mise sur des outils libres et sur une chaîne de fabrication entièrement numérique.',
    'La sortie est prévue au printemps, d’abord en salles puis sur les plateformes.',
    'Les partenaires espèrent attirer de nouveaux tournages dans la région.',
    'Le calendrier reste serré : la livraison doit intervenir avant la fin de l’année.',
    'Les auteurs ont mené de longs entretiens avec les habitants avant d’écrire.',
    'Le prototype a été testé par plusieurs centaines de joueurs pendant l’été.',
    'La société recrute des animateurs, des développeurs et des chargés de production.',
    'Les décors ont été modélisés à partir de relevés réalisés sur place.',
    'Un partenariat avec un laboratoire universitaire permet d’expérimenter de nouvelles méthodes de rendu.',
    'Les droits de diffusion ont déjà été cédés dans plusieurs pays européens.',
    'Le dispositif associe des scénaristes, des graphistes et des ingénieurs du son.',
    'La musique originale est composée par un ensemble de la région.',
  ],
  comments: [
    'Pour ses porteurs, il s’agit de montrer qu’une filière régionale peut rivaliser avec les grands studios.',
    'Cette démarche illustre la volonté du pôle de favoriser de nouvelles écritures et de nouveaux formats.',
    'Les élus y voient un signe de la vitalité de la filière de l’image dans le Nord-Pas-de-Calais.',
    'Plusieurs entreprises du territoire se sont associées à l’initiative.',
    'Le modèle économique repose sur une diffusion multiple : télévision, Internet, téléphonie mobile.',
    'Les professionnels saluent un projet ambitieux, mais rappellent la fragilité des financements.',
    'L’enjeu est aussi de retenir en région les jeunes talents formés dans les écoles.',
    'Une restitution publique est prévue à l’issue de la résidence.',
  ],
  headings: [
    'Un projet ancré dans le territoire',
    'Des moyens partagés',
    'Le calendrier',
    'Une équipe régionale',
    'De nouveaux formats',
    'La suite',
    'Former les talents de demain',
    'Un marché international',
  ],
  titleStarts: [
    'À {place}, {subjectLower} {verb} {object}',
    '{subject} {verb} {object}',
    'Nouvelle étape pour {object}',
    '{object} : le pari de {subjectLower}',
  ],
};

export const ENGLISH: Words = {
  lang: 'en',
  keywords: [
    'animation',
    'video games',
    'film',
    'television',
    'virtual worlds',
    'serious games',
    'web documentaries',
    'documentary',
    'training',
    'research',
    'jobs',
    'festivals',
    'shooting',
    'production',
    'innovation',
    'funding',
    'international',
    'virtual reality',
    'visual effects',
    'writing',
    'Tourcoing',
    'Valenciennes',
    'Roubaix',
    'Lille',
  ],
  subjects: [
    'The Roubaix studio',
    'A young production company',
    'The directors’ collective',
    'The animation school',
    'The research laboratory',
    'The post-production company',
    'The regional festival',
    'A team of developers',
    'The training centre',
    'A Lille-based author',
    'The Valenciennes producer',
    'The digital creation platform',
  ],
  verbs: [
    'presents',
    'is preparing',
    'launches',
    'completes',
    'unveils',
    'supports',
    'funds',
    'co-produces',
    'is trying out',
    'starts work on',
    'brings together',
    'announces',
  ],
  objects: [
    'a twenty-six-episode animated series',
    'a strategy video game for consoles',
    'a web documentary on industrial wasteland',
    'a feature film shot in the mining basin',
    'a serious game for training healthcare staff',
    'a virtual reality experience',
    'a local documentary on the neighbourhoods of Roubaix',
    'a film school short',
    'a programme of writing residencies',
    'a motion capture tool',
    'a shared editing suite',
    'a virtual world for museums',
  ],
  places: [
    'in Tourcoing',
    'in Valenciennes',
    'in Roubaix',
    'in Lille',
    'in the Porte du Hainaut',
    'at the Plaine Images',
    'at Le Fresnoy',
    'in the Valenciennes area',
    'across the Lille metropolis',
    'in Denain',
  ],
  placeName: (place) => place.replace(/^(in|at|across) (the )?/, ''),
  details: [
    'The production budget exceeds one million euros and employs some forty technicians from the region.',
    'The first images will be shown to broadcasters at the next international market.',
    'The project has been backed by the regional fund and by several television channels.',
    'About ten students from the area’s schools are taking part in the making.',
    'The team relies on free software and on an entirely digital production pipeline.',
    'The release is planned for the spring, first in cinemas and then on streaming platforms.',
    'The partners hope to attract new film shoots to the region.',
    'The schedule remains tight: delivery must take place before the end of the year.',
    'The authors held long interviews with local residents before writing.',
    'The prototype was tested by several hundred players during the summer.',
    'The company is hiring animators, developers and production managers.',
    'The sets were modelled from surveys carried out on location.',
    'A partnership with a university laboratory makes it possible to try out new rendering methods.',
    'Broadcasting rights have already been sold in several European countries.',
    'The scheme brings together screenwriters, graphic designers and sound engineers.',
    'The original score is composed by an ensemble from the region.',
  ],
  comments: [
    'For those behind it, the aim is to show that a regional industry can compete with the big studios.',
    'This approach shows the cluster’s wish to encourage new forms of writing and new formats.',
    'Local officials see it as a sign of the vitality of the image industry in Nord-Pas-de-Calais.',
    'Several companies from the area have joined the initiative.',
    'The business model relies on several outlets: television, the Internet and mobile phones.',
    'Professionals welcome an ambitious project, but point out how fragile its funding is.',
    'The challenge is also to keep in the region the young talent trained in its schools.',
    'A public presentation is planned at the end of the residency.',
  ],
  headings: [
    'A project rooted in the region',
    'Shared resources',
    'The schedule',
    'A regional team',
    'New formats',
    'What comes next',
    'Training tomorrow’s talent',
    'An international market',
  ],
  titleStarts: [
    'In {place}, {subjectLower} {verb} {object}',
    '{subject} {verb} {object}',
    'A new stage for {object}',
    '{object}: the gamble of {subjectLower}',
  ],
};

export const firstNames = ['Claire', 'Julien', 'Sophie', 'Karim', 'Élise', 'Thomas', 'Nadia', 'Pierre', 'Inès', 'Marc'];
export const lastNames = [
  'Dupont',
  'Lefebvre',
  'Martin',
  'Benali',
  'Dubois',
  'Leroy',
  'Moreau',
  'Petit',
  'Roussel',
  'Caron',
];

/** A title from `template`: the subject, place, verb and object drawn in that order in every language. */
export function fill(rng: Rng, words: Words, template: string): string {
  const subject = pick(rng, words.subjects);
  return template
    .replace('{place}', words.placeName(pick(rng, words.places)))
    .replace('{subject}', subject)
    .replace('{subjectLower}', subject.charAt(0).toLowerCase() + subject.slice(1))
    .replace('{verb}', pick(rng, words.verbs))
    .replace('{object}', pick(rng, words.objects));
}

function sentence(rng: Rng, words: Words): string {
  const kind = rng();
  if (kind < 0.4)
    return `${pick(rng, words.subjects)} ${pick(rng, words.verbs)} ${pick(rng, words.objects)} ${pick(rng, words.places)}.`;
  if (kind < 0.75) return pick(rng, words.details);
  return pick(rng, words.comments);
}

/** A paragraph of 4 to 7 sentences, about 70 words, with `extra` at a drawn place. */
export function paragraph(rng: Rng, words: Words, extra?: string): string {
  const sentences = Array.from({ length: between(rng, 4, 7) }, () => sentence(rng, words));
  if (extra) sentences.splice(between(rng, 0, sentences.length), 0, extra);
  return sentences.join(' ');
}

const syllables = [
  'ka',
  'lo',
  'ren',
  'mi',
  'sa',
  'tor',
  'vel',
  'du',
  'na',
  'bri',
  'zo',
  'quel',
  'fa',
  'ther',
  'ol',
  'ys',
];

/** A made-up project name, so that the vocabulary grows with the number of articles as real news does. */
export function projectName(rng: Rng): string {
  return capitalise(Array.from({ length: between(rng, 2, 4) }, () => pick(rng, syllables)).join(''));
}

/** The real members of `content/`: id, French name, English name. */
export const MEMBERS = [
  ['ankama', 'Ankama', 'Ankama'],
  ['crrav', 'CRRAV', 'CRRAV'],
  ['le-fresnoy', 'Le Fresnoy', 'Le Fresnoy'],
  ['lille-metropole', 'Lille Métropole', 'Lille Métropole'],
  ['valenciennes-metropole', 'Valenciennes Métropole', 'Valenciennes Métropole'],
  ['porte-du-hainaut', 'la Porte du Hainaut', 'the Porte du Hainaut'],
] as const;

/** Number of photos shared by the `<Figure>` of MDX articles, the articles' illustrations and the events' posters. */
export const PHOTOS = 8;

/** The real call of `content/`. */
export const CALL = 'appel-a-projets-2009';
