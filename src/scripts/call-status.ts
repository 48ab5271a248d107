/**
 * Keeps call statuses right after the site was built: a page built while a
 * call was open says « Clôturé » once its deadline has passed, and counts
 * down to it, in Paris time whatever the reader's time zone, without a
 * rebuild. Without JavaScript the build-time status stays, with its date.
 * The status line under the call's facts then gives the reader's day.
 */
import { callCountdown, callStatus, callStatusRank, type CallStatus, type CallTiming } from '../lib/call-status.ts';
import { formatDate, fromIsoDay, parisDay } from '../lib/dates.ts';
import { frenchStatus } from '../i18n/call-status.ts';

/** The timing a badge carries in its `data-call-*` attributes (see `CallStatusBadge.astro`). */
function timingOf(element: HTMLElement): CallTiming | undefined {
  const { callOpens, callOpensAt, callCloses, callClosesAt, callRolling } = element.dataset;
  if (!callOpens || !callOpensAt) return undefined;
  const [day = '', time] = (callCloses ?? '').split('T');
  return {
    opens: callOpens,
    opensAt: new Date(callOpensAt),
    closes: callClosesAt ? { day, time, at: new Date(callClosesAt) } : undefined,
    rolling: callRolling !== undefined,
  };
}

export function refreshCallStatuses(root: ParentNode, now = new Date()): void {
  // French only for now: the English pages will pass their own strings.
  const t = frenchStatus;
  for (const badge of root.querySelectorAll<HTMLElement>('[data-call-opens]')) {
    const timing = timingOf(badge);
    if (!timing) continue;
    badge.dataset.status = callStatus(timing, now);
    const label = t.status(callCountdown(timing, now));
    if (badge.textContent !== label) badge.textContent = label;
  }
  // Lists of calls keep open calls first.
  for (const list of root.querySelectorAll<HTMLElement>('[data-call-list]')) {
    const items = [...list.children] as HTMLElement[];
    const rank = (item: HTMLElement) => {
      const status = item.querySelector<HTMLElement>('[data-status]')?.dataset.status as CallStatus | undefined;
      return status ? callStatusRank[status] : 3;
    };
    const sorted = items
      .map((item, index) => ({ item, index }))
      .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index);
    if (sorted.some(({ index }, position) => index !== position)) {
      list.append(...sorted.map(({ item }) => item));
    }
  }
  // The line stays, so that nothing below it moves: it now gives the reader's day.
  for (const stamp of root.querySelectorAll<HTMLElement>('[data-status-stamp]')) {
    stamp.textContent = t.statusOfReader(formatDate(fromIsoDay(parisDay(now))));
  }
}
