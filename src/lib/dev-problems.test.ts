import { afterEach, describe, expect, it } from 'vitest';
import { devProblems, onDevProblemsChange, setDevProblems } from './dev-problems.ts';

const date = {
  file: 'content/news/b.md',
  line: 4,
  message: '« date » : « 2026-02-30 » n’est pas une date du calendrier',
};
const title = { file: 'content/news/b.md', line: 2, message: '« title » : champ obligatoire manquant' };
const name = { file: 'content/news/A.MD', message: 'extension « .MD » non reconnue' };

afterEach(() => {
  for (const source of ['file:content/news/b.md', 'folder:content/news']) setDevProblems(source, []);
});

describe('the problems the dev server has found', () => {
  it('gathers every source, sorted by file then line, and forgets a source given none', () => {
    setDevProblems('file:content/news/b.md', [date, title]);
    setDevProblems('folder:content/news', [name]);
    expect(devProblems()).toEqual([name, title, date]);
    setDevProblems('file:content/news/b.md', []);
    expect(devProblems()).toEqual([name]);
  });

  it('tells its listeners when what is recorded changes, and only then', () => {
    let calls = 0;
    const stop = onDevProblemsChange(() => calls++);
    setDevProblems('file:content/news/b.md', [date]);
    setDevProblems('file:content/news/b.md', [date]);
    setDevProblems('folder:content/news', []);
    expect(calls).toBe(1);
    setDevProblems('file:content/news/b.md', []);
    expect(calls).toBe(2);
    stop();
    setDevProblems('file:content/news/b.md', [title]);
    expect(calls).toBe(2);
  });
});
