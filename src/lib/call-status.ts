/**
 * Status of a call for projects at a given instant, in Paris time whatever
 * the time zone of the machine or of the reader. A call opens at 00:00 in
 * Paris on its opening day; it closes at the time its deadline gives
 * (`2009-09-30T12:00`), or at the end of its deadline day in Paris.
 */
import { fromIsoDay, isoDay, momentEnd, parisDay, startOfParisDay, type ParisMoment } from './dates.ts';

export type CallStatus = 'upcoming' | 'open' | 'closed';

/** A deadline as editors write it: a Paris day (`YYYY-MM-DD`), and a time of day (`HH:MM`) or none. */
export interface Deadline {
  day: string;
  time?: string | undefined;
}

/** What the status depends on. */
export interface CallTiming {
  /** The opening day, `YYYY-MM-DD` in Paris. */
  opens: string;
  closes?: Deadline | undefined;
  /** Open « jusqu'à épuisement des crédits »: never closes by date. */
  rolling?: boolean | undefined;
}

/**
 * Where a call stands, for its label: not open yet, open with no known
 * deadline, open until funds run out, open with a deadline `days` calendar
 * days away in Paris (0: today, 1: tomorrow) at `time` (or the day's end),
 * or closed.
 */
export type Countdown =
  | { kind: 'upcoming' }
  | { kind: 'open' }
  | { kind: 'rolling' }
  | { kind: 'closes'; days: number; time?: string | undefined }
  | { kind: 'closed' };

/** The instant a deadline passes: its time in Paris, or the start of the next Paris day. */
export function deadlineInstant({ day, time }: Deadline): Date {
  return momentEnd({ day: fromIsoDay(day), time });
}

/** Calendar days from one Paris day to another (`YYYY-MM-DD`). */
function daysBetween(from: string, to: string): number {
  return Math.round((fromIsoDay(to).getTime() - fromIsoDay(from).getTime()) / 86_400_000);
}

/** The countdown of a call at `now`. */
export function callCountdown({ opens, closes, rolling }: CallTiming, now: Date): Countdown {
  if (now < startOfParisDay(opens)) return { kind: 'upcoming' };
  if (rolling) return { kind: 'rolling' };
  if (!closes) return { kind: 'open' };
  if (now >= deadlineInstant(closes)) return { kind: 'closed' };
  return { kind: 'closes', days: daysBetween(parisDay(now), closes.day), time: closes.time };
}

/** The status of a call at `now`: upcoming, open or closed. */
export function callStatus(timing: CallTiming, now: Date): CallStatus {
  const { kind } = callCountdown(timing, now);
  return kind === 'upcoming' || kind === 'closed' ? kind : 'open';
}

/** Order of the calls list: open first, then upcoming, then closed. */
export const callStatusRank: Record<CallStatus, number> = { open: 0, upcoming: 1, closed: 2 };

/** The timing of a call as its front matter gives it. */
export function timingOf(data: {
  opens: Date;
  closes?: ParisMoment | undefined;
  rolling?: boolean | undefined;
}): CallTiming {
  return {
    opens: isoDay(data.opens),
    closes: data.closes && { day: isoDay(data.closes.day), time: data.closes.time },
    rolling: data.rolling,
  };
}
