/**
 * Keeps the agenda right after the site was built: at each visit, every
 * event's status (à venir, en cours, passé) is computed again for the
 * reader's instant, an event that has ended moves from the upcoming list to
 * the past one, and its registration button goes. Instants are compared,
 * not wall clocks, so the reader's own time zone changes nothing. Without
 * JavaScript the build-time statuses stay, with their date.
 */
import { agendaStrings } from '../i18n/agenda.ts';
import { formatDate, fromIsoDay, parisDay } from '../lib/dates.ts';
import { eventStatus, type EventStatus } from '../lib/event-dates.ts';

const t = agendaStrings.fr;

function statusOf(element: HTMLElement, now: Date): EventStatus | undefined {
  const { eventStarts, eventEnds } = element.dataset;
  if (!eventStarts || !eventEnds) return undefined;
  return eventStatus({ starts: new Date(eventStarts), ends: new Date(eventEnds) }, now);
}

/** Moves the events of `upcoming` that are over to the top of `past`, keeping past events newest first. */
function moveEnded(agenda: HTMLElement, now: Date): void {
  const upcoming = agenda.querySelector<HTMLElement>('[data-event-list="upcoming"]');
  const past = agenda.querySelector<HTMLElement>('[data-event-list="past"]');
  if (!upcoming) return;
  const ended = ([...upcoming.children] as HTMLElement[]).filter((item) => {
    const card = item.querySelector<HTMLElement>('[data-event-starts]');
    return card && statusOf(card, now) === 'past';
  });
  if (past) past.prepend(...ended.reverse());
  else for (const item of ended) item.remove();
  const empty = upcoming.children.length === 0;
  upcoming.hidden = empty;
  for (const note of agenda.querySelectorAll<HTMLElement>('[data-event-empty]')) note.hidden = !empty;
  // A list that only shows a past event when nothing is coming (the home page) follows.
  const pastSection = agenda.querySelector<HTMLElement>('[data-event-past-when-empty]');
  if (pastSection && past) {
    const limit = Number(pastSection.dataset.eventPastWhenEmpty) || 1;
    ([...past.children] as HTMLElement[]).forEach((item, index) => (item.hidden = index >= limit));
    pastSection.hidden = !empty || past.children.length === 0;
  } else if (pastSection) pastSection.hidden = true;
}

/** Brings every event status of `root` up to date for `now`. */
export function refreshEventStatuses(root: ParentNode, now = new Date()): void {
  for (const card of root.querySelectorAll<HTMLElement>('[data-event-starts]')) {
    const status = statusOf(card, now);
    if (!status) continue;
    card.dataset.eventStatus = status;
    const badge = card.querySelector<HTMLElement>('[data-event-live]');
    if (badge && badge.dataset.status !== status) {
      badge.dataset.status = status;
      badge.textContent = t[status];
    }
    for (const button of card.querySelectorAll<HTMLElement>('[data-event-registration]')) {
      button.hidden = status === 'past';
    }
  }
  for (const agenda of root.querySelectorAll<HTMLElement>('[data-agenda]')) moveEnded(agenda, now);
  for (const stamp of root.querySelectorAll<HTMLElement>('[data-event-stamp]')) {
    stamp.textContent = t.stampLive(formatDate(fromIsoDay(parisDay(now))));
  }
}
