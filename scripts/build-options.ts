/**
 * The output folder of a build from the arguments `npm run build` hands to
 * `astro build`: `--outDir x` or `--outDir=x` (the last one given), resolved
 * against `cwd`; `dist` when none is given (astro.config.mjs sets none).
 */
import { resolve } from 'node:path';

export function outputFolder(args: readonly string[], cwd = process.cwd()): string {
  let folder = 'dist';
  for (const [index, arg] of args.entries()) {
    if (arg === '--outDir' && args[index + 1]) folder = args[index + 1] as string;
    else if (arg.startsWith('--outDir=') && arg.length > '--outDir='.length) folder = arg.slice('--outDir='.length);
  }
  return resolve(cwd, folder);
}

/**
 * How long rolldown's allocator (mimalloc) keeps freed memory before giving it back to the system,
 * in ms, as Astro's process is given it (`MIMALLOC_PURGE_DELAY`): the caller's value when it sets
 * one, `'0'` otherwise (at once: rolldown's bundle of the content is the build's peak, about
 * 230 MiB lower at N = 10,000, bench/results.md). An empty value counts as none, as for most
 * variables of the environment, not as mimalloc's own default.
 */
export function allocatorPurgeDelay(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const value = env.MIMALLOC_PURGE_DELAY?.trim();
  return value ? value : '0';
}
