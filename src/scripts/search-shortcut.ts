/**
 * `/` and Ctrl/⌘+K move the focus to the search field: the search page's
 * own field, or the header's. Loads nothing else.
 */
import { isSearchShortcut } from '../lib/search-shortcut.ts';

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || !isSearchShortcut(event, event.target as HTMLElement | null)) return;
  const field =
    document.querySelector<HTMLInputElement>('main [data-search-shortcut]') ??
    document.querySelector<HTMLInputElement>('[data-search-shortcut]');
  if (!field) return;
  event.preventDefault();
  // On a phone, the header's field sits in the closed menu: open it first.
  const menu = field.closest('details');
  if (menu) menu.open = true;
  field.focus();
  field.select();
});
