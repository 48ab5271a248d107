/**
 * Builds a site for tests through `npm run build`'s own script, with its own
 * content folder, output folder and cache, and reports what an editor would
 * see: the exit code and everything printed.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TMP = resolve(ROOT, 'tmp');

export interface BuildOptions {
  /** Folder holding `news/`, `members/`… (defaults to the real `content/`). */
  contentDir?: string;
  outDir: string;
  basePath?: string;
  siteUrl?: string;
  /** More arguments for `scripts/build.ts`, such as `--skip-content-check`. */
  args?: readonly string[];
}

export interface BuildResult {
  code: number;
  output: string;
}

/** Held while a build runs: see `oneBuildAtATime`. */
const LOCK = resolve(TMP, 'build.lock');

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `task` when no other build of this project runs, in any test worker:
 * Astro writes the content modules of a build into the project's `.astro/`,
 * which two builds of different content would overwrite for each other. The
 * lock is a folder (created atomically) naming its holder's process; a lock
 * whose process is gone, left by a run that was killed, is taken over.
 */
export async function oneBuildAtATime<T>(task: () => Promise<T>): Promise<T> {
  mkdirSync(TMP, { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder = Number.NaN;
      try {
        holder = Number(readFileSync(resolve(LOCK, 'pid'), 'utf8'));
      } catch {
        // Just created, its holder not yet written: wait for it.
      }
      if (Number.isInteger(holder) && !running(holder)) rmSync(LOCK, { recursive: true, force: true });
      else await sleep(100);
    }
  }
  writeFileSync(resolve(LOCK, 'pid'), String(process.pid));
  try {
    return await task();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * The environment of a test build: this process's, without colours and without what Vitest
 * mirrors of import.meta.env; the content, base path and site URL given or, if not, unset.
 */
export function buildEnv({ contentDir, outDir, basePath, siteUrl }: Omit<BuildOptions, 'args'>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_CACHE_DIR: `${outDir}.cache`,
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
  // Vitest mirrors import.meta.env into a test worker's process.env; passed on, they would make a dev build at the root.
  delete env.BASE_URL;
  delete env.MODE;
  delete env.DEV;
  delete env.PROD;
  delete env.SSR;
  if (contentDir) env.CONTENT_DIR = contentDir;
  else delete env.CONTENT_DIR;
  if (basePath) env.BASE_PATH = basePath;
  else delete env.BASE_PATH;
  if (siteUrl) env.SITE_URL = siteUrl;
  else delete env.SITE_URL;
  return env;
}

export function buildSite({ args = [], ...options }: BuildOptions): Promise<BuildResult> {
  return oneBuildAtATime(() => runScript('scripts/build.ts', ['--outDir', options.outDir, ...args], buildEnv(options)));
}

/** Runs a script of `scripts/` as `npm run` would, from the project root; reports its exit code and output. */
export function runScript(script: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<BuildResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve(ROOT, script), ...args], { cwd: ROOT, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

/** A writable copy of the real content, plus the files of each `overlays` folder. */
export function copyContent(target: string, ...overlays: string[]): string {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(resolve(ROOT, 'content'), target, { recursive: true });
  for (const overlay of overlays) cpSync(overlay, target, { recursive: true });
  return target;
}
