/**
 * Keeps call statuses right after the site was built: a page built while a
 * call was open says « Clôturé » once its deadline has passed, and counts
 * down to it, in Paris time whatever the reader's time zone, without a
 * rebuild. Without JavaScript the build-time status stays, with its date.
 * The status line under the call's facts then gives the reader's day, and
 * the application button shows only while the call is open. Its words come
 * from the page, in the page's language (`data-labels`, `data-status-stamp`):
 * the script holds no dictionary.
 */
import {
  callCountdown,
  callStatus,
  callStatusRank,
  countdownLabel,
  timingFromAttributes,
  type CallStatus,
} from '../lib/call-status.ts';
import { formatParisDay } from '../lib/paris-day.ts';

export function refreshCallStatuses(root: ParentNode, now = new Date()): void {
  for (const badge of root.querySelectorAll<HTMLElement>('[data-call-opens]')) {
    const timing = timingFromAttributes(badge.dataset);
    if (!timing) continue;
    badge.dataset.status = callStatus(timing, now);
    // How to apply carries no labels: its styles show the part that holds for this status.
    const labels = badge.dataset.labels?.split('|');
    if (!labels) continue;
    const label = countdownLabel(
      callCountdown(timing, now),
      labels,
      badge.closest<HTMLElement>('[lang]')?.lang || undefined,
    );
    if (badge.textContent !== label) badge.textContent = label;
  }
  // Lists of calls keep open calls first, then the order the build gave calls of one status
  // (data-call-key), and show only their first data-call-show, as the build would at this instant.
  for (const list of root.querySelectorAll<HTMLElement>('[data-call-list]')) {
    const items = [...list.children] as HTMLElement[];
    const rank = (item: HTMLElement) => {
      const status = item.querySelector<HTMLElement>('[data-status]')?.dataset.status as CallStatus | undefined;
      return status ? callStatusRank[status] : 3;
    };
    const sorted = [...items].sort(
      (a, b) => rank(a) - rank(b) || Number(a.dataset.callKey) - Number(b.dataset.callKey),
    );
    if (sorted.some((item, position) => item !== items[position])) list.append(...sorted);
    const show = Number(list.dataset.callShow);
    if (show) sorted.forEach((item, position) => (item.hidden = position >= show));
  }
  // The line stays, so that nothing below it moves: it now gives the reader's day.
  for (const stamp of root.querySelectorAll<HTMLElement>('[data-status-stamp]')) {
    const { statusStamp = '', locale = 'fr-FR' } = stamp.dataset;
    stamp.textContent = statusStamp.replace('%s', formatParisDay(now, locale));
  }
}
