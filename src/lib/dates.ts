/**
 * Calendar dates of the content. A front-matter date (`2009-07-02`) is a day
 * in Europe/Paris, held as a `Date` at midnight UTC of that day so that its
 * year, month and day never shift with the time zone of the build machine.
 */

import { MONTHS } from './months.ts';
import { parisDay } from './paris-day.ts';

export { parisDay };

const TIME_ZONE = 'Europe/Paris';

// Marked pure: a browser script that uses none of them (the search's dates) leaves them out.
const parisParts = /* @__PURE__ */ new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const longDateOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
const longDate = /* @__PURE__ */ new Intl.DateTimeFormat('fr-FR', longDateOptions);
const englishLongDate = /* @__PURE__ */ new Intl.DateTimeFormat('en-GB', longDateOptions);

/** `YYYY-MM-DD` of a content date. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The content date for `YYYY-MM-DD` (midnight UTC of that day). */
export function fromIsoDay(day: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`Not a YYYY-MM-DD day: ${day}`);
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || isoDay(date) !== day) {
    throw new RangeError(`Not a real calendar day: ${day}`);
  }
  return date;
}

function wallClock(instant: Date): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const { type, value } of parisParts.formatToParts(instant)) {
    if (type !== 'literal') parts[type] = Number(value);
  }
  return parts;
}

/** The Paris wall-clock time of an instant, without offset: `2009-09-30T12:00:00`. */
export function parisWallTime(instant: Date): string {
  const p = wallClock(instant);
  const pad = (n: number | undefined, width = 2) => String(n).padStart(width, '0');
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** A day and time with its offset or `Z`, as CMSs export them: `2009-07-02T00:30:00+02:00`. */
const INSTANT = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|z|[+-]\d{2}(:?\d{2})?)$/;

/**
 * The content date (midnight UTC of a Paris day) of a date as written in
 * front matter: a day `2009-07-02` (a string, or the `Date` at midnight UTC
 * that YAML makes of it) is that day; an instant (a `Date` YAML read from
 * `2009-07-02T00:30:00+02:00`, or such a string quoted) is the day it falls
 * on in Paris, so `2009-07-01T23:30:00Z` is 2 July. Returns `undefined` for
 * anything else (another format, an impossible day, a time without offset
 * written as a string).
 */
export function contentDay(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : fromIsoDay(parisDay(value));
  if (typeof value !== 'string') return undefined;
  const written = value.trim();
  try {
    if (INSTANT.test(written)) {
      const instant = new Date(written.replace(' ', 'T'));
      return Number.isNaN(instant.getTime()) ? undefined : contentDay(instant);
    }
    return fromIsoDay(written);
  } catch {
    return undefined;
  }
}

/** The instant at which a day starts in Paris (00:00, winter or summer time). */
export function startOfParisDay(day: string): Date {
  const guess = fromIsoDay(day).getTime();
  const { year = 0, month = 1, day: date = 1, hour = 0, minute = 0, second = 0 } = wallClock(new Date(guess));
  const wall = Date.UTC(year, month - 1, date, hour, minute, second);
  // Paris is ahead of UTC, so midnight there is `wall - guess` earlier than midnight UTC.
  return new Date(guess - (wall - guess));
}

/** The next calendar day (`YYYY-MM-DD`). */
export function nextDay(day: string): string {
  return isoDay(new Date(fromIsoDay(day).getTime() + 86_400_000));
}

/** A content date in French, "2 juillet 2009", "1er juillet 2009", or in English, "2 July 2009". */
export function formatDate(date: Date, lang: 'fr' | 'en' = 'fr'): string {
  if (lang === 'en') return englishLongDate.format(date);
  const text = longDate.format(date);
  return date.getUTCDate() === 1 ? text.replace(/^1 /, '1er ') : text;
}

