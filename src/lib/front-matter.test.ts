import { describe, expect, it } from 'vitest';
import { FrontMatterError, fieldLine, parseFrontMatter } from './front-matter.ts';

const file = ['---', 'title: Lancement', 'date: 2009-07-02', 'tags: [a, b]', '---', '', 'Le texte.', ''].join('\n');

describe('parseFrontMatter', () => {
  it('reads YAML as Astro does: an unquoted day is a date', () => {
    const { data } = parseFrontMatter(file);
    expect(data).toEqual({ title: 'Lancement', date: new Date('2009-07-02T00:00:00Z'), tags: ['a', 'b'] });
  });

  it('blanks the front matter out of the body, keeping line numbers', () => {
    const { body } = parseFrontMatter(file);
    expect(body.split('\n')).toHaveLength(file.split('\n').length);
    expect(body.split('\n')[6]).toBe('Le texte.');
    expect(body).not.toContain('title');
  });

  it('finds the line of each field', () => {
    const frontMatter = parseFrontMatter(file);
    expect(fieldLine(frontMatter, 'title')).toBe(2);
    expect(fieldLine(frontMatter, 'tags')).toBe(4);
    expect(fieldLine(frontMatter, 'author')).toBeUndefined();
  });

  it('gives no fields to a file without front matter', () => {
    expect(parseFrontMatter('Du texte seul.\n').data).toEqual({});
  });

  it('explains a colon in an unquoted value, with its line and the fix', () => {
    const broken = '---\ndate: 2009-07-02\ntitle: Le pôle : un réseau\n---\n';
    let error: unknown;
    try {
      parseFrontMatter(broken);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FrontMatterError);
    expect((error as FrontMatterError).line).toBe(3);
    expect((error as FrontMatterError).message).toContain('mettez-la entre guillemets droits');
  });

  it('names a field written twice', () => {
    expect(() => parseFrontMatter('---\ntitle: a\ntitle: b\n---\n')).toThrow('le même champ est écrit deux fois');
  });
});
