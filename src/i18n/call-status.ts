/**
 * The words of a call's status and countdown, French and English: the only
 * strings of the calls that the browser loads (`src/scripts/call-status.ts`),
 * kept apart so that the script stays small.
 */
import type { Countdown } from '../lib/call-status.ts';
import { defineStrings } from './strings.ts';

const NBSP = '\u00a0';

/** « 12 h », « 9 h 30 ». */
const frenchTime = (time: string) => {
  const [hours = '0', minutes = '00'] = time.split(':');
  return `${Number(hours)}${NBSP}h${minutes === '00' ? '' : `${NBSP}${minutes}`}`;
};

/** The French words, which the browser's script imports alone (an object's unused language is not left out of a bundle). */
export const frenchStatus = {
  time: frenchTime,
  status: (countdown: Countdown): string => {
    switch (countdown.kind) {
      case 'upcoming':
        return 'À venir';
      case 'open':
        return 'Ouvert';
      case 'rolling':
        return 'Ouvert jusqu’à épuisement des crédits';
      case 'closed':
        return 'Clôturé';
      case 'closes': {
        const at = countdown.time ? ` à ${frenchTime(countdown.time)}` : '';
        if (countdown.days === 0) return `Ouvert — clôture aujourd’hui${at}`;
        if (countdown.days === 1) return `Ouvert — clôture demain${at}`;
        return `Ouvert — clôture dans ${countdown.days} jours`;
      }
    }
  },
  statusOfReader: (day: string) => `Statut au ${day}.`,
};

export const callStatusStrings = defineStrings({
  fr: frenchStatus,
  en: {
    // The 24-hour time as written: « 12:00 ».
    time: (time: string) => time,
    status: (countdown: Countdown): string => {
      switch (countdown.kind) {
        case 'upcoming':
          return 'Upcoming';
        case 'open':
          return 'Open';
        case 'rolling':
          return 'Open until funds run out';
        case 'closed':
          return 'Closed';
        case 'closes': {
          const at = countdown.time ? ` at ${countdown.time}` : '';
          if (countdown.days === 0) return `Open — closes today${at}`;
          if (countdown.days === 1) return `Open — closes tomorrow${at}`;
          return `Open — closes in ${countdown.days} days`;
        }
      }
    },
    statusOfReader: (day: string) => `Status as of ${day}.`,
  },
});
