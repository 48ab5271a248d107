import { describe, expect, it } from 'vitest';
import { PLACEHOLDER, isPlaceholder } from './placeholder.ts';

describe('isPlaceholder', () => {
  it('recognises the placeholder, whatever its case and spaces', () => {
    expect(isPlaceholder(PLACEHOLDER)).toBe(true);
    expect(isPlaceholder(' à compléter ')).toBe(true);
    expect(isPlaceholder('À COMPLÉTER')).toBe(true);
  });

  it('leaves real values alone, including texts that mention it', () => {
    expect(isPlaceholder('Le résumé reste à compléter')).toBe(false);
    expect(isPlaceholder(['À compléter'])).toBe(false);
    expect(isPlaceholder(undefined)).toBe(false);
  });
});
