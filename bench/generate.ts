/**
 * Generates the benchmark's site for N articles: N realistic French
 * articles (about 600 words each, front matter per the content contract, a
 * pool of 24 keywords, some about the real members and call, about 10 % MDX
 * using the site's components, 5 % with an illustration), about 20 % of them
 * translated into English, events (agenda) and calls for projects using
 * every field, some translated too. Deterministic: the same N gives the same
 * files.
 */
import { cpSync, linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { slugify } from '../src/lib/slug.ts';
import { writeCalls } from './generate-calls.ts';
import { eventCount, eventId, FULL_EVENT_ID, writeEvents } from './generate-events.ts';
import {
  CALL,
  ENGLISH,
  FRENCH,
  MEMBERS,
  PHOTOS,
  between,
  capitalise,
  fill,
  firstNames,
  isoDay,
  lastNames,
  paragraph,
  pick,
  projectName,
  random,
  some,
  yamlString,
  type Words,
} from './generate-text.ts';

interface GeneratedArticle {
  id: string;
  file: string;
  mdx: boolean;
}

/** Whether article number `index` has an English translation: every fifth one, and the MDX ones with a photo. */
const articleTranslated = (index: number) => index % 5 === 0 || index % 40 === 3;

/**
 * Article number `index` of `total`, in French, or in English (`words`)
 * under the French article's id `frenchId`: the same draws in both
 * languages, so that the English text translates the French one.
 */
function article(
  index: number,
  total: number,
  words: Words,
  frenchId?: string,
): { id: string; mdx: boolean; text: string } {
  const rng = random(index * 7919 + 17);
  // Drawn apart, so that the fields added since the first benchmark leave the text of each article as it was.
  const extra = random(index * 104729 + 7);
  const fr = words.lang === 'fr';
  const mdx = index % 10 === 3;
  const title = capitalise(fill(rng, words, pick(rng, words.titleStarts)));
  const id = frenchId ?? `${slugify(title).split('-').slice(0, 8).join('-')}-${index}`;
  // Spread over 2009-07-03 … 2025-12-31, one day per article when there are enough days.
  const start = Date.UTC(2009, 6, 3);
  const span = Date.UTC(2025, 11, 31) - start;
  const day = isoDay(new Date(start + Math.floor((span * index) / Math.max(total, 1))));
  const tags = some(rng, words.keywords, between(rng, 2, 5));
  const members = rng() < 0.08 ? some(rng, MEMBERS, between(rng, 1, 2)) : [];
  const aboutCall = rng() < 0.03;
  const image = index % 20 === 10 ? `./images/photo-${(index % PHOTOS) + 1}.jpg` : undefined;
  const imageAlt = `${capitalise(pick(extra, words.objects))}${fr ? ', vue du plateau de tournage' : ', seen on set'}`;
  const events = index === 2 ? [FULL_EVENT_ID] : extra() < 0.03 ? [eventId(between(extra, 1, eventCount(total)))] : [];

  const front = [
    '---',
    `title: ${yamlString(title)}`,
    `description: ${yamlString(`${capitalise(pick(rng, words.objects))} ${pick(rng, words.places)}${fr ? ' : ' : ': '}${fr ? pick(rng, words.comments).toLowerCase() : pick(rng, words.comments).replace(/^./, (c) => c.toLowerCase())}`)}`,
  ];
  if (fr) front.push(`date: ${day}`);
  const author = rng() < 0.5 ? `${pick(rng, firstNames)} ${pick(rng, lastNames)}` : undefined;
  if (fr && author) front.push(`author: ${author}`);
  if (rng() < 0.2 && fr) front.push('source:', '  name: La Voix du Nord', `  date: ${day}`);
  front.push(`tags: [${tags.map(yamlString).join(', ')}]`);
  if (fr) {
    if (members.length) front.push(`members: [${members.map(([memberId]) => memberId).join(', ')}]`);
    if (aboutCall) front.push(`calls: [${CALL}]`);
    if (events.length) front.push(`events: [${events.join(', ')}]`);
    if (image) front.push(`image: ${image}`);
  }
  if (image) front.push(`imageAlt: ${yamlString(imageAlt)}`);
  front.push('---', '');

  const blocks: string[] = [];
  const mentions = fr
    ? [
        ...members.map(([memberId, name]) => `Parmi les partenaires figure [${name}](/membres/${memberId}/).`),
        ...(aboutCall
          ? [`Le projet avait été retenu par le [premier appel à projets](/appels-a-projets/${CALL}/).`]
          : []),
      ]
    : [
        ...members.map(([memberId, , name]) => `Among the partners is [${name}](/en/members/${memberId}/).`),
        ...(aboutCall ? [`The project had been selected by the [first call for projects](/en/calls/${CALL}/).`] : []),
      ];
  const project = projectName(rng);
  mentions.unshift(fr ? `Le projet porte le nom de code « ${project} ».` : `The project’s code name is “${project}”.`);
  mentions.push(
    fr
      ? `« ${project} » sera présenté au public dans les prochains mois.`
      : `“${project}” will be shown to the public in the coming months.`,
  );
  const sections = some(rng, words.headings, 3);
  let paragraphs = 0;
  for (const heading of sections) {
    if (paragraphs > 0) blocks.push(`## ${heading}`);
    for (let p = 0; p < 3; p++) {
      blocks.push(paragraph(rng, words, mentions.shift()));
      paragraphs++;
    }
    if (rng() < 0.3)
      blocks.push(
        some(rng, words.objects, 3)
          .map((object) => `- ${object}${fr ? ' ;' : ';'}`)
          .join('\n'),
      );
  }
  if (mdx) {
    const component = index % 40;
    if (component === 3) {
      const caption = `${pick(rng, words.objects)} ${pick(rng, words.places)}.`;
      const credit = `${fr ? 'Photo : ' : 'Photo: '}${pick(rng, firstNames)} ${pick(rng, lastNames)}`;
      const alt = `${capitalise(pick(rng, words.objects))}${fr ? ', vue du plateau' : ', seen from the set'}`;
      blocks.splice(
        2,
        0,
        `<Figure caption="${caption}" credit="${credit}">\n  ![${alt}](./images/photo-${(index % PHOTOS) + 1}.jpg)\n</Figure>`,
      );
    } else if (component === 13) blocks.splice(3, 0, '<KeyFigures />');
    else if (component === 23) {
      const budget = between(rng, 2, 90) * 10000;
      const technicians = between(rng, 5, 60);
      blocks.splice(
        3,
        0,
        `<KeyFigures\n  items={[\n    { value: ${budget}, label: "${fr ? 'euros de budget' : 'euros of budget'}" },\n    { value: ${technicians}, label: "${fr ? 'techniciens' : 'technicians'}" },\n  ]}\n  source="${fr ? 'Dossier de presse' : 'Press kit'}"\n/>`,
      );
    }
    const speaker = `${pick(rng, firstNames)} ${pick(rng, lastNames)}`;
    blocks.splice(
      4,
      0,
      `<Quote author="${speaker}, ${fr ? 'à la production' : 'producer'}" source="${fr ? 'Entretien' : 'Interview'}, ${day}">\n  ${pick(rng, words.comments)}\n</Quote>`,
    );
    blocks.push(
      fr
        ? '<CallToAction href="/appels-a-projets/">Voir les appels à projets</CallToAction>'
        : '<CallToAction href="/en/calls/">See the calls for projects</CallToAction>',
    );
  }
  return { id, mdx, text: `${front.join('\n')}\n${blocks.join('\n\n')}\n` };
}

/** A photo for `<Figure>`, illustrations and posters: 1,600 × 1,000 pixels of coloured noise, about as heavy as a real JPEG. */
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

/** What `generateContent` wrote. */
export interface GeneratedContent {
  /** The site's content folder (`CONTENT_DIR`): a copy of `content/` whose news, events and calls are generated. */
  contentDir: string;
  /** Hugo's content folder: the French articles only (`.mdx` copied as `.md`: Hugo knows no MDX). */
  hugoContentDir: string;
  /**
   * The bare baseline's folder (`BENCH_CONTENT_DIR`): a `news/` holding the
   * French articles only (hard links to those of `contentDir`, so that an
   * edit shows in both), since the baseline reads every Markdown file under
   * `news/` and would take the English ones of `news/en/` for articles.
   */
  baselineContentDir: string;
  /** The French articles, in date order (the last is the newest). */
  articles: GeneratedArticle[];
  /** How many French articles have an English translation in `news/en/`. */
  articleTranslations: number;
  /** How many events `events/` holds besides the real one, and how many of them are translated. */
  events: number;
  eventTranslations: number;
  /** How many calls `calls/` holds besides the real one, and how many of them are translated. */
  calls: number;
  callTranslations: number;
}

/** Hard-links the photos of `from` into `to`: the same photos in several folders, their bytes stored once. */
function linkPhotos(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (let p = 1; p <= PHOTOS; p++) linkSync(join(from, `photo-${p}.jpg`), join(to, `photo-${p}.jpg`));
}

/**
 * Writes into `target` a copy of `content/` (real members, call, event,
 * pages and settings) whose `news/` holds the `count` generated articles
 * instead of the real ones, about 20 % of them translated into English
 * (`news/en/`), with generated events (`eventCount`) and calls
 * (`callCount`) and a few invented members beside the real ones; plus
 * Hugo's and the bare baseline's folders, holding the same French articles
 * only. Returns what was written (see `GeneratedContent`).
 */
export async function generateContent(sourceContent: string, target: string, count: number): Promise<GeneratedContent> {
  rmSync(target, { recursive: true, force: true });
  const contentDir = join(target, 'content');
  const hugoContentDir = join(target, 'hugo-content');
  const baselineContentDir = join(target, 'baseline-content');
  cpSync(sourceContent, contentDir, { recursive: true });
  rmSync(join(contentDir, 'news'), { recursive: true, force: true });
  const photos = join(contentDir, 'news/images');
  mkdirSync(photos, { recursive: true });
  mkdirSync(join(hugoContentDir, 'news'), { recursive: true });
  for (let p = 1; p <= PHOTOS; p++) writeFileSync(join(photos, `photo-${p}.jpg`), await photo(p));
  linkPhotos(photos, join(contentDir, 'news/en/images'));
  linkPhotos(photos, join(contentDir, 'events/images'));
  linkPhotos(photos, join(baselineContentDir, 'news/images'));
  const articles: GeneratedArticle[] = [];
  let articleTranslations = 0;
  for (let index = 1; index <= count; index++) {
    const { id, mdx, text } = article(index, count, FRENCH);
    const name = `${id}.${mdx ? 'mdx' : 'md'}`;
    const file = join(contentDir, 'news', name);
    writeFileSync(file, text);
    linkSync(file, join(baselineContentDir, 'news', name));
    if (mdx) writeFileSync(join(hugoContentDir, 'news', `${id}.md`), text);
    else linkSync(file, join(hugoContentDir, 'news', `${id}.md`));
    articles.push({ id, file, mdx });
    if (articleTranslated(index)) {
      writeFileSync(join(contentDir, 'news/en', name), article(index, count, ENGLISH, id).text);
      articleTranslations++;
    }
  }
  return {
    contentDir,
    hugoContentDir,
    baselineContentDir,
    articles,
    articleTranslations,
    ...writeCalls(contentDir, count),
    ...writeEvents(contentDir, count),
  };
}
