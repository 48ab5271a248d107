/**
 * The editor's preview (`npm run dev`) in Chromium, on a copy of the real content: a mistake saved
 * in a file shows in the open page at once, in French with the file and line, and the page comes
 * back when the file is fixed, without reloading by hand nor restarting the server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildEnv, copyContent, ROOT, TMP } from '../helpers/build.ts';

const content = resolve(TMP, 'test-builds/dev-content');
const article = join(content, 'news/lancement-du-pole-image.md');

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/**
 * The dev server's environment: a test build's, without what Vitest sets for its own tests. Astro
 * serves no page when it finds `VITEST` (it takes itself for a test's Vite server), and the browser
 * is never told to reload under `NODE_ENV=test`.
 */
function devEnv(): NodeJS.ProcessEnv {
  const env = Object.entries(buildEnv({ contentDir: content, outDir: content })).filter(
    ([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV',
  );
  return { ...Object.fromEntries(env), ASTRO_TELEMETRY_DISABLED: '1' };
}

let dev: ChildProcess | undefined;
let output = '';
let browser: Browser | undefined;
let page: Page | undefined;
let root = '';

/** Waits until `url` answers 200, or fails with the server's output. */
async function ready(url: string): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until && dev?.exitCode === null) {
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`the dev server did not serve ${url}:\n${output}`);
}

beforeAll(async () => {
  copyContent(content);
  const port = await freePort();
  root = `http://127.0.0.1:${port}/`;
  dev = spawn(
    process.execPath,
    [resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: ROOT,
      env: devEnv(),
    },
  );
  dev.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  dev.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await ready(`${root}actualites/lancement-du-pole-image/`);
  browser = await chromium.connect(inject('chromium'));
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  if (dev && dev.exitCode === null) {
    const exited = new Promise((done) => dev?.once('exit', done));
    dev.kill();
    await exited;
  }
  rmSync(`${content}.cache`, { recursive: true, force: true });
});

/** The text of Astro's error overlay on `page` (in its shadow root), empty when there is none. */
async function overlayText(page: Page): Promise<string> {
  try {
    return await page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
  } catch {
    // The page was reloading: no overlay yet.
    return '';
  }
}

/**
 * Opens `url` in `page`. The dev server asks open pages to reload again 1 and 3 s after the
 * problems change (src/integrations/dev-problems.ts): one of the previous test's may cut the
 * navigation short, which is then made again.
 */
async function visit(page: Page, url: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(url);
      return;
    } catch (error) {
      if (attempt === 5 || !String(error).includes('ERR_ABORTED')) throw error;
    }
  }
}

/** The page's main heading, empty while it is reloading or shows no page. */
async function headingOf(page: Page): Promise<string> {
  return (
    (await page
      .locator('h1')
      .first()
      .textContent()
      .catch(() => '')) ?? ''
  );
}

/** The open page, which only exists inside the tests. */
function openPage(): Page {
  if (!page) throw new Error('the page opens before the tests');
  return page;
}

describe('a mistake saved while the preview is open', () => {
  it.for([
    {
      mistake: 'a date that does not exist, which YAML would move to 2 March',
      file: article,
      change: (text: string) => text.replace('date: 2009-07-02', 'date: 2026-02-30'),
      shown:
        /news\/lancement-du-pole-image\.md:4\s:\s«\sdate\s»\s:\s«\s2026-02-30\s»\sn'est pas une date du calendrier/,
    },
    {
      mistake: 'a list left open in the settings',
      file: join(content, 'settings/site.yaml'),
      change: (text: string) => `${text}\nsocial: [mastodon\n`,
      shown: /settings\/site\.yaml:\d+\s:\s«\ssocial\s»\s:\sfichier illisible, liste ouverte par \[ mais jamais fermée/,
    },
    {
      mistake: 'a required field removed from a member',
      file: join(content, 'members/ankama.md'),
      change: (text: string) => text.replace(/^summary: .*\n/m, ''),
      shown: /members\/ankama\.md\s:\s«\ssummary\s»\s:\schamp obligatoire manquant/,
    },
  ])(
    'shows $mistake in the page, in French with its file, then the page once fixed',
    async ({ file, change, shown }) => {
      const open = openPage();
      await visit(open, `${root}actualites/lancement-du-pole-image/`);
      await expect.poll(() => headingOf(open)).toContain('Pôle Image');
      const original = readFileSync(file, 'utf8');
      const changed = change(original);
      expect(changed).not.toBe(original);
      writeFileSync(file, changed);
      try {
        // Astro's error overlay, reached without reloading by hand.
        await expect.poll(() => overlayText(open)).toMatch(shown);
      } finally {
        writeFileSync(file, original);
      }
      await expect.poll(() => headingOf(open)).toContain('Pôle Image');
      expect(await open.locator('vite-error-overlay').count()).toBe(0);
    },
  );

  it('shows a file the site would not read, named with an upper-case extension, until it is removed', async () => {
    const open = openPage();
    await visit(open, `${root}actualites/`);
    const misnamed = join(content, 'news/Nouvelle.MD');
    writeFileSync(misnamed, readFileSync(article, 'utf8'));
    try {
      await expect.poll(() => overlayText(open)).toMatch(/news\/Nouvelle\.MD\s:\sextension\s«\s\.MD\s»\snon reconnue/);
    } finally {
      unlinkSync(misnamed);
    }
    await expect.poll(() => headingOf(open)).toContain('Actualités');
  });

  it('leaves the editors’ own files alone, and records nothing for a file saved in two steps (emptied, then written)', async () => {
    const open = openPage();
    const notes = join(content, 'news/_notes.md');
    const member = join(content, 'members/ankama.md');
    const original = readFileSync(article, 'utf8');
    const memberText = readFileSync(member, 'utf8');
    await visit(open, `${root}actualites/lancement-du-pole-image/`);
    writeFileSync(notes, 'Des notes sans en-tête.\n');
    try {
      // As an editor saving in place: the file is empty for a moment.
      writeFileSync(article, '');
      await new Promise((wait) => setTimeout(wait, 60));
      writeFileSync(article, `${original}\nUne phrase ajoutée en deux temps.\n`);
      // A real mistake elsewhere, saved after both: the overlay then lists it alone.
      writeFileSync(member, memberText.replace(/^summary: .*\n/m, ''));
      await expect.poll(() => overlayText(open)).toMatch(/members\/ankama\.md/);
      const shown = await overlayText(open);
      expect(shown).not.toContain('_notes.md');
      expect(shown).not.toContain('lancement-du-pole-image.md');
    } finally {
      writeFileSync(member, memberText);
      writeFileSync(article, original);
      unlinkSync(notes);
    }
    await expect.poll(() => headingOf(open)).toContain('Pôle Image');
  });
});
