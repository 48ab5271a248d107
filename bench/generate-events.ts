/**
 * The events (agenda) of the generated site: one in ten of each kind (a
 * whole day, an evening, a festival over several days, a cancelled one, a
 * meeting at a fixed time, an online one, a postponed one, one filling every
 * field, an evening ending at midnight, several days with times), spread
 * from 2009 to 2030, so that both past and upcoming events exist; one in
 * three with an English translation.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../src/lib/slug.ts';
import { FULL_CALL_ID, INVENTED_MEMBERS } from './generate-calls.ts';
import {
  CALL,
  ENGLISH,
  FRENCH,
  MEMBERS,
  PHOTOS,
  addDays,
  between,
  capitalise,
  isoDay,
  paragraph,
  pick,
  random,
  some,
  yamlString,
  type Words,
} from './generate-text.ts';

/** The number of events generated for `articles` articles: one per 30 articles, at least 10, at most 400. */
export const eventCount = (articles: number) => Math.min(400, Math.max(10, Math.floor(articles / 30)));

/** Whether event number `index` has an English translation: every third one, and the full one. */
const eventTranslated = (index: number) => index % 3 === 0 || index === FULL_EVENT;

/** The event that fills every field, on fixed future days whatever the number of events. */
const FULL_EVENT = 8;

const KINDS = [
  ['Rencontre professionnelle', 'Industry meeting'],
  ['Projection en avant-première', 'Preview screening'],
  ['Atelier', 'Workshop'],
  ['Journée de formation', 'Training day'],
  ['Festival', 'Festival'],
  ['Table ronde', 'Round table'],
  ['Jury', 'Jury'],
  ['Soirée de lancement', 'Launch evening'],
] as const;
const VENUES = [
  ['Auditorium de la Plaine Images', 'Tourcoing'],
  ["Maison de l'image", 'Valenciennes'],
  ['Cinéma de quartier', 'Roubaix'],
  ['Halle aux sucres', 'Lille'],
  ['Salle des fêtes', 'Denain'],
] as const;

const FIRST_DAY = Date.UTC(2009, 8, 1);
const LAST_DAY = Date.UTC(2030, 11, 31);
/** The last day an announcement or a change may have, so that every run publishes the same events. */
const LAST_ANNOUNCED = new Date(Date.UTC(2025, 11, 31));

/** The title of event `index` in French and English, and what it is about (an index of `Words.objects`), from its own draws. */
function titles(index: number): [string, string, number] {
  const rng = random(index * 6271 + 29);
  const kind = pick(rng, KINDS);
  const object = between(rng, 0, FRENCH.objects.length - 1);
  return [`${kind[0]} : ${FRENCH.objects[object]}`, `${kind[1]}: ${ENGLISH.objects[object]}`, object];
}

/** The file name of event `index`: its French title, shortened, and its number. */
export function eventId(index: number): string {
  return `${slugify(titles(index)[0]).split('-').slice(0, 8).join('-')}-${index}`;
}

/** The event that fills every field, measured by `npm run bench` (page weight, Lighthouse). */
export const FULL_EVENT_ID = eventId(FULL_EVENT);

const time = (day: Date, hhmm: string) => `${isoDay(day)}T${hhmm}`;

