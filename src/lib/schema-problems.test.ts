import { describe, expect, it } from 'vitest';
import { describeIssues, fieldLabel } from './schema-problems.ts';

describe('fieldLabel', () => {
  it('names a field, a nested field and an item of a list', () => {
    expect(fieldLabel(['date'])).toBe('« date »');
    expect(fieldLabel(['source', 'url'])).toBe('« source.url »');
    expect(fieldLabel(['tags', 2])).toBe('« tags » (élément 3)');
  });
});

describe('describeIssues', () => {
  const lines: Record<string, number> = { date: 4, fonded: 7 };
  const lineOf = (field: string) => lines[field];

  it('prefixes the message with the field and finds its line', () => {
    expect(describeIssues([{ path: ['date'], message: 'doit être une date' }], lineOf)).toEqual([
      { line: 4, message: '« date » : doit être une date' },
    ]);
  });

  it('has no line for a missing field', () => {
    expect(describeIssues([{ path: ['title'], message: 'champ obligatoire manquant' }], lineOf)).toEqual([
      { line: undefined, message: '« title » : champ obligatoire manquant' },
    ]);
  });

  it('places an unknown top-level field on its own line, the message naming it', () => {
    const issue = { code: 'unrecognized_keys', path: [], keys: ['fonded'], message: 'champ inconnu « fonded »' };
    expect(describeIssues([issue], lineOf)).toEqual([{ line: 7, message: 'champ inconnu « fonded »' }]);
  });
});
