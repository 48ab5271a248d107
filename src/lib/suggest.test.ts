import { describe, expect, it } from 'vitest';
import { closestMatches, editDistance } from './suggest.ts';

describe('editDistance', () => {
  it('counts single-character edits', () => {
    expect(editDistance('ankama', 'ankama')).toBe(0);
    expect(editDistance('ankma', 'ankama')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('closestMatches', () => {
  const members = ['ankama', 'le-fresnoy', 'crrav', 'lille-metropole', 'valenciennes-metropole'];

  it('suggests the id an editor most likely meant', () => {
    expect(closestMatches('ankamaa', members)[0]).toBe('ankama');
    expect(closestMatches('fresnoy', members)).toContain('le-fresnoy');
  });

  it('suggests ids sharing a word, closest first', () => {
    expect(closestMatches('metropole-lille', members).slice(0, 2).sort()).toEqual([
      'lille-metropole',
      'valenciennes-metropole',
    ]);
  });

  it('suggests nothing when nothing is close', () => {
    expect(closestMatches('zzzzzzzzzz', members)).toEqual([]);
  });
});
