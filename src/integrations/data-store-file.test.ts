import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { dataStoreModule, removeStaleSnapshots } from './data-store-file.ts';

describe('dataStoreModule', () => {
  const work = mkdtempSync(join(tmpdir(), 'data-store-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('gives, when run, the store parsed from its file, with a path that has spaces, accents and quotes', async () => {
    const folder = join(work, 'cache d’Astro "été"');
    mkdirSync(folder);
    const file = join(folder, 'data-store.json');
    writeFileSync(file, '[["Map",1],{"news":2},["Map",3],"Lancement du Pôle Image"]');
    const module = join(work, 'store.mjs');
    writeFileSync(module, dataStoreModule(file));
    const { default: store } = (await import(pathToFileURL(module).href)) as { default: unknown };
    expect(store).toEqual([['Map', 1], { news: 2 }, ['Map', 3], 'Lancement du Pôle Image']);
  });

  it('holds the path, not the store: the code stays a few lines whatever the content', () => {
    const code = dataStoreModule('/site/.cache/astro/data-store.json');
    expect(code.split('\n')).toHaveLength(2);
    expect(code).toContain('readFileSync("/site/.cache/astro/data-store.json", \'utf8\')');
  });
});

describe('removeStaleSnapshots', () => {
  const work = mkdtempSync(join(tmpdir(), 'data-store-stale-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('removes the copies of builds whose process has ended (stopped by a signal), keeps running builds’ copies and the store', () => {
    const ended = spawnSync(process.execPath, ['-e', '']).pid;
    for (const name of [
      'data-store.json',
      `data-store.build-${String(ended)}.json`,
      `data-store.build-${String(process.pid)}.json`,
      'data-store.build-notes.json',
    ]) {
      writeFileSync(join(work, name), '[]');
    }
    removeStaleSnapshots(work);
    expect(readdirSync(work).sort()).toEqual([
      `data-store.build-${String(process.pid)}.json`,
      'data-store.build-notes.json',
      'data-store.json',
    ]);
  });
});
