/**
 * `npm run build`: builds the site into an empty `dist/` and, if anything
 * fails, removes it, so that a failed build never leaves a stale or half-built
 * site to deploy. Extra arguments go to `astro build` (e.g. `--outDir`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const outDirFlag = args.indexOf('--outDir');
const outDir = resolve((outDirFlag >= 0 && args[outDirFlag + 1]) || 'dist');

rmSync(outDir, { recursive: true, force: true });
const astro = resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', ...args], {
  stdio: 'inherit',
  // A production build whatever the caller's NODE_ENV (test runners set it to `test`).
  env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
});

const prerender = resolve(outDir, '.prerender');
if (result.status === 0 && !existsSync(prerender)) process.exit(0);

rmSync(outDir, { recursive: true, force: true });
console.error(
  `\nÉchec de la construction : rien n'a été publié (${outDir} a été supprimé). Corrigez l'erreur ci-dessus puis relancez.`,
);
process.exit(result.status || 1);
