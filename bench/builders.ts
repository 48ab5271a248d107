/**
 * The three builds the benchmark compares on the same generated files:
 * our site (`scripts/build.ts`: content check, Astro, Pagefind), the bare
 * Astro baseline of `bench/baseline/` then `pagefind --site`, and Hugo with
 * the template of `bench/hugo/` then `pagefind --site`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { highestPeaks, measure, type Measure, type Role } from './measure.ts';

export const ROOT = resolve(import.meta.dirname, '..');
const NODE = process.execPath;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');

export interface BuildResult {
  builder: 'ours' | 'baseline' | 'hugo';
  /** Wall time of the site build, indexing excluded. */
  buildMs: number;
  /** Wall time of the search indexing. */
  indexMs: number;
  /** CPU time (user + system) of the whole process tree, build and indexing. */
  cpuMs: number;
  /** Peak resident memory of the process tree, over build and indexing. */
  peakRss: number;
  /** Peak resident memory of Astro's process, Pagefind's, the content check's and the rest, each at its own moment. */
  peakByRole: Record<Role, number>;
  distBytes: number;
  files: number;
  /** With several runs: the shortest and longest totals (build and indexing, ms) and how many runs. */
  spreadMs?: [number, number];
  runs?: number;
}

/** Total size and number of files of a folder. */
function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

function check(what: string, result: Measure): Measure {
  if (result.code !== 0) throw new Error(`${what} failed (exit code ${result.code}):\n${result.output.slice(-4000)}`);
  return result;
}

const quiet = { FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };

export interface OursOptions {
  contentDir: string;
  outDir: string;
  cacheDir: string;
  /** Keep the cache of a previous build (an incremental rebuild); otherwise start from an empty one. */
  keepCache?: boolean;
  verbose?: boolean;
  /** Extra Node options for the build, e.g. `--cpu-prof`. */
  nodeOptions?: string;
  /** `npm run build -- --incremental`: reuse the unchanged pages of the previous incremental build. */
  incremental?: boolean;
}

/** Our full build, as `npm run build` runs it; indexing time comes from the line `scripts/build.ts` prints after indexing. */
export async function buildOurs(options: OursOptions): Promise<BuildResult & { output: string }> {
  if (!options.keepCache) rmSync(options.cacheDir, { recursive: true, force: true });
  const result = check(
    'Our build',
    await measure(
      NODE,
      [join(ROOT, 'scripts/build.ts'), '--outDir', options.outDir, ...(options.incremental ? ['--incremental'] : [])],
      {
        cwd: ROOT,
        verbose: options.verbose,
        env: {
          ...process.env,
          ...quiet,
          CONTENT_DIR: options.contentDir,
          ASTRO_CACHE_DIR: options.cacheDir,
          SITE_URL: 'https://pole-image.example',
          BASE_PATH: '/',
          ...(options.nodeOptions ? { NODE_OPTIONS: options.nodeOptions } : {}),
        },
      },
    ),
  );
  const indexed = /pages indexées pour la recherche en ([\d,]+)/.exec(result.output);
  if (!indexed?.[1]) throw new Error('Our build did not report its indexing time');
  const indexMs = Number(indexed[1].replace(',', '.')) * 1000;
  const { bytes, files } = folderSize(options.outDir);
  return {
    builder: 'ours',
    buildMs: result.ms - indexMs,
    indexMs,
    peakRss: result.peakRss,
    peakByRole: result.peakByRole,
    cpuMs: result.cpuMs,
    distBytes: bytes,
    files,
    output: result.output,
  };
}

async function pagefindCli(siteDir: string, verbose?: boolean): Promise<Measure> {
  return check('pagefind --site', await measure(NODE, [PAGEFIND, '--site', siteDir], { cwd: ROOT, verbose }));
}

/** A comparison site's result: its build, then `pagefind --site` on its output, measured apart. */
async function indexed(
  builder: 'baseline' | 'hugo',
  build: Measure,
  outDir: string,
  verbose?: boolean,
): Promise<BuildResult> {
  const index = await pagefindCli(outDir, verbose);
  const { bytes, files } = folderSize(outDir);
  return {
    builder,
    buildMs: build.ms,
    indexMs: index.ms,
    peakRss: Math.max(build.peakRss, index.peakRss),
    peakByRole: highestPeaks([build.peakByRole, index.peakByRole]),
    cpuMs: build.cpuMs + index.cpuMs,
    distBytes: bytes,
    files,
  };
}

export interface BaselineOptions {
  contentDir: string;
  outDir: string;
  cacheDir: string;
  keepCache?: boolean;
  verbose?: boolean;
}

/** The bare Astro 7 site of `bench/baseline/`, then Pagefind on its output. */
export async function buildBaseline(options: BaselineOptions): Promise<BuildResult> {
  if (!options.keepCache) rmSync(options.cacheDir, { recursive: true, force: true });
  rmSync(options.outDir, { recursive: true, force: true });
  const build = check(
    'The baseline build',
    await measure(NODE, [ASTRO, 'build', '--root', join(ROOT, 'bench/baseline'), '--outDir', options.outDir], {
      cwd: ROOT,
      verbose: options.verbose,
      env: {
        ...process.env,
        ...quiet,
        NODE_ENV: 'production',
        BENCH_CONTENT_DIR: options.contentDir,
        ASTRO_CACHE_DIR: options.cacheDir,
      },
    }),
  );
  // Astro writes its generated types beside the baseline's sources: they are not the project's.
  rmSync(join(ROOT, 'bench/baseline/.astro'), { recursive: true, force: true });
  return indexed('baseline', build, options.outDir, options.verbose);
}

/** The installed Hugo's version line, or undefined when Hugo is not installed. */
export function hugoVersion(): string | undefined {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

export interface HugoOptions {
  hugoContentDir: string;
  outDir: string;
  cacheDir: string;
  verbose?: boolean;
}

/** Hugo with the template of `bench/hugo/`, then Pagefind on its output. */
export async function buildHugo(options: HugoOptions): Promise<BuildResult> {
  rmSync(options.cacheDir, { recursive: true, force: true });
  rmSync(options.outDir, { recursive: true, force: true });
  const build = check(
    'The Hugo build',
    await measure(
      'hugo',
      [
        '--source',
        join(ROOT, 'bench/hugo'),
        '--contentDir',
        options.hugoContentDir,
        '--destination',
        options.outDir,
        '--cacheDir',
        options.cacheDir,
        '--quiet',
        '--noBuildLock',
      ],
      // Hugo's generated resources go to the benchmark's folder, not to bench/hugo/.
      {
        cwd: ROOT,
        verbose: options.verbose,
        env: { ...process.env, HUGO_RESOURCEDIR: `${options.cacheDir}/resources` },
      },
    ),
  );
  return indexed('hugo', build, options.outDir, options.verbose);
}
