import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { dataStoreModule } from './data-store-file.ts';

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
