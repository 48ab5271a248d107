/**
 * When an event takes place, from its `start` and `end` as editors write
 * them (a Paris day, or a Paris day and time): the instants it starts and
 * ends, its status at a given instant, and its dates in French or English.
 */
import { formatDate, isoDay, momentEnd, momentStart, parisInstant, type ParisMoment } from './dates.ts';

/** The `start` and `end` of an event, as its schema reads them. */
export interface EventTiming {
  start: ParisMoment;
  end?: ParisMoment | undefined;
}

/** A moment as text that sorts in time order: `2009-07-01T` (a whole day) before `2009-07-01T18:30`. */
export function momentKey({ day, time }: ParisMoment): string {
  return `${isoDay(day)}T${time ?? ''}`;
}

/** The instants an event starts and ends (exclusive), and whether it takes whole days. */
export interface EventSpan {
  starts: Date;
  ends: Date;
  allDay: boolean;
  /** The first and last days it covers (`YYYY-MM-DD`, Paris). */
  firstDay: string;
  lastDay: string;
}

/**
 * The span of an event. A day without time starts at 00:00 in Paris and,
 * as an end, includes the whole day; a time is Paris time, winter or summer.
 * Without `end`, a whole-day event lasts its day, and a timed one lasts until
 * the end of its day: the source gives no end, and it is not over before.
 */
export function eventSpan({ start, end }: EventTiming): EventSpan {
  const lastDay = end?.day ?? start.day;
  return {
    starts: momentStart(start),
    ends: end ? momentEnd(end) : momentEnd({ day: start.day }),
    allDay: start.time === undefined,
    firstDay: isoDay(start.day),
    lastDay: isoDay(lastDay),
  };
}

const weekdays = {
  fr: new Intl.DateTimeFormat('fr-FR', { weekday: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }),
};

/** « 18 h 30 », « 21 h » for `18:30`, `21:00`; in English the 24-hour clock as written, `18:30`, as the calls' deadlines. */
export function formatTime(time: string, lang: 'fr' | 'en' = 'fr'): string {
  if (lang === 'en') return time;
  const [hours = '0', minutes = '00'] = time.split(':');
  return `${Number(hours)}\u00a0h${minutes === '00' ? '' : `\u00a0${minutes}`}`;
}

/** « mercredi 1er juillet 2009 », "Wednesday 1 July 2009" (British order, no comma) for the content date of 1 July 2009. */
export function formatLongDay(day: Date, lang: 'fr' | 'en' = 'fr'): string {
  return `${weekdays[lang].format(day)} ${formatDate(day, lang)}`;
}

/**
/**
 * « 1er au 3 juillet 2009 », « 30 juin au 2 juillet 2009 », « 31 décembre 2009 au 2 janvier 2010 »;
 * in English "1–3 July 2009", "30 June – 2 July 2009", "31 December 2009 – 2 January 2010".
 */
function dayRange(first: Date, last: Date, lang: 'fr' | 'en'): string {
  const [from, to] = [formatDate(first, lang), formatDate(last, lang)];
  const [firstDay, lastDay] = [isoDay(first), isoDay(last)];
  const [link, closed] = lang === 'fr' ? [' au ', ' au '] : ['\u2013', ' \u2013 '];
  if (firstDay.slice(0, 7) === lastDay.slice(0, 7)) return `${from.split(' ')[0] ?? from}${link}${to}`;
  if (firstDay.slice(0, 4) === lastDay.slice(0, 4)) return `${from.replace(/ \d{4}$/, '')}${closed}${to}`;
  return `${from}${closed}${to}`;
}

/**
 * The last day an event covers and the time it ends there, as readers say
 * it: an end at 00:00 the next day is « minuit » ("midnight") of the day
 * before, so that an evening until midnight stays one evening.
 */
function wallEnd({ start, end }: EventTiming, lang: 'fr' | 'en'): { lastDay: Date; endTime?: string | undefined } {
  if (!end) return { lastDay: start.day };
  if (end.time !== '00:00' || isoDay(end.day) <= isoDay(start.day)) {
    return { lastDay: end.day, endTime: end.time && formatTime(end.time, lang) };
  }
  return { lastDay: new Date(end.day.getTime() - 86_400_000), endTime: lang === 'fr' ? 'minuit' : 'midnight' };
}

/** The dates of an event as its page, cards and feeds show them. */
export interface EventDates {
  /** « mercredi 1er juillet 2009 », « du 1er au 3 juillet 2009 »; "Wednesday 1 July 2009", "1–3 July 2009". */
  date: string;
  /**
   * For a timed event of one day: « 18 h 30 – 21 h », « 20 h – minuit », « à partir de 18 h 30 »,
   * « à 18 h 30 » when it ends as it starts; "18:30–21:00", "20:00–midnight", "from 18:30", "at 18:30".
   */
  time?: string;
  /** Whether it covers several days (its times, if any, are then in `date`). */
  multiDay: boolean;
}

/**
 * The dates of an event in French (default) or English. A timed event over
 * several days gives both times in `date` (« du mercredi … à 18 h 30 au
 * jeudi … à 12 h », "from Saturday 24 October 2009, 18:30 to Sunday 25 October 2009, 12:00").
 */
export function formatEventDates({ start, end }: EventTiming, lang: 'fr' | 'en' = 'fr'): EventDates {
  const { lastDay, endTime } = wallEnd({ start, end }, lang);
  const fr = lang === 'fr';
  if (isoDay(lastDay) !== isoDay(start.day)) {
    if (start.time && endTime) {
      const at = (day: Date, time: string) => `${formatLongDay(day, lang)}${fr ? ' à ' : ', '}${time}`;
      return {
        date: `${fr ? 'du' : 'from'} ${at(start.day, formatTime(start.time, lang))} ${fr ? 'au' : 'to'} ${at(lastDay, endTime)}`,
        multiDay: true,
      };
    }
    return { date: `${fr ? 'du ' : ''}${dayRange(start.day, lastDay, lang)}`, multiDay: true };
  }
  if (!start.time) return { date: formatLongDay(start.day, lang), multiDay: false };
  const from = formatTime(start.time, lang);
  const time = !endTime
    ? `${fr ? 'à partir de' : 'from'} ${from}`
    : endTime === from
      ? `${fr ? 'à' : 'at'} ${from}`
      : `${from}${fr ? ' – ' : '\u2013'}${endTime}`;
  return { date: formatLongDay(start.day, lang), time, multiDay: false };
}

/**
 * A moment as ISO 8601 for schema.org: the day alone for a whole day
 * (`2009-07-01`), else the Paris time with its offset (`2009-07-01T18:30:00+02:00`).
 */
export function isoMoment({ day: date, time }: ParisMoment): string {
  const day = isoDay(date);
  if (!time) return day;
  const offset = Math.round((Date.parse(`${day}T${time}:00Z`) - parisInstant(day, time).getTime()) / 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day}T${time}:00${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}
