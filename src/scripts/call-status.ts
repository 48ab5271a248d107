/**
 * Keeps call statuses right after the site was built: a page built while a
 * call was open says « Clôturé » once its deadline has passed, without a
 * rebuild. Without JavaScript the build-time status stays, with its date.
 * The status line under the call's facts then gives the reader's day.
 */
import { callStatus, callStatusRank, type CallStatus } from '../lib/call-status.ts';
import { formatDate, fromIsoDay, parisDay } from '../lib/dates.ts';
import { callLabelStrings } from '../i18n/call-labels.ts';
import { isLanguage } from '../i18n/strings.ts';

function statusOf(element: HTMLElement, now: Date): CallStatus | undefined {
  const { callOpens, callCloses } = element.dataset;
  if (!callOpens) return undefined;
  return callStatus({ opens: fromIsoDay(callOpens), closes: callCloses ? fromIsoDay(callCloses) : undefined }, now);
}

export function refreshCallStatuses(root: ParentNode, now = new Date()): void {
  // The page's own language, from `<html lang>`: the English pages get English statuses.
  const pageLang = document.documentElement.lang;
  const lang = isLanguage(pageLang) ? pageLang : 'fr';
  const t = callLabelStrings[lang];
  for (const badge of root.querySelectorAll<HTMLElement>('[data-call-opens]')) {
    const status = statusOf(badge, now);
    if (!status || badge.dataset.status === status) continue;
    badge.dataset.status = status;
    badge.textContent = t[status];
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
    stamp.textContent = t.stampNow(formatDate(fromIsoDay(parisDay(now)), lang));
  }
}
