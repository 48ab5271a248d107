/**
 * Keeps the agenda right after the site was built: at each visit, every
 * event's status (à venir, en cours, passé) is computed again for the
 * reader's instant, an event that has ended moves from the upcoming list to
 * the past one, and its registration button goes. Instants are compared,
 * not wall clocks, so the reader's own time zone changes nothing. Without
 * JavaScript the build-time statuses stay, with their date. Its words come
 * from the page, in its language (`data-labels`, `data-event-stamp`).
 */
import { EVENT_STATUSES, eventStatus } from '../lib/event-status.ts';
import { formatParisDay } from '../lib/paris-day.ts';

/**
 * Moves the events of an agenda's upcoming list that are now over to the top
 * of its past list (newest first), and shows what waits for an empty
 * upcoming list (`data-event-when-empty`). Empty lists hide through CSS.
 */
function moveEnded(agenda: HTMLElement): void {
  const upcoming = agenda.querySelector('[data-event-list="upcoming"]');
  const past = agenda.querySelector('[data-event-list="past"]');
  if (!upcoming || !past) return;
  past.prepend(...[...upcoming.querySelectorAll(':scope > li:has([data-event-status="past"])')].reverse());
  const empty = !upcoming.children.length;
  for (const element of agenda.querySelectorAll<HTMLElement>('[data-event-when-empty]')) element.hidden = !empty;
}

/** Brings every event status of `root` up to date for `now`. */
export function refreshEventStatuses(root: ParentNode, now = new Date()): void {
  for (const card of root.querySelectorAll<HTMLElement>('[data-event-starts]')) {
    const { eventStarts = '', eventEnds = '' } = card.dataset;
    const status = eventStatus({ starts: new Date(eventStarts), ends: new Date(eventEnds) }, now);
    card.dataset.eventStatus = status;
    const badge = card.querySelector<HTMLElement>('[data-event-live]');
    if (badge) {
      badge.dataset.status = status;
      badge.textContent = badge.dataset.labels?.split('|')[EVENT_STATUSES.indexOf(status)] ?? '';
    }
    card.querySelector('[data-event-registration]')?.toggleAttribute('hidden', status === 'past');
  }
  for (const agenda of root.querySelectorAll<HTMLElement>('[data-agenda]')) moveEnded(agenda);
  for (const stamp of root.querySelectorAll<HTMLElement>('[data-event-stamp]')) {
    const { eventStamp = '', locale = 'fr-FR' } = stamp.dataset;
    stamp.textContent = eventStamp.replace('%s', formatParisDay(now, locale));
  }
}
