import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HookParameters } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { dataStoreFile, dataStoreModule, removeStaleSnapshots } from './data-store-file.ts';

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

describe('dataStoreFile', () => {
  const work = mkdtempSync(join(tmpdir(), 'data-store-hooks-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  interface LoadHook {
    handler: (id: string) => { code: string } | null;
  }

  /** The integration set up as `astro <command>` sets it up, with the load hook of its Vite plugin, if it adds one. */
  function setUp(command: 'build' | 'dev', cacheDir: string, root = work) {
    const integration = dataStoreFile();
    const plugins: { load: LoadHook }[] = [];
    void integration.hooks['astro:config:setup']?.({
      command,
      config: {
        root: pathToFileURL(`${root}/`),
        cacheDir: pathToFileURL(`${cacheDir}/`),
        experimental: { collectionStorage: 'single-file' },
      },
      updateConfig: (config: { vite: { plugins: { load: LoadHook }[] } }) => plugins.push(...config.vite.plugins),
    } as unknown as HookParameters<'astro:config:setup'>);
    const done = () => integration.hooks['astro:build:done']?.({} as HookParameters<'astro:build:done'>);
    return { load: plugins[0]?.load, done };
  }

  it('in the dev server, gives the module reading .astro/data-store.json as it stands, or Astro’s own before there is one', () => {
    const project = join(work, 'project');
    mkdirSync(join(project, '.astro'), { recursive: true });
    const { load } = setUp('dev', join(project, 'cache'), project);
    expect(load?.handler('\0astro:data-layer-content')).toBeNull();
    writeFileSync(join(project, '.astro/data-store.json'), '[["Map"]]');
    expect(load?.handler('\0astro:data-layer-content')?.code).toBe(
      dataStoreModule(join(project, '.astro/data-store.json')),
    );
  });

  it('in a build, gives the module reading a copy of the store made for this build, removed once it is done', () => {
    const cache = join(work, 'cache');
    mkdirSync(cache);
    writeFileSync(join(cache, 'data-store.json'), '[["Map"]]');
    const { load, done } = setUp('build', cache);
    expect(load?.handler('\0astro:content')).toBeNull();
    const copy = join(cache, `data-store.build-${String(process.pid)}.json`);
    expect(load?.handler('\0astro:data-layer-content')?.code).toBe(dataStoreModule(copy));
    // Another Astro process rewriting the store after bundling does not reach this build.
    writeFileSync(join(cache, 'data-store.json'), '[["Map",1]]');
    expect(readFileSync(copy, 'utf8')).toBe('[["Map"]]');
    void done();
    expect(existsSync(copy)).toBe(false);
  });

  it('fails the build, naming itself, when Astro never asked for the store’s module', () => {
    const { done } = setUp('build', join(work, 'other-cache'));
    expect(() => done()).toThrow(/data-store-file\.ts: Astro has not loaded astro:data-layer-content/);
  });
});
