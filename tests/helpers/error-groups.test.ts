import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { edit, type ErrorCase } from '../../scripts/error-cases.ts';
import { TMP } from './build.ts';
import { disjointGroups, touchedFiles } from './error-groups.ts';

const scratch = resolve(TMP, 'error-groups-test');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const mistake = (id: string, apply: ErrorCase['apply']): ErrorCase => ({ id, title: id, fix: '', apply, expect: [] });
const newsTitle = mistake('news-title', (content) => edit(content, 'news/lancement.md', /^title: .*\n/m, ''));
const newsDate = mistake('news-date', (content) => edit(content, 'news/lancement.md', '2009-07-02', '2 juillet'));
const memberKind = mistake('member-kind', (content) =>
  edit(content, 'members/studio-exemple.md', 'kind: entreprise', 'kind: entrepise'),
);
const newsCopy = mistake('news-copy', (content) =>
  cpSync(join(content, 'news/lancement.md'), join(content, 'news/lancement.mdx')),
);
const newImage = mistake('new-image', (content) => writeFileSync(join(content, 'news/photo.png'), 'not a PNG'));
const removed = mistake('removed', (content) => rmSync(join(content, 'calls/appel-exemple.md')));

describe('touchedFiles', () => {
  it('names the file a case edits, adds or removes', () => {
    expect([...touchedFiles(newsTitle, scratch)]).toEqual(['news/lancement.md']);
    expect([...touchedFiles(newImage, scratch)]).toEqual(['news/photo.png']);
    expect([...touchedFiles(removed, scratch)]).toEqual(['calls/appel-exemple.md']);
  });

  it('names the files its messages name, which the mistake depends on', () => {
    const spelling = { ...newImage, expect: ['news/bilan.md:5 : « tags » : …'] };
    expect([...touchedFiles(spelling, scratch)].sort()).toEqual(['news/bilan.md', 'news/photo.png']);
  });

  it('names the file a case copies from, along with the copy', () => {
    expect([...touchedFiles(newsCopy, scratch)].sort()).toEqual(['news/lancement.md', 'news/lancement.mdx']);
  });
});

describe('disjointGroups', () => {
  const ids = (groups: ErrorCase[][]) => groups.map((group) => group.map((c) => c.id));

  it('puts cases that touch different files together, and each case in one group', () => {
    expect(ids(disjointGroups([newsTitle, memberKind, newImage, removed], scratch))).toEqual([
      ['news-title', 'member-kind', 'new-image', 'removed'],
    ]);
  });

  it('keeps apart the cases that touch the same file, even through a copy', () => {
    expect(ids(disjointGroups([newsTitle, newsDate, memberKind, newsCopy], scratch))).toEqual([
      ['news-title', 'member-kind'],
      ['news-date'],
      ['news-copy'],
    ]);
  });
});