/** The year of a content date. */
export function yearOf(date: Date): number {
  return date.getUTCFullYear();
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * An instant as an RFC 822 date in Paris time, for feeds:
 * "Thu, 02 Jul 2009 00:00:00 +0200". Written in local time with its offset,
 * a feed shows the same day as the site, even to a reader without time zones.
 */
export function rfc822(instant: Date): string {
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = wallClock(instant);
  const offsetMinutes = Math.round((Date.UTC(year, month - 1, day, hour, minute, second) - instant.getTime()) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const pad = (n: number) => String(n).padStart(2, '0');
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${weekday}, ${pad(day)} ${MONTHS[month - 1]?.rfc822} ${year} ${pad(hour)}:${pad(minute)}:${pad(second)} ${offset}`;
}

/**
 * A moment as editors write it for a deadline or an event: a day in Paris,
 * or a day and a time of day there. `day` is a content date (midnight UTC of
 * the Paris day, like every other date of the content); `time` is `HH:MM`,
 * Paris wall-clock time, absent when the editor gave the day alone.
 */
export interface ParisMoment {
  day: Date;
  time?: string | undefined;
}

/**
 * The instant of a wall-clock time in Paris (`day` `YYYY-MM-DD`, `time`
 * `HH:MM`), in winter or summer time. A time that happens twice, when the
 * clocks go back (02:30 on the last Sunday of October), is the first one
 * (summer time).
 *
 * @throws {RangeError} for a day or time that is not real, or a time that
 * never happens in Paris (02:30 on the last Sunday of March, when the clocks
 * go forward).
 */
export function parisInstant(day: string, time = '00:00'): Date {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new RangeError(`Not a HH:MM time of day: ${time}`);
  const wall = fromIsoDay(day).getTime() + (Number(match[1]) * 60 + Number(match[2])) * 60_000;
  // Paris is UTC+1 or UTC+2: of the two candidate instants, the earlier one that reads as that wall time.
  for (const offsetHours of [2, 1]) {
    const instant = new Date(wall - offsetHours * 3_600_000);
    const { year = 0, month = 1, day: date = 1, hour = 0, minute = 0 } = wallClock(instant);
    if (Date.UTC(year, month - 1, date, hour, minute) === wall) return instant;
  }
  throw new RangeError(`${day} ${time} never happens in Paris: the clocks go forward at 02:00`);
}

/** A day and a time written `2009-09-30T12:00` (or with a space, or with `:00` seconds), without offset: Paris time. */
const PARIS_WALL_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2})(?::00)?$/;

/**
 * The moment written in front matter for a field that takes a day or a day
 * and a time in Paris: `2009-09-30` (or the `Date` at midnight UTC YAML makes
 * of it) is that day; `2009-09-30T12:00` is noon in Paris; an instant with
 * an offset (`2009-09-30T12:00:00+02:00`, as YAML reads it or quoted) is the
 * Paris day and time it falls on. Returns `undefined` for anything else (an
 * impossible day or time, a time that never happens in Paris).
 */
export function contentMoment(value: unknown): ParisMoment | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    // YAML makes midnight UTC of a bare day: that is the day, without time.
    if (value.getTime() % 86_400_000 === 0) return { day: value };
    return momentOfInstant(value);
  }
  if (typeof value !== 'string') return undefined;
  const written = value.trim();
  try {
    const wall = PARIS_WALL_TIME.exec(written);
    if (wall?.[1] && wall[2]) {
      parisInstant(wall[1], wall[2]);
      return { day: fromIsoDay(wall[1]), time: wall[2] };
    }
    if (INSTANT.test(written)) {
      const instant = new Date(written.replace(' ', 'T'));
      return Number.isNaN(instant.getTime()) ? undefined : momentOfInstant(instant);
    }
    return { day: fromIsoDay(written) };
  } catch {
    return undefined;
  }
}

/** The Paris day and time of an instant, to the minute. */
function momentOfInstant(instant: Date): ParisMoment {
  const { hour = 0, minute = 0 } = wallClock(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { day: fromIsoDay(parisDay(instant)), time: `${pad(hour)}:${pad(minute)}` };
}

/** The instant a moment starts: its time in Paris, or 00:00 Paris time of its day when it has none. */
export function momentStart(moment: ParisMoment): Date {
  return parisInstant(isoDay(moment.day), moment.time);
}

/**
 * The instant a moment is over, for a deadline or the end of an event: its
 * time in Paris, or, for a day without time, the end of that day in Paris
 * (00:00 of the next day), so that a call closing on 30 September is open
 * all that day.
 */
export function momentEnd(moment: ParisMoment): Date {
  return moment.time === undefined
    ? startOfParisDay(nextDay(isoDay(moment.day)))
    : parisInstant(isoDay(moment.day), moment.time);
}
