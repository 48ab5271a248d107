/**
 * Status of a call for projects on a given day. Opening and closing days are
 * inclusive and counted in Europe/Paris: a call closing on 30 September is
 * still open until 23:59:59 that day, Paris time.
 */
import { isoDay, parisDay } from './dates.ts';

export type CallStatus = 'upcoming' | 'open' | 'closed';

export interface CallDates {
  opens: Date;
  closes?: Date | undefined;
}

export function callStatus({ opens, closes }: CallDates, now: Date): CallStatus {
  const today = parisDay(now);
  if (today < isoDay(opens)) return 'upcoming';
  if (closes && today > isoDay(closes)) return 'closed';
  return 'open';
}

/** Labels shown on badges. */
export const callStatusLabel: Record<CallStatus, string> = {
  open: 'Ouvert',
  upcoming: 'À venir',
  closed: 'Clôturé',
};

/** Order of the calls list: open first, then upcoming, then closed. */
export const callStatusRank: Record<CallStatus, number> = { open: 0, upcoming: 1, closed: 2 };
