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
