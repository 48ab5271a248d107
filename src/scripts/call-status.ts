/**
 * Keeps call statuses right after the site was built: a page built while a
 * call was open says « Clôturé » once its deadline has passed, and counts
 * down to it, in Paris time whatever the reader's time zone, without a
 * rebuild. Without JavaScript the build-time status stays, with its date.
 * The status line under the call's facts then gives the reader's day, and
 * the application button shows only while the call is open.
 */
import {
  callCountdown,
  callStatus,
  callStatusRank,
  timingFromAttributes,
  type CallStatus,
} from '../lib/call-status.ts';
import { formatDate, fromIsoDay, parisDay } from '../lib/dates.ts';
import { frenchStatus } from '../i18n/call-status.ts';

export function refreshCallStatuses(root: ParentNode, now = new Date()): void {
  // French only for now: the English pages will pass their own strings.
  const t = frenchStatus;
  for (const badge of root.querySelectorAll<HTMLElement>('[data-call-opens]')) {
    const timing = timingFromAttributes(badge.dataset);
    if (!timing) continue;
    const status = callStatus(timing, now);
    badge.dataset.status = status;
    // How to apply: its styles show the part that holds for this status.
    if (badge.hasAttribute('data-call-apply')) continue;
    const label = t.status(callCountdown(timing, now));
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
    stamp.textContent = t.statusOfReader(formatDate(fromIsoDay(parisDay(now))));
  }
}
