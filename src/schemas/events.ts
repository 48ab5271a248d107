/** Events (Agenda): `content/events/<id>.md(x)`. */
import { z } from 'astro/zod';
import {
  day,
  dayTime,
  draft,
  expected,
  ids,
  imagePath,
  list,
  oneOf,
  strictFields,
  text,
  url,
  withEntryImage,
} from './fields.ts';
import { isoDay } from '../lib/dates.ts';
import { momentKey } from '../lib/event-dates.ts';
import { isFreePrice } from '../lib/event-price.ts';

/** The statuses of an event, as editors write them. */
const eventStatuses = ['prévu', 'annulé', 'reporté'] as const;

export type EventStatusField = (typeof eventStatuses)[number];

export const eventsSchema = withEntryImage('image', () =>
  strictFields({
    /**
     * Le nom de l'événement, affiché en tête de page, dans l'agenda et dans les calendriers. Obligatoire.
     * @example title: Lancement officiel du Pôle Image
     */
    title: text('un titre'),
    /**
     * Ce qu'est l'événement, en une phrase, reprise sur les cartes, dans la description de la page et dans le flux RSS. Obligatoire.
     * @example description: Le Pôle Image est lancé officiellement au Fresnoy, à Tourcoing.
     */
    description: text('une phrase de présentation'),
    /**
     * Le début, à l'heure de Paris : un jour (`2009-07-01`) pour un événement sur la journée entière, ou un jour et une heure (`2009-07-01T18:30`). Obligatoire.
     * @example start: 2009-07-01T18:30
     */
    start: dayTime(),
    /**
     * La fin, écrite comme `start` (un jour, ou un jour et une heure) et jamais avant lui : `2009-07-03` pour un événement de plusieurs jours, `2009-07-01T21:00` pour une soirée. Par défaut : aucune, l'événement tient dans le jour de `start`.
     * @example end: 2009-07-01T21:00
     */
    end: dayTime().optional(),
    /**
     * Le jour où l'événement est annoncé sur le site, écrit `2009-07-01` : c'est la date de l'annonce dans le flux RSS de l'agenda ; un événement annoncé dans le futur attend ce jour pour être publié. Jamais après le jour de `start` : pour un événement passé ajouté après coup, écrivez le jour où il a eu lieu. Obligatoire.
     * @example announced: 2009-06-15
     */
    announced: day(),
    /**
     * Le lieu : `name` (son nom), `address` (la rue, si on la connaît) et `city` (la ville). Par défaut : aucun ; il faut au moins `location` ou `online`.
     * @example location:
     *   name: Le Fresnoy – Studio national des arts contemporains
     *   city: Tourcoing
     */
    location: strictFields(
      {
        name: text('le nom du lieu'),
        address: text("l'adresse du lieu").optional(),
        city: text('la ville'),
      },
      'un lieu, avec name, city et si besoin address',
    ).optional(),
    /**
     * L'adresse web où suivre l'événement en ligne, commençant par `https://`. Par défaut : aucune ; il faut au moins `location` ou `online`.
     * @example online: https://www.example.org/direct
     */
    online: url().optional(),
    /**
     * L'adresse où s'inscrire, commençant par `https://` ; le bouton « S'inscrire » disparaît une fois l'événement passé. Par défaut : aucune.
     * @example registrationUrl: https://www.example.org/inscription
     */
    registrationUrl: url().optional(),
    /**
     * Le prix, en texte (`15 €, 10 € pour les étudiants`), ou `0` pour un événement gratuit, affiché « Entrée libre » ; un texte qui ne dit que la gratuité (`"0"`, `0 €`, `gratuit`, `entrée libre`) vaut `0`, un nombre seul (`"15"`) est refusé faute de monnaie. Par défaut : aucun prix affiché.
     * @example price: 0
     */
    price: z
      .union([z.literal(0), text('un prix').transform((price) => (isFreePrice(price) ? 0 : price))], {
        error: expected('un prix écrit en texte, comme "15 €", ou 0 pour « Entrée libre »'),
      })
      .optional(),
    /**
     * Les membres qui organisent l'événement, par leurs identifiants (noms de fichiers de `content/members/` sans extension). Par défaut : `[]`.
     * @example organizers: [le-fresnoy]
     */
    organizers: ids('un membre'),
    /**
     * Les autres membres qui y prennent part (intervenants, partenaires), par leurs identifiants. Par défaut : `[]`.
     * @example members: [lille-metropole, valenciennes-metropole]
     */
    members: ids('un membre'),
    /**
     * Les appels à projets dont l'événement parle (noms de fichiers de `content/calls/` sans extension). Par défaut : `[]`.
     * @example calls: [appel-a-projets-2009]
     */
    calls: ids('un appel à projets'),
    /**
     * `prévu`, `annulé` ou `reporté` ; un événement annulé ou reporté garde sa page, et son texte doit dire pourquoi (et, s'il est reporté, à quand). Par défaut : `prévu`.
     * @example status: annulé
     */
    status: oneOf(eventStatuses).default('prévu'),
    /**
     * Les changements annoncés après la publication, chacun avec sa date (`date`) et une phrase (`note`) : chaque ligne ajoutée fait savoir aux agendas abonnés que l'événement a changé. Un changement daté d'un jour à venir n'apparaît qu'à partir de ce jour, comme une actualité datée. Par défaut : `[]`.
     * @example changes:
     *   - date: 2009-06-20
     *     note: La soirée commence à 19 h au lieu de 18 h 30.
     */
    changes: list(
      strictFields({ date: day(), note: text('une phrase sur le changement') }, 'un changement, avec date et note'),
      'de changements, chacun avec date et note',
    ),
    /**
     * Une illustration, chemin relatif au fichier de l'événement, par exemple `./affiche.jpg`. Par défaut : aucune.
     * @example image: ./affiche.jpg
     */
    image: imagePath().optional(),
    /**
     * Le texte qui décrit l'illustration aux personnes qui ne la voient pas ; obligatoire quand `image` est renseigné.
     * @example imageAlt: L'affiche du lancement, sur fond bleu
     */
    imageAlt: text("un texte décrivant l'image").optional(),
    /**
     * Les mots clés de l'événement. Par défaut : `[]`.
     * @example tags: [lancement]
     */
    tags: list(text('un mot-clé'), 'de mots-clés'),
    /**
     * `true` garde l'événement hors du site publié, des calendriers, des flux, de la recherche et du plan du site. Par défaut : `false`.
     * @example draft: true
     */
    draft: draft(),
  }).superRefine((data, ctx) => {
    if (data.image && !data.imageAlt) {
      ctx.addIssue({
        code: 'custom',
        path: ['imageAlt'],
        message:
          "champ obligatoire quand « image » est renseigné : un texte décrivant l'image pour les personnes qui ne la voient pas",
      });
    }
    if (!data.location && !data.online) {
      ctx.addIssue({
        code: 'custom',
        path: ['location'],
        message:
          "il faut dire où a lieu l'événement : « location » (name et city) pour un lieu, « online » (son adresse https://) pour un événement en ligne, ou les deux",
      });
    }
    if (data.end && Boolean(data.end.time) !== Boolean(data.start.time)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: data.start.time
          ? `doit avoir une heure comme « start », par exemple ${isoDay(data.end.day)}T21:00, ou être retiré`
          : `doit être un jour sans heure comme « start », par exemple ${isoDay(data.end.day)}, ou « start » doit avoir une heure aussi`,
      });
    } else if (data.end && momentKey(data.end) < momentKey(data.start)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: 'la fin ne peut pas précéder le début (« start »)',
      });
    }
    // A bare number, quoted or not, says no currency: `price: 15` is refused as a number, `price: "15"` here.
    if (typeof data.price === 'string' && /^\d+(?:[.,]\d+)?$/.test(data.price)) {
      ctx.addIssue({
        code: 'custom',
        path: ['price'],
        message: `« ${data.price} » ne dit pas en quelle monnaie : écrivez price: ${data.price} €, ou price: 0 pour « Entrée libre »`,
      });
    }
    if (isoDay(data.announced) > isoDay(data.start.day)) {
      ctx.addIssue({
        code: 'custom',
        path: ['announced'],
        message: `vient après le début (« start » : ${isoDay(data.start.day)}) : l'événement resterait caché tant qu'il est à venir. Écrivez le jour où il a été rendu public, au plus tard celui du début (« announced: ${isoDay(data.start.day)} »), ou corrigez « start »`,
      });
    }
    // A change is news to subscribers of an event already announced, as a call's is of a call already open.
    data.changes.forEach((change, index) => {
      if (isoDay(change.date) < isoDay(data.announced)) {
        ctx.addIssue({
          code: 'custom',
          path: ['changes', index, 'date'],
          message: `un changement ne peut pas précéder l'annonce de l'événement (« announced » : ${isoDay(data.announced)}) : vérifiez sa date ; ce qui a changé avant l'annonce se corrige directement dans les champs`,
        });
      }
    });
  }),
);
