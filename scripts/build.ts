/**
 * `npm run build`: checks the content first (`npm run check:content`, every
 * error at once, in French), then builds the site into an empty `dist/` and,
 * if anything fails, removes it, so that a failed build never leaves a stale
 * or half-built site to deploy. Extra arguments go to `astro build` (e.g.
 * `--outDir`), except `--skip-content-check`, which leaves the content to
 * Astro's own validation alone (for the tests of that second line of defence).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { runContentCheck } from './check-content.ts';

const SKIP_CHECK = '--skip-content-check';
const args = process.argv.slice(2).filter((arg) => arg !== SKIP_CHECK);
const outDirFlag = args.indexOf('--outDir');
const outDir = resolve((outDirFlag >= 0 && args[outDirFlag + 1]) || 'dist');

function fail(status: number): never {
  rmSync(outDir, { recursive: true, force: true });
  console.error(
    `\nÉchec de la construction : rien n'a été publié (${outDir} a été supprimé). Corrigez les erreurs ci-dessus puis relancez.`,
  );
  process.exit(status || 1);
}

rmSync(outDir, { recursive: true, force: true });
if (!process.argv.includes(SKIP_CHECK) && !runContentCheck()) fail(1);

const astro = resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', ...args], {
  stdio: 'inherit',
  // A production build whatever the caller's NODE_ENV (test runners set it to `test`).
  env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
});

const prerender = resolve(outDir, '.prerender');
if (result.status === 0 && !existsSync(prerender)) process.exit(0);
fail(result.status ?? 1);
