import { describe, expect, it } from 'vitest';
import { fieldAt, valueOf } from './yaml-errors.ts';

describe('fieldAt', () => {
  it('names a field with its group, from any line of its value', () => {
    const lines = ['title: a', 'source:', '  name: b', '  url: c', 'tags:', '  - d', '  - e'];
    expect([0, 1, 2, 3, 5, 6].map((index) => fieldAt(lines, index))).toEqual([
      'title',
      'source',
      'source.name',
      'source.url',
      'tags',
      'tags',
    ]);
  });
});

describe('valueOf', () => {
  it('gives the value as typed after the key, for a field or a list item', () => {
    expect(valueOf('title: "Le pôle" en direct')).toBe('"Le pôle" en direct');
    expect(valueOf('  - label: Accueil ')).toBe('Accueil');
    expect(valueOf('description Un résumé')).toBe('description Un résumé');
  });
});
