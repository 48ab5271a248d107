/**
 * Whether an event is to come, under way or over at an instant. On its own,
 * without imports, so that the browser script that keeps statuses right
 * after the build stays small.
 */

export type EventStatus = 'upcoming' | 'ongoing' | 'past';

/** The labels' order in a status badge's `data-labels` (`À venir|En cours|Passé`). */
export const EVENT_STATUSES: readonly EventStatus[] = ['upcoming', 'ongoing', 'past'];

/** The status at `now` of an event from `starts` (inclusive) to `ends` (exclusive). */
export function eventStatus(span: { starts: Date; ends: Date }, now: Date): EventStatus {
  if (now < span.starts) return 'upcoming';
  return now < span.ends ? 'ongoing' : 'past';
}