/** Event number `index` of `count`, in French or English (from the same draws). */
function event(index: number, count: number, words: Words): string {
  const rng = random(index * 7717 + 3);
  const fr = words.lang === 'fr';
  const kind = index % 10;
  const full = kind === 8;
  const day =
    index === FULL_EVENT
      ? new Date(Date.UTC(2029, 5, 12))
      : new Date(
          FIRST_DAY +
            Math.floor(((LAST_DAY - FIRST_DAY) * (index - 1)) / Math.max(count - 1, 1) / 86_400_000) * 86_400_000,
        );
  const announced =
    day <= LAST_ANNOUNCED
      ? new Date(Math.max(Date.UTC(2009, 6, 1), addDays(day, -between(rng, 14, 60)).getTime()))
      : addDays(new Date(Date.UTC(2025, 5, 1)), (index * 7) % 180);
  const [start, end] =
    kind === 1
      ? [isoDay(day)]
      : kind === 2 || kind === 4
        ? [time(day, '18:30'), time(day, '21:00')]
        : kind === 3
          ? [isoDay(day), isoDay(addDays(day, 2))]
          : kind === 5
            ? [time(day, '10:00'), time(day, '10:00')]
            : kind === 6
              ? [time(day, '14:00'), time(day, '16:30')]
              : kind === 7
                ? [time(day, '19:00'), time(day, '22:00')]
                : kind === 9
                  ? [time(day, '20:00'), time(addDays(day, 1), '00:00')]
                  : [time(day, '09:30'), time(addDays(day, 1), '18:00')];
  const venue = pick(rng, VENUES);
  const tags = some(rng, words.keywords, between(rng, 1, 3));
  const organizer = pick(rng, INVENTED_MEMBERS);
  const guests = some(rng, MEMBERS, between(rng, 1, 2));
  const image = kind === 3 || kind === 0 || full ? `./images/photo-${(index % PHOTOS) + 1}.jpg` : undefined;
  const [frenchTitle, englishTitle, subject] = titles(index);
  const object = words.objects[subject] ?? '';
  const price =
    kind === 2 || kind === 3
      ? fr
        ? '15 €, 10 € pour les étudiants'
        : '€15, €10 for students'
      : full
        ? fr
          ? '8 €, 5 € pour les membres'
          : '€8, €5 for members'
        : kind === 6
          ? 0
          : undefined;
  const status = kind === 4 ? 'annulé' : kind === 7 ? 'reporté' : undefined;
  const front = ['---', `title: ${yamlString(fr ? frenchTitle : englishTitle)}`];
  front.push(
    `description: ${yamlString(`${pick(rng, words.subjects)} ${pick(rng, words.verbs)} ${object} ${pick(rng, words.places)}.`)}`,
  );
  if (fr) {
    front.push(`start: ${start}`);
    if (end) front.push(`end: ${end}`);
    front.push(`announced: ${isoDay(announced)}`);
    if (kind !== 6) {
      front.push('location:', `  name: ${yamlString(venue[0])}`);
      if (full || kind === 3) front.push(`  address: ${between(rng, 1, 90)} rue de l'Exemple`);
      front.push(`  city: ${venue[1]}`);
    }
    if (kind === 6 || full) front.push(`online: https://www.example.org/direct/${index}`);
    if (kind === 2 || kind === 3 || full) front.push(`registrationUrl: https://www.example.org/inscription/${index}`);
  }
  if (price !== undefined && (fr || price !== 0)) front.push(`price: ${yamlString(String(price))}`);
  if (fr) {
    front.push(`organizers: [${organizer[0]}]`);
    if (kind === 2 || full) front.push(`members: [${guests.map(([id]) => id).join(', ')}]`);
    if (full) front.push(`calls: [${CALL}, ${FULL_CALL_ID}]`);
    else if (kind === 3) front.push(`calls: [${FULL_CALL_ID}]`);
    if (status) front.push(`status: ${status}`);
    if (kind === 4 || full) {
      front.push('changes:', `  - date: ${isoDay(addDays(announced, 7))}`);
      front.push(
        `    note: ${kind === 4 ? 'La rencontre est annulée.' : "L'accueil commence à 9 h 30 au lieu de 10 h."}`,
      );
    }
    if (image) front.push(`image: ${image}`);
  }
  if (image)
    front.push(
      `imageAlt: ${yamlString(fr ? `L'affiche de l'événement : ${object}` : `The event’s poster: ${object}`)}`,
    );
  front.push(`tags: [${tags.map(yamlString).join(', ')}]`);
  if (fr && full) front.push('draft: false');
  front.push('---', '');

  const members = fr ? '/membres' : '/en/members';
  const calls = fr ? '/appels-a-projets' : '/en/calls';
  const mentions = [
    fr
      ? `L'événement est organisé par [${organizer[1]}](${members}/${organizer[0]}/).`
      : `The event is organised by [${organizer[1]}](${members}/${organizer[0]}/).`,
    ...(full
      ? [
          fr
            ? `Il présente les lauréats de l'[appel à projets complet](${calls}/${FULL_CALL_ID}/).`
            : `It presents the winners of the [full call for projects](${calls}/${FULL_CALL_ID}/).`,
        ]
      : []),
  ];
  const blocks: string[] = [];
  if (status)
    blocks.push(
      fr
        ? status === 'annulé'
          ? "La rencontre est annulée : la salle n'est plus disponible. Les personnes inscrites sont prévenues."
          : 'La séance est reportée à une date à fixer ; les inscriptions restent valables.'
        : status === 'annulé'
          ? 'The meeting is cancelled: the venue is no longer available. Registered people have been told.'
          : 'The session is postponed to a date yet to be set; registrations remain valid.',
    );
  for (let p = 0; p < between(rng, 2, 3); p++) blocks.push(paragraph(rng, words, mentions.shift()));
  if (full) blocks.push('## Programme', paragraph(rng, words, `${capitalise(object)}.`));
  return `${front.join('\n')}\n${blocks.join('\n\n')}\n`;
}

/**
 * Writes the events into `contentDir/events/` (and `en/` for the
 * translated ones), the photos being already in `events/images/`. Returns
 * the number of events and of their translations.
 */
export function writeEvents(contentDir: string, articles: number): { events: number; eventTranslations: number } {
  const count = eventCount(articles);
  let eventTranslations = 0;
  for (let index = 1; index <= count; index++) {
    const id = eventId(index);
    writeFileSync(join(contentDir, 'events', `${id}.md`), event(index, count, FRENCH));
    if (eventTranslated(index)) {
      writeFileSync(join(contentDir, 'events/en', `${id}.md`), event(index, count, ENGLISH));
      eventTranslations++;
    }
  }
  return { events: count, eventTranslations };
}
