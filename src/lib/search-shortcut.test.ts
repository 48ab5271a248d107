import { describe, expect, it } from 'vitest';
import { isSearchShortcut, takesText } from './search-shortcut.ts';

const press = (
  key: string,
  modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});
const body = { tagName: 'BODY' };
const field = { tagName: 'INPUT', type: 'search' };

describe('isSearchShortcut', () => {
  it('takes « / » outside text fields', () => {
    expect(isSearchShortcut(press('/'), body)).toBe(true);
    expect(isSearchShortcut(press('/'), { tagName: 'INPUT', type: 'checkbox' })).toBe(true);
  });

  it('leaves « / » to text fields and editable areas', () => {
    expect(isSearchShortcut(press('/'), field)).toBe(false);
    expect(isSearchShortcut(press('/'), { tagName: 'TEXTAREA' })).toBe(false);
    expect(isSearchShortcut(press('/'), { tagName: 'DIV', isContentEditable: true })).toBe(false);
  });

  it('takes Ctrl+K and ⌘+K everywhere, in either case', () => {
    expect(isSearchShortcut(press('k', { ctrlKey: true }), field)).toBe(true);
    expect(isSearchShortcut(press('K', { metaKey: true }), body)).toBe(true);
  });

  it('ignores other keys and combinations', () => {
    expect(isSearchShortcut(press('k'), body)).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, shiftKey: true }), body)).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, altKey: true }), body)).toBe(false);
    expect(isSearchShortcut(press('/', { ctrlKey: true }), body)).toBe(false);
    expect(isSearchShortcut({ ...press('/'), isComposing: true }, body)).toBe(false);
  });
});

describe('takesText', () => {
  it('knows text fields from other controls', () => {
    expect(takesText(null)).toBe(false);
    expect(takesText({ tagName: 'INPUT' })).toBe(true);
    expect(takesText({ tagName: 'INPUT', type: 'radio' })).toBe(false);
    expect(takesText({ tagName: 'A' })).toBe(false);
  });
});
