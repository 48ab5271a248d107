/**
 * Status of a call for projects at a given instant, in Paris time whatever
 * the time zone of the machine or of the reader. A call opens at 00:00 in
 * Paris on its opening day; it closes at the time its deadline gives
 * (`2009-09-30T12:00`), or at the end of its deadline day in Paris. The
 * instants are computed at the build (`timingOf`, in call-timing.ts) and carried by the page,
 * so that the browser's script only compares them.
 */
// Nothing else: the browser's status script loads this module, which must share no chunk with the search.
import { parisDay } from './paris-day.ts';

export type CallStatus = 'upcoming' | 'open' | 'closed';

/** What the status depends on. */
export interface CallTiming {
  /** The opening day, `YYYY-MM-DD` in Paris. */
  opens: string;
  /** The instant it opens: 00:00 in Paris on that day. */
  opensAt: Date;
  /** The deadline: a Paris day, a Paris time (`HH:MM`) or none, and the instant it passes. */
  closes?: { day: string; time?: string | undefined; at: Date } | undefined;
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

/** The countdown of a call at `now`. */
export function callCountdown({ opensAt, closes, rolling }: CallTiming, now: Date): Countdown {
  if (now < opensAt) return { kind: 'upcoming' };
  if (rolling) return { kind: 'rolling' };
  if (!closes) return { kind: 'open' };
  if (now >= closes.at) return { kind: 'closed' };
  // Both days as midnight UTC: their difference is a whole number of days.
  const days = Math.round((Date.parse(closes.day) - Date.parse(parisDay(now))) / 86_400_000);
  return { kind: 'closes', days, time: closes.time };
}

/** The status of a call at `now`: upcoming, open or closed. */
export function callStatus(timing: CallTiming, now: Date): CallStatus {
  const { kind } = callCountdown(timing, now);
  return kind === 'upcoming' || kind === 'closed' ? kind : 'open';
}

/**
 * The labels a status badge carries in `data-labels`, in this order, one per
 * kind of countdown, written by the build in the page's language: `today`
 * and `tomorrow` already give the deadline's time, and `days` is a template
 * whose `%d` is the number of days left.
 */
export const COUNTDOWN_LABELS = ['upcoming', 'open', 'rolling', 'closed', 'today', 'tomorrow', 'days'] as const;

/** The kind of label a countdown takes, of `COUNTDOWN_LABELS`. */
export type CountdownLabel = (typeof COUNTDOWN_LABELS)[number];

/** Which of `COUNTDOWN_LABELS` a countdown takes. */
function countdownLabelKey(countdown: Countdown): CountdownLabel {
  if (countdown.kind !== 'closes') return countdown.kind;
  return countdown.days === 0 ? 'today' : countdown.days === 1 ? 'tomorrow' : 'days';
}

/**
 * The label of a countdown, from a badge's labels in `COUNTDOWN_LABELS`
 * order, with its number of days written in the digits of `locale` (a BCP 47
 * tag, the page's `lang`): « Ouvert — clôture dans 1 250 jours », "closes in
 * 1,250 days". `Intl` here rather than `formatNumber`: the badge's script
 * imports nothing the search page's script does (see CONTRIBUTING).
 */
export function countdownLabel(countdown: Countdown, labels: readonly string[], locale = 'fr'): string {
  const label = labels[COUNTDOWN_LABELS.indexOf(countdownLabelKey(countdown))] ?? '';
  return countdown.kind === 'closes' ? label.replace('%d', countdown.days.toLocaleString(locale)) : label;
}

/** Order of the calls list: open first, then upcoming, then closed. */
export const callStatusRank: Record<CallStatus, number> = { open: 0, upcoming: 1, closed: 2 };

/**
 * The `data-call-*` attributes that carry a call's timing in a page, for the
 * browser's script to recompute its status (`timingFromAttributes` reads
 * them back). Keys are `dataset` names (`callOpensAt` is
 * `data-call-opens-at`); instants are ISO strings in UTC.
 */
export function timingAttributes(timing: CallTiming): Record<string, string | undefined> {
  const { opens, opensAt, closes, rolling } = timing;
  return {
    'data-call-opens': opens,
    'data-call-opens-at': opensAt.toISOString(),
    'data-call-closes': closes && `${closes.day}${closes.time ? `T${closes.time}` : ''}`,
    'data-call-closes-at': closes?.at.toISOString(),
    'data-call-rolling': rolling ? '' : undefined,
  };
}

/**
 * The timing an element's `data-call-*` attributes carry (as written by
 * `timingAttributes`), from its `dataset`; `undefined` when the opening is
 * missing.
 */
export function timingFromAttributes(dataset: Record<string, string | undefined>): CallTiming | undefined {
  const { callOpens, callOpensAt, callCloses, callClosesAt, callRolling } = dataset;
  if (!callOpens || !callOpensAt) return undefined;
  const [day = '', time] = (callCloses ?? '').split('T');
  return {
    opens: callOpens,
    opensAt: new Date(callOpensAt),
    closes: callClosesAt ? { day, time, at: new Date(callClosesAt) } : undefined,
    rolling: callRolling !== undefined,
  };
}
