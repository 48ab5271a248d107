/**
 * Builds a site for tests through `npm run build`'s own script, with its own
 * content folder, output folder and cache, and reports what an editor would
 * see: the exit code and everything printed.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

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

export function buildSite({ contentDir, outDir, basePath, siteUrl, args = [] }: BuildOptions): Promise<BuildResult> {
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
  return runScript('scripts/build.ts', ['--outDir', outDir, ...args], env);
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
