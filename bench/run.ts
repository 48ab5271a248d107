/**
 * `npm run bench`: generates N articles into `tmp/bench/`, measures the
 * editors' loop on Astro's dev server (ours and the bare baseline's: ready
 * to serve an article, an edit shown in Chromium), builds them with our
 * site, the bare Astro baseline and Hugo (when installed), measures each
 * build, then the incremental rebuild, the page weight, one search query
 * and Lighthouse on our site; prints the report and writes it to
 * `bench/results.md` (between the markers, keeping the notes around them).
 *
 * Options: `--n 100,1000,10000` (the sizes), `--runs 1` (builds and dev
 * server starts per size and site, the sites taking turns, and searches;
 * the median and the spread are kept), `--incremental-n 1000`, `--skip-baseline`,
 * `--skip-hugo`, `--skip-dev` (no dev server measure), `--skip-incremental`,
 * `--skip-weight`, `--skip-search`, `--skip-lighthouse`, `--no-write`
 * (print only), `--verbose`.
 */
import { cpus, totalmem } from 'node:os';
import { existsSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { generateContent } from './generate.ts';
import { highestPeaks } from './measure.ts';
import { medianBy } from './stats.ts';
import { ROOT, buildBaseline, buildHugo, buildOurs, hugoVersion, type BuildResult } from './builders.ts';
import { formatReport, type Incremental, type SizeResult } from './report.ts';
import { pageWeightReport } from './weight.ts';
import { searchQuery } from './search-query.ts';
import { lighthouseReport } from './lighthouse.ts';
import { devLoop, formatDevLoop, type DevLoopResult } from './dev-loop.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100,1000,10000' },
    runs: { type: 'string', default: '1' },
    'incremental-n': { type: 'string' },
    'skip-baseline': { type: 'boolean', default: false },
    'skip-hugo': { type: 'boolean', default: false },
    'skip-dev': { type: 'boolean', default: false },
    'skip-incremental': { type: 'boolean', default: false },
    'skip-weight': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});

const sizes = values.n
  .split(',')
  .map((n) => Number(n.replace(/[_\s]/g, '')))
  .filter((n) => Number.isInteger(n) && n > 0);
if (!sizes.length) throw new Error(`--n: expected sizes such as 100,1000, got ${values.n}`);
const runs = Math.max(1, Number(values.runs) || 1);
const incrementalN = Number(values['incremental-n'] ?? (sizes.includes(1000) ? 1000 : sizes[0]));
const verbose = values.verbose;
const TMP = join(ROOT, 'tmp/bench');
const hugo = values['skip-hugo'] ? undefined : hugoVersion();
const log = (message: string) => console.error(`[bench] ${message}`);

/** The run of median total time; of an even number of runs, the slower of the two middle ones. */
const median = (results: BuildResult[]) => medianBy(results, (result) => result.buildMs + result.indexMs);

/**
 * Runs each builder `runs` times, alternating them (ours, baseline, Hugo, ours…) so that a change
 * in the machine's load falls on all of them alike; keeps each one's median run, with the spread
 * of its totals (shortest and longest, ms) and its largest peaks of memory, the tree's and each role's.
 */
async function alternate(
  what: string,
  builds: Record<'ours' | 'baseline' | 'hugo', (() => Promise<BuildResult>) | undefined>,
): Promise<Partial<Record<'ours' | 'baseline' | 'hugo', BuildResult>>> {
  const all: Partial<Record<'ours' | 'baseline' | 'hugo', BuildResult[]>> = {};
  for (let run = 1; run <= runs; run++) {
    for (const builder of ['ours', 'baseline', 'hugo'] as const) {
      const build = builds[builder];
      if (!build) continue;
      const result = await build();
      log(
        `${what}, ${builder}${runs > 1 ? ` (run ${run}/${runs})` : ''}: ${((result.buildMs + result.indexMs) / 1000).toFixed(1)} s, ${(result.peakRss / 2 ** 20).toFixed(0)} MiB`,
      );
      (all[builder] ??= []).push(result);
    }
  }
  const kept: Partial<Record<'ours' | 'baseline' | 'hugo', BuildResult>> = {};
  for (const [builder, list] of Object.entries(all) as ['ours' | 'baseline' | 'hugo', BuildResult[]][]) {
    const totals = list.map((result) => result.buildMs + result.indexMs);
    kept[builder] = {
      ...median(list),
      spreadMs: [Math.min(...totals), Math.max(...totals)],
      runs: list.length,
      peakRss: Math.max(...list.map((result) => result.peakRss)),
      peakByRole: highestPeaks(list.map((result) => result.peakByRole)),
    };
  }
  return kept;
}

const results: SizeResult[] = [];
const devResults: DevLoopResult[] = [];
const devFailures: string[] = [];
let incremental: Incremental | undefined;
let largestDist: { n: number; dir: string; articleId: string } | undefined;

// Nothing of an earlier run stays, nor of a smaller size once measured: our dev server watches the
// whole project, tmp/ included (tens of thousands of built files at N = 10,000 slowed its start
// fourfold at N = 1,000), while the bare site's, rooted in bench/baseline/, sees none of it.
rmSync(TMP, { recursive: true, force: true });
const largest = Math.max(...sizes);

