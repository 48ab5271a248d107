/**
 * Generates N realistic French articles for the benchmark: about 600 words
 * each, front matter per the content contract, a pool of 24 keywords, some
 * articles about the real members and call, about 10 % MDX using the site's
 * components. Deterministic: the same N gives the same files.
 */
import { cpSync, linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { slugify } from '../src/lib/slug.ts';

/** A small seeded PRNG (mulberry32), so that every run generates the same files. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
const between = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
function some<T>(rng: Rng, list: readonly T[], count: number): T[] {
  const copy = [...list];
  const chosen: T[] = [];
  while (chosen.length < count && copy.length) chosen.push(copy.splice(Math.floor(rng() * copy.length), 1)[0] as T);
  return chosen;
}

const KEYWORDS = [
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
] as const;

/** The real members and call of `content/`, reused by the generated articles. */
const MEMBERS = [
  ['ankama', 'Ankama'],
  ['crrav', 'CRRAV'],
  ['le-fresnoy', 'Le Fresnoy'],
  ['lille-metropole', 'Lille Métropole'],
  ['valenciennes-metropole', 'Valenciennes Métropole'],
  ['porte-du-hainaut', 'la Porte du Hainaut'],
] as const;
const CALL = 'appel-a-projets-2009';

const subjects = [
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
];
const verbs = [
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
];
const objects = [
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
];
const places = [
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
];
const details = [
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
];
const comments = [
  'Pour ses porteurs, il s’agit de montrer qu’une filière régionale peut rivaliser avec les grands studios.',
  'Cette démarche illustre la volonté du pôle de favoriser de nouvelles écritures et de nouveaux formats.',
  'Les élus y voient un signe de la vitalité de la filière de l’image dans le Nord-Pas-de-Calais.',
  'Plusieurs entreprises du territoire se sont associées à l’initiative.',
  'Le modèle économique repose sur une diffusion multiple : télévision, Internet, téléphonie mobile.',
  'Les professionnels saluent un projet ambitieux, mais rappellent la fragilité des financements.',
  'L’enjeu est aussi de retenir en région les jeunes talents formés dans les écoles.',
  'Une restitution publique est prévue à l’issue de la résidence.',
];
const headings = [
  'Un projet ancré dans le territoire',
  'Des moyens partagés',
  'Le calendrier',
  'Une équipe régionale',
  'De nouveaux formats',
  'La suite',
  'Former les talents de demain',
  'Un marché international',
];
const firstNames = ['Claire', 'Julien', 'Sophie', 'Karim', 'Élise', 'Thomas', 'Nadia', 'Pierre', 'Inès', 'Marc'];
const lastNames = ['Dupont', 'Lefebvre', 'Martin', 'Benali', 'Dubois', 'Leroy', 'Moreau', 'Petit', 'Roussel', 'Caron'];
const titleStarts = [
  'À {place}, {subjectLower} {verb} {object}',
  '{subject} {verb} {object}',
  'Nouvelle étape pour {object}',
  '{object} : le pari de {subjectLower}',
];

function fill(rng: Rng, template: string): string {
  const subject = pick(rng, subjects);
  return template
    .replace('{place}', pick(rng, places).replace(/^(à|au|dans|sur) (la |le )?/, ''))
    .replace('{subject}', subject)
    .replace('{subjectLower}', subject.charAt(0).toLowerCase() + subject.slice(1))
    .replace('{verb}', pick(rng, verbs))
    .replace('{object}', pick(rng, objects));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentence(rng: Rng): string {
  const kind = rng();
  if (kind < 0.4) return `${pick(rng, subjects)} ${pick(rng, verbs)} ${pick(rng, objects)} ${pick(rng, places)}.`;
  if (kind < 0.75) return pick(rng, details);
  return pick(rng, comments);
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
function projectName(rng: Rng): string {
  return capitalise(Array.from({ length: between(rng, 2, 4) }, () => pick(rng, syllables)).join(''));
}

/** A paragraph of 4 to 7 sentences, about 70 words. */
function paragraph(rng: Rng, extra?: string): string {
  const sentences = Array.from({ length: between(rng, 4, 7) }, () => sentence(rng));
  if (extra) sentences.splice(between(rng, 0, sentences.length), 0, extra);
  return sentences.join(' ');
}

const YAML_NEEDS_QUOTES = /[:#'"[\]{}]|^[-?!&*|>%@`]/;
const yamlString = (text: string) => (YAML_NEEDS_QUOTES.test(text) ? JSON.stringify(text) : text);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Number of photos shared by the `<Figure>` of MDX articles. */
const PHOTOS = 8;

export interface GeneratedArticle {
  id: string;
  file: string;
  mdx: boolean;
}

/** One article: its file name and text. */
function article(index: number, total: number): { id: string; mdx: boolean; text: string } {
  const rng = random(index * 7919 + 17);
  const mdx = index % 10 === 3;
  const title = capitalise(fill(rng, pick(rng, titleStarts)));
  const id = `${slugify(title).split('-').slice(0, 8).join('-')}-${index}`;
  // Spread over 2009-07-03 … 2025-12-31, one day per article when there are enough days.
  const start = Date.UTC(2009, 6, 3);
  const span = Date.UTC(2025, 11, 31) - start;
  const date = new Date(start + Math.floor((span * index) / Math.max(total, 1)));
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
  const tags = some(rng, KEYWORDS, between(rng, 2, 5));
  const members = rng() < 0.08 ? some(rng, MEMBERS, between(rng, 1, 2)) : [];
  const aboutCall = rng() < 0.03;

  const front = [
    '---',
    `title: ${yamlString(title)}`,
    `description: ${yamlString(`${capitalise(pick(rng, objects))} ${pick(rng, places)} : ${pick(rng, comments).toLowerCase()}`)}`,
    `date: ${day}`,
  ];
  if (rng() < 0.5) front.push(`author: ${pick(rng, firstNames)} ${pick(rng, lastNames)}`);
  if (rng() < 0.2) front.push('source:', '  name: La Voix du Nord', `  date: ${day}`);
  front.push(`tags: [${tags.map(yamlString).join(', ')}]`);
  if (members.length) front.push(`members: [${members.map(([memberId]) => memberId).join(', ')}]`);
  if (aboutCall) front.push(`calls: [${CALL}]`);
  front.push('---', '');

  const blocks: string[] = [];
  const mentions = [
    ...members.map(([memberId, name]) => `Parmi les partenaires figure [${name}](/membres/${memberId}/).`),
    ...(aboutCall ? [`Le projet avait été retenu par le [premier appel à projets](/appels-a-projets/${CALL}/).`] : []),
  ];
  const project = projectName(rng);
  mentions.unshift(`Le projet porte le nom de code « ${project} ».`);
  mentions.push(`« ${project} » sera présenté au public dans les prochains mois.`);
  const sections = some(rng, headings, 3);
  let paragraphs = 0;
  for (const heading of sections) {
    if (paragraphs > 0) blocks.push(`## ${heading}`);
    for (let p = 0; p < 3; p++) {
      blocks.push(paragraph(rng, mentions.shift()));
      paragraphs++;
    }
    if (rng() < 0.3)
      blocks.push(
        some(rng, objects, 3)
          .map((object) => `- ${object} ;`)
          .join('\n'),
      );
  }
  if (mdx) {
    const component = index % 40;
    if (component === 3)
      blocks.splice(
        2,
        0,
        `<Figure caption="${pick(rng, objects)} ${pick(rng, places)}." credit="Photo : ${pick(rng, firstNames)} ${pick(rng, lastNames)}">\n  ![${capitalise(pick(rng, objects))}, vue du plateau](./images/photo-${(index % PHOTOS) + 1}.jpg)\n</Figure>`,
      );
    else if (component === 13) blocks.splice(3, 0, '<KeyFigures />');
    else if (component === 23)
      blocks.splice(
        3,
        0,
        `<KeyFigures\n  items={[\n    { value: ${between(rng, 2, 90) * 10000}, label: "euros de budget" },\n    { value: ${between(rng, 5, 60)}, label: "techniciens" },\n  ]}\n  source="Dossier de presse"\n/>`,
      );
    blocks.splice(
      4,
      0,
      `<Quote author="${pick(rng, firstNames)} ${pick(rng, lastNames)}, à la production" source="Entretien, ${day}">\n  ${pick(rng, comments)}\n</Quote>`,
    );
    blocks.push('<CallToAction href="/appels-a-projets/">Voir les appels à projets</CallToAction>');
  }
  return { id, mdx, text: `${front.join('\n')}\n${blocks.join('\n\n')}\n` };
}

/** A photo for `<Figure>`: 1,600 × 1,000 pixels of coloured noise, about as heavy as a real JPEG. */
async function photo(index: number): Promise<Buffer> {
  const width = 1600;
  const height = 1000;
  const rng = random(index);
  const pixels = Buffer.alloc(width * height * 3);
  const [r, g, b] = [rng() * 255, rng() * 255, rng() * 255];
  for (let i = 0; i < pixels.length; i += 3) {
    const x = (i / 3) % width;
    const shade = (x / width) * 80 + rng() * 40;
    pixels[i] = Math.min(255, r * 0.6 + shade);
    pixels[i + 1] = Math.min(255, g * 0.6 + shade);
    pixels[i + 2] = Math.min(255, b * 0.6 + shade);
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

/**
 * Writes into `target` a copy of `content/` (real members, call, pages and
 * settings) whose `news/` holds the N generated articles instead of the
 * real ones, plus a Hugo content folder holding the same articles
 * (`.mdx` copied as `.md`: Hugo knows no MDX). Returns what was written.
 */
export async function generateContent(
  sourceContent: string,
  target: string,
  count: number,
): Promise<{ contentDir: string; hugoContentDir: string; articles: GeneratedArticle[] }> {
  rmSync(target, { recursive: true, force: true });
  const contentDir = join(target, 'content');
  const hugoContentDir = join(target, 'hugo-content');
  cpSync(sourceContent, contentDir, { recursive: true });
  rmSync(join(contentDir, 'news'), { recursive: true, force: true });
  mkdirSync(join(contentDir, 'news/images'), { recursive: true });
  mkdirSync(join(hugoContentDir, 'news'), { recursive: true });
  for (let p = 1; p <= PHOTOS; p++) writeFileSync(join(contentDir, `news/images/photo-${p}.jpg`), await photo(p));
  const articles: GeneratedArticle[] = [];
  for (let index = 1; index <= count; index++) {
    const { id, mdx, text } = article(index, count);
    const file = join(contentDir, 'news', `${id}.${mdx ? 'mdx' : 'md'}`);
    writeFileSync(file, text);
    if (mdx) writeFileSync(join(hugoContentDir, 'news', `${id}.md`), text);
    else linkSync(file, join(hugoContentDir, 'news', `${id}.md`));
    articles.push({ id, file, mdx });
  }
  return { contentDir, hugoContentDir, articles };
}
