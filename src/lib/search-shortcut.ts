/**
 * The keyboard shortcuts to the search field: `/` when the reader is not
 * typing, and Ctrl+K (⌘+K on a Mac) anywhere.
 */

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
}

export interface KeyTarget {
  tagName?: string;
  isContentEditable?: boolean;
  type?: string;
}

const textInputTypes = new Set(['', 'text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time']);

/** Whether the element takes typed text, where `/` must stay a character. */
export function takesText(target: KeyTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  return tag === 'input' && textInputTypes.has((target.type ?? '').toLowerCase());
}

export function isSearchShortcut(press: KeyPress, target: KeyTarget | null): boolean {
  if (press.isComposing || press.altKey) return false;
  if ((press.ctrlKey || press.metaKey) && !press.shiftKey) return press.key.toLowerCase() === 'k';
  return press.key === '/' && !press.ctrlKey && !press.metaKey && !takesText(target);
}