for (const n of sizes) {
  const dir = join(TMP, `n${n}`);
  log(`N = ${n}: generating the articles`);
  const { contentDir, baselineContentDir, hugoContentDir, articles } = await generateContent(
    join(ROOT, 'content'),
    join(dir, 'src'),
    n,
  );
  const devArticle = articles.findLast((article) => !article.mdx);
  if (devArticle && !values['skip-dev']) {
    // Before the builds, so that our dev server's watcher sees the generated content as in an editor's
    // copy of the project, not this size's built sites too.
    log(`N = ${n}: the dev servers`);
    try {
      devResults.push(
        await devLoop(n, {
          contentDir,
          baselineContentDir,
          article: devArticle,
          cacheRoot: join(dir, 'dev-cache'),
          runs,
          verbose,
          log,
        }),
      );
    } catch (error) {
      log(`dev servers at N = ${n}: ${String(error)}`);
      devFailures.push(
        `Non mesuré à N = ${n.toLocaleString('fr-FR')} : ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    }
  }
  const built = await alternate(`N = ${String(n)}`, {
    ours: () => buildOurs({ contentDir, outDir: join(dir, 'ours'), cacheDir: join(dir, 'ours-cache'), verbose }),
    baseline: values['skip-baseline']
      ? undefined
      : () =>
          buildBaseline({
            contentDir: baselineContentDir,
            outDir: join(dir, 'baseline'),
            cacheDir: join(dir, 'baseline-cache'),
            verbose,
          }),
    hugo: hugo
      ? () => buildHugo({ hugoContentDir, outDir: join(dir, 'hugo'), cacheDir: join(dir, 'hugo-cache'), verbose })
      : undefined,
  });
  const { ours, baseline, hugo: hugoResult } = built;
  if (!ours) throw new Error('no build of our site');
  results.push({ n, ours, baseline, hugo: hugoResult });

  if (n === incrementalN && !values['skip-incremental']) {
    // A build from nothing in incremental mode, which keeps its pages for the next one; then edit one
    // article, as an editor would, and rebuild with the caches of that build kept.
    const edited = articles.find((article) => !article.mdx) ?? articles[0];
    if (edited) {
      const paths = { contentDir, outDir: join(dir, 'ours'), cacheDir: join(dir, 'ours-cache'), verbose };
      const coldIncremental = await buildOurs({ ...paths, incremental: true });
      appendFileSync(edited.file, '\nUne phrase ajoutée pour mesurer la reconstruction après une modification.\n');
      const rebuilt = await buildOurs({ ...paths, keepCache: true, incremental: true });
      const baselineRebuilt = baseline
        ? await buildBaseline({
            contentDir: baselineContentDir,
            outDir: join(dir, 'baseline'),
            cacheDir: join(dir, 'baseline-cache'),
            keepCache: true,
            verbose,
          })
        : undefined;
      // Astro marks each page it reuses « (cached) » or « (restored) » in its log.
      const reused = rebuilt.output.match(/\((cached|restored)\)/g)?.length ?? 0;
      incremental = { n, cold: ours, coldIncremental, rebuilt, reused, baseline, baselineRebuilt };
      log(
        `N = ${n}, ours after editing one article: ${((rebuilt.buildMs + rebuilt.indexMs) / 1000).toFixed(1)} s, ${reused} pages reused`,
      );
    }
  }
  const newest = articles.at(-1);
  if (newest && n >= (largestDist?.n ?? 0)) largestDist = { n, dir: join(dir, 'ours'), articleId: newest.id };
  // The largest size's site stays for the page weight, search and Lighthouse sections.
  if (n !== largest) rmSync(dir, { recursive: true, force: true });
}

let weight: string | undefined;
let search: string | undefined;
let lighthouse: string | undefined;
if (largestDist && !values['skip-weight']) {
  log(`page weight at N = ${largestDist.n}`);
  weight = pageWeightReport(largestDist.dir, largestDist.articleId);
}
/** A browser measure, or why it could not be made (no Chromium…): the build figures are kept either way. */
async function browserSection(title: string, measure: () => Promise<string>): Promise<string> {
  try {
    return await measure();
  } catch (error) {
    log(`${title}: ${String(error)}`);
    return `### ${title}\n\nNon mesuré : ${error instanceof Error ? error.message : String(error)}`;
  }
}
if (largestDist && !values['skip-search']) {
  const { dir, n } = largestDist;
  log(`one search query at N = ${n}`);
  search = await browserSection('Une recherche', () => searchQuery(dir, n, runs));
}
if (largestDist && !values['skip-lighthouse']) {
  const { dir, n, articleId } = largestDist;
  log(`Lighthouse at N = ${n}`);
  lighthouse = await browserSection('Lighthouse', () => lighthouseReport(dir, articleId, n));
}

/** The installed version of a dependency, from its package.json. */
function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;
}

const report = formatReport({
  machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? '?', memory: totalmem() },
  versions: {
    node: process.version,
    astro: packageVersion('astro'),
    pagefind: packageVersion('pagefind'),
    hugo,
  },
  runs,
  results,
  incremental,
  devLoop:
    devResults.length || devFailures.length
      ? [formatDevLoop(devResults), ...devFailures].filter(Boolean).join('\n\n')
      : undefined,
  weight,
  search,
  lighthouse,
});
console.log(report);

if (!values['no-write']) {
  const file = join(ROOT, 'bench/results.md');
  const start = '<!-- bench:start (written by npm run bench) -->';
  const end = '<!-- bench:end -->';
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmark\n\n${start}\n${end}\n`;
  const [before, rest = ''] = previous.split(start);
  const after = rest.includes(end) ? rest.slice(rest.indexOf(end) + end.length) : '\n';
  // Formatted as `npm run lint` wants it, so that a fresh result never fails the checks.
  const text = `${before}${start}\n${report}\n${end}${after}`;
  writeFileSync(file, await prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file }));
  log(`written to ${file}`);
}
