import { describe, expect, it } from 'vitest';
import { checkReferences } from './references.ts';

const known = new Map([
  ['members', new Set(['ankama', 'le-fresnoy'])],
  ['calls', new Set(['appel-a-projets-2009'])],
]);

const ref = (field: 'members' | 'calls', ids: string[]) => ({
  file: 'content/news/lancement.md',
  field,
  ids,
  target: field === 'members' ? 'membre' : 'appel à projets',
  targetDir: `content/${field}`,
});

describe('checkReferences', () => {
  it('accepts ids that exist', () => {
    expect(checkReferences([ref('members', ['ankama']), ref('calls', ['appel-a-projets-2009'])], known)).toEqual([]);
  });

  it('reports an unknown id with the file, the field and close matches', () => {
    const [problem] = checkReferences([ref('members', ['ankamaa'])], known);
    expect(problem?.file).toBe('content/news/lancement.md');
    expect(problem?.message).toContain('« members »');
    expect(problem?.message).toContain('membre inconnu « ankamaa »');
    expect(problem?.message).toContain('vouliez-vous dire « ankama »');
  });

  it('reports every unknown id, not just the first', () => {
    expect(checkReferences([ref('members', ['x', 'y']), ref('calls', ['z'])], known)).toHaveLength(3);
  });

  it('reports an id listed twice', () => {
    expect(checkReferences([ref('members', ['ankama', 'ankama'])], known)[0]?.message).toContain('cité deux fois');
  });
});
