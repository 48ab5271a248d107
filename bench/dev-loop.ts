/**
 * The editors' loop, measured on Astro's dev server: how long `npm run dev`
 * takes to serve the first page of an article, and how long an edit saved
 * in that article's Markdown file takes to show in the page open in
 * Chromium; for our site and for the bare baseline of `bench/baseline/`, on
 * the same generated files, each server on a free port of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { frenchTypography } from '../src/lib/french.ts';
import { launchChromium } from '../tests/helpers/browser.ts';
import { ROOT } from './builders.ts';
import { freePort } from './server.ts';
import { trackPeaks, type Peaks } from './measure.ts';
import { mib, ratio, row, seconds } from './report.ts';
import { summarise, type Summary } from './stats.ts';

const NODE = process.execPath;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const BASELINE_ROOT = join(ROOT, 'bench/baseline');
/** Edits per server start, each a new sentence appended to the article. */
const EDITS = 5;
/** The pause between two edits (ms): time for the page to settle, as an editor rereads before saving again. */
const PAUSE_MS = 1500;
/** How long a start may take before the measure gives up (ms): minutes at 10,000 articles on a busy machine. */
const READY_TIMEOUT_MS = 20 * 60_000;
/** How long an edit may take to show before it counts as not shown (ms). */
const EDIT_TIMEOUT_MS = 60_000;

export type Site = 'ours' | 'baseline';

/** How a page showed an edit: updated in place by Vite's hot update, or reloaded whole. */
type Update = 'hot update' | 'full reload' | 'not shown';

export interface DevSession {
  site: Site;
  /** From the spawn of `astro dev` to the whole body of the first HTTP 200 of the article's page (ms), caches empty. */
  coldReadyMs: number;
  /** What Astro's log says of that cold start (« ready in … ms », from its own start: before the first page); `undefined` without the line. */
  coldAstroReadyMs: number | undefined;
  /** The same with the caches the cold start left (ms): the day's next `npm run dev`. */
  warmReadyMs: number;
  /** Per edit, from the file's write to the sentence in the page's DOM (ms); `undefined` when not shown within a minute. */
  editMs: (number | undefined)[];
  /** Per edit, from the file's write to the browser's request for the reloaded page (ms); `undefined` without a reload. */
  reloadMs: (number | undefined)[];
  /** How the page showed each edit. */
  updates: Update[];
  /** Peak resident memory of the dev server's process tree over the cold start, the first page and the edits. */
  peaks: Peaks;
}

export interface DevLoopOptions {
  /** The generated content folder (`CONTENT_DIR` of our site). */
  contentDir: string;
  /** The baseline's folder (`BENCH_CONTENT_DIR`): the French articles, hard links to those of `contentDir`. */
  baselineContentDir: string;
  /** The article whose page is loaded and whose file is edited: its id (file name without extension) and file. */
  article: { id: string; file: string };
  /** Where each server's Astro cache goes (`<cacheRoot>/ours`, `<cacheRoot>/baseline`), emptied for each cold start. */
  cacheRoot: string;
  /** Sessions per site, the two sites taking turns (ours, baseline, ours…). */
  runs: number;
  verbose?: boolean | undefined;
  log?: (message: string) => void;
}

/** A size's sessions, ours and the baseline's, in the order they ran. */
export interface DevLoopResult {
  n: number;
  /** The page measured, from the site's root: `actualites/<id>/` on ours, `articles/<id>/` on the baseline. */
  pages: Record<Site, string>;
  sessions: DevSession[];
}

/** The article's page on `site`, from the site's root (our route `actualites/`, the baseline's `articles/`). */
export function pagePath(site: Site, id: string): string {
  return site === 'ours' ? `actualites/${id}/` : `articles/${id}/`;
}

/**
 * The `astro dev` of a site as its editors start it: ours as `npm run dev` runs it (our root and
 * configuration, telemetry off) with the generated content through `CONTENT_DIR`; the baseline with
 * `--root bench/baseline` and `BENCH_CONTENT_DIR`. Both with `ASTRO_CACHE_DIR` set to `cacheDir`.
 */
function devCommand(site: Site, port: number, options: DevLoopOptions, cacheDir: string) {
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    ASTRO_CACHE_DIR: cacheDir,
  };
  return site === 'ours'
    ? { args: [ASTRO, 'dev', '--port', String(port)], env: { ...env, CONTENT_DIR: options.contentDir } }
    : {
        args: [ASTRO, 'dev', '--root', BASELINE_ROOT, '--port', String(port)],
        env: { ...env, BENCH_CONTENT_DIR: options.baselineContentDir },
      };
}

const siteRoot = (site: Site) => (site === 'ours' ? ROOT : BASELINE_ROOT);

/**
 * What a dev server keeps from one start to the next: Astro's content store, which `astro dev` keeps
 * in `<root>/.astro/` (`data-store.json`, or `data-store/` when chunked) and not under `cacheDir`,
 * and Vite's dependency cache (`<root>/node_modules/.vite/`, which Astro chooses).
 */
const devCaches = (site: Site) => [
  join(siteRoot(site), '.astro/data-store.json'),
  join(siteRoot(site), '.astro/data-store'),
  join(siteRoot(site), 'node_modules/.vite'),
];

/** The time (ms) of Astro's `ready in 8846 ms` line in a dev server's output, colours removed; `undefined` without it. */
export function astroReadyMs(output: string): number | undefined {
  // eslint-disable-next-line no-control-regex -- the escape sequences of terminal colours
  const match = /ready in\s+(\d+)\s*ms/.exec(output.replace(/\x1b\[[\d;]*m/g, ''));
  return match ? Number(match[1]) : undefined;
}

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
  readyMs: number;
  peaks: { stop: () => Peaks };
}

/** Stops a dev server, waiting for it to end (killing it after 10 s). */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const ended = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await ended;
  clearTimeout(timer);
}

/**
 * Starts `site`'s dev server and waits for the first complete response (HTTP 200, body read) of
 * the article's page, asked every 50 ms from the spawn. Returns the running server, with the time
 * from spawn to that response (ms). Throws, with the server's output, when the server exits first
 * or nothing comes within 20 minutes.
 */
async function startServer(
  site: Site,
  page: string,
  port: number,
  options: DevLoopOptions,
  cacheDir: string,
): Promise<Running> {
  const { args, env } = devCommand(site, port, options, cacheDir);
  const url = `http://localhost:${port}/${page}`;
  const started = performance.now();
  // In the benchmark's process group: a Ctrl-C stops it with the benchmark.
  const child = spawn(NODE, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const peaks = trackPeaks(child.pid as number);
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (options.verbose) process.stderr.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const fail = async (why: string) => {
    peaks.stop();
    await stopServer(child);
    return new Error(`${site} dev server: ${why}\n${output.slice(-4000)}`);
  };
  let last = 'no answer';
  while (performance.now() - started < READY_TIMEOUT_MS) {
    if (child.exitCode !== null) throw await fail(`exited (code ${child.exitCode}) before serving ${url}`);
    try {
      const response = await fetch(url);
      const body = await response.text();
      if (response.status === 200 && body.length) {
        return { child, url, output: () => output, readyMs: performance.now() - started, peaks };
      }
      last = `HTTP ${response.status}`;
    } catch (error) {
      last =
        error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  throw await fail(`no complete answer from ${url} within ${READY_TIMEOUT_MS / 60_000} min (last: ${last})`);
}

/**
 * Opens the article's page in Chromium, then appends `EDITS` new sentences to its file one after the
 * other, as an editor saving in their editor, each time timing from the write to the sentence in
 * the page's DOM, without reloading the page (what Astro's dev server does is what is measured: a
 * hot update, or a reload of its own), and to the reload's request when there is one. Restores the
 * file as it was, even on failure.
 */
async function edits(
  browser: Browser,
  url: string,
  file: string,
): Promise<{ ms: (number | undefined)[]; reloadMs: (number | undefined)[]; updates: Update[] }> {
  const original = readFileSync(file, 'utf8');
  const context = await browser.newContext();
  const page = await context.newPage();
  const ms: (number | undefined)[] = [];
  const reloadMs: (number | undefined)[] = [];
  const updates: Update[] = [];
  try {
    const connected = page.waitForEvent('console', {
      predicate: (message) => message.text().includes('[vite] connected'),
      timeout: 60_000,
    });
    await page.goto(url, { waitUntil: 'load', timeout: READY_TIMEOUT_MS });
    // Vite's client must be listening for the server's updates before the first edit.
    await connected;
    // Each time the page is asked again (Vite reloads it after optimising dependencies, or to show an edit).
    const navigations: number[] = [];
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations.push(performance.now());
    });
    const token = Date.now().toString(36);
    let text = original;
    for (let edit = 1; edit <= EDITS; edit++) {
      // Letters and digits only: the site's typography leaves them as they are.
      const marker = `Mesure${token}x${edit}`;
      await page.waitForTimeout(PAUSE_MS);
      await page.waitForLoadState('load');
      text += `\nPhrase ajoutée pour mesurer l’aperçu : ${marker}.\n`;
      const before = navigations.length;
      const saved = performance.now();
      // In place, as an editor's save does: the baseline reads the same file through a hard link.
      writeFileSync(file, text);
      try {
        await page.getByText(marker).waitFor({ state: 'attached', timeout: EDIT_TIMEOUT_MS });
        ms.push(performance.now() - saved);
        updates.push(navigations.length > before ? 'full reload' : 'hot update');
      } catch {
        ms.push(undefined);
        updates.push('not shown');
      }
      const reloaded = navigations[before];
      reloadMs.push(reloaded === undefined ? undefined : reloaded - saved);
    }
  } finally {
    writeFileSync(file, original);
    await context.close();
  }
  return { ms, reloadMs, updates };
}

/** One session of `site`: a cold start, the edits, then a warm start with the caches the first left. */
async function session(site: Site, page: string, browser: Browser, options: DevLoopOptions): Promise<DevSession> {
  const cacheDir = join(options.cacheRoot, site);
  // A cold start: no Astro cache, content store or Vite dependency cache, as in a fresh clone.
  for (const path of [cacheDir, ...devCaches(site)]) rmSync(path, { recursive: true, force: true });
  // The warm start on the same port: Astro empties its content store when its configuration, port included, changes.
  const port = await freePort('localhost');
  const cold = await startServer(site, page, port, options, cacheDir);
  let edited: Awaited<ReturnType<typeof edits>>;
  let peaks: Peaks;
  try {
    edited = await edits(browser, cold.url, options.article.file);
  } finally {
    peaks = cold.peaks.stop();
    await stopServer(cold.child);
  }
  const warm = await startServer(site, page, port, options, cacheDir);
  warm.peaks.stop();
  await stopServer(warm.child);
  // The generated articles' content store is not the project's (its own store is rebuilt at its next start);
  // nor are the generated types and Vite's dependencies Astro writes beside the baseline's sources.
  const leftovers =
    site === 'ours'
      ? devCaches(site).slice(0, 2)
      : [join(BASELINE_ROOT, '.astro'), join(BASELINE_ROOT, 'node_modules')];
  for (const path of leftovers) rmSync(path, { recursive: true, force: true });
  return {
    site,
    coldReadyMs: cold.readyMs,
    coldAstroReadyMs: astroReadyMs(cold.output()),
    warmReadyMs: warm.readyMs,
    editMs: edited.ms,
    reloadMs: edited.reloadMs,
    updates: edited.updates,
    peaks,
  };
}

/**
 * Measures the editors' loop at size `n`: `runs` sessions per site, ours and the baseline taking
 * turns, each a cold start of `astro dev` timed to the article's first complete page, `EDITS` edits
 * of the article timed to the page's DOM in Chromium, and a warm start. The article's file is
 * restored after each session. Throws when a server does not serve the page (with its output) or
 * when Chromium is missing; an edit not shown within a minute is recorded, not thrown.
 */
export async function devLoop(n: number, options: DevLoopOptions): Promise<DevLoopResult> {
  const pages = { ours: pagePath('ours', options.article.id), baseline: pagePath('baseline', options.article.id) };
  const browser = await launchChromium();
  const sessions: DevSession[] = [];
  try {
    for (let run = 1; run <= options.runs; run++) {
      for (const site of ['ours', 'baseline'] as const) {
        const result = await session(site, pages[site], browser, options);
        options.log?.(
          `N = ${n}, dev server, ${site}${options.runs > 1 ? ` (run ${run}/${options.runs})` : ''}: ready ${seconds(result.coldReadyMs)} s cold, ${seconds(result.warmReadyMs)} s warm; edits ${result.editMs.map((ms) => (ms === undefined ? '—' : Math.round(ms))).join(', ')} ms (${[...new Set(result.updates)].join(', ')}); ${mib(result.peaks.peakRss)}`,
        );
        sessions.push(result);
      }
    }
  } finally {
    await browser.close();
  }
  return { n, pages, sessions };
}

/** What a size's sessions of one site come to: medians and spreads (ms), the highest peak (bytes). */
export interface SiteSummary {
  coldReady: Summary;
  /** Astro's own « ready in » of the cold starts that printed it. */
  astroReady: Summary | undefined;
  warmReady: Summary;
  /** Over every edit shown, of every session. */
  edit: Summary | undefined;
  /** Over every edit that reloaded the page: from the write to the reload's request. */
  reload: Summary | undefined;
  /** Edits not shown within a minute, of `editCount`. */
  notShown: number;
  editCount: number;
  updates: Update[];
  peakRss: number;
}

/** The summary of `site`'s sessions; throws when it has none. */
export function summariseSite(sessions: readonly DevSession[], site: Site): SiteSummary {
  const own = sessions.filter((s) => s.site === site);
  if (!own.length) throw new Error(`no dev server session of ${site}`);
  const editMs = own.flatMap((s) => s.editMs);
  const shown = editMs.filter((ms): ms is number => ms !== undefined);
  const reloads = own.flatMap((s) => s.reloadMs).filter((ms): ms is number => ms !== undefined);
  const astroReady = own.map((s) => s.coldAstroReadyMs).filter((ms): ms is number => ms !== undefined);
  return {
    coldReady: summarise(own.map((s) => s.coldReadyMs)),
    astroReady: astroReady.length ? summarise(astroReady) : undefined,
    warmReady: summarise(own.map((s) => s.warmReadyMs)),
    edit: shown.length ? summarise(shown) : undefined,
    reload: reloads.length ? summarise(reloads) : undefined,
    notShown: editMs.length - shown.length,
    editCount: editMs.length,
    updates: [...new Set(own.flatMap((s) => s.updates))],
    peakRss: Math.max(...own.map((s) => s.peaks.peakRss)),
  };
}

/** Targets of the editors' loop: a start within 1.2 × the bare site's, an edit shown within 1 s (at 10,000 articles). */
const TARGETS = { readyRatio: 1.2, editMs: 1000 } as const;

const UPDATE_NAMES: Record<Update, string> = {
  'hot update': 'mise à jour sans rechargement',
  'full reload': 'rechargement complet',
  'not shown': 'non affichée en 1 min',
};

/** A summary in seconds, with its spread when there are several measures: `12.3 s (11.9–13.0)`. */
function secondsWithSpread(summary: Summary): string {
  const spread = summary.count > 1 ? ` (${seconds(summary.min)}–${seconds(summary.max)})` : '';
  return `${seconds(summary.median)} s${spread}`;
}

/** Whether our site's summary meets the targets, against the baseline's: `prêt : tenue ; modification : manquée`. */
export function targets(ours: SiteSummary, bare: SiteSummary | undefined): string {
  const held = (yes: boolean) => (yes ? 'tenue' : 'manquée');
  const ready = bare ? held(ours.coldReady.median <= TARGETS.readyRatio * bare.coldReady.median) : '—';
  const edit = ours.edit && !ours.notShown ? held(ours.edit.median < TARGETS.editMs) : held(false);
  return `prêt : ${ready} ; modification : ${edit}`;
}

/** A summary in milliseconds, with its spread when there are several measures: `3125 ms (2754–3989)`; `—` without. */
function msWithSpread(summary: Summary | undefined): string {
  if (!summary) return '—';
  const spread = summary.count > 1 ? ` (${Math.round(summary.min)}–${Math.round(summary.max)})` : '';
  return `${Math.round(summary.median)} ms${spread}`;
}

/** The report's section (Markdown, French typography): per size, ours and the baseline, with the targets. */
export function formatDevLoop(results: readonly DevLoopResult[]): string {
  const first = results[0];
  if (!first) return '';
  const sessions = Math.max(...results.map((r) => r.sessions.filter((s) => s.site === 'ours').length));
  const lines = [
    '### Boucle de rédaction : serveur de développement (`npm run dev`)',
    '',
    `Page mesurée : celle du plus récent article en Markdown généré (\`/${first.pages.ours}\` sur notre site, \`/${first.pages.baseline}\` sur le site nu, à N = ${first.n.toLocaleString('fr-FR')}). ` +
      '« Prêt » : du lancement d’`astro dev` à la première réponse complète (HTTP 200, page entière reçue) de cette page ; ' +
      '« ready » d’Astro : ce que son journal dit du démarrage à froid (« ready in », compté depuis son propre départ, avant toute page) ; ' +
      'à froid, sans le magasin de contenu d’Astro (`.astro/data-store.json`) ni le cache de Vite (un projet tout juste cloné ; Astro vide aussi son magasin quand sa configuration change), à chaud avec ceux du démarrage à froid (le `npm run dev` suivant). ' +
      `« Modification visible » : la page ouverte dans Chromium, une phrase ajoutée au fichier de l’article (${EDITS} fois par démarrage, ${(PAUSE_MS / 1000).toLocaleString('fr-FR')} s d’intervalle), ` +
      'du moment où le fichier est écrit à celui où la phrase est dans le DOM, sans recharger la page à la main ; ' +
      '« rechargement demandé » : de l’écriture à la demande de la page rechargée par le navigateur, quand le serveur la fait recharger (le reste est sa réponse). ' +
      (sessions > 1
        ? `Médiane de ${sessions} démarrages par site, les deux sites tour à tour (entre parenthèses, le plus court et le plus long) ; `
        : 'Un démarrage par site ; ') +
      'mémoire : le maximum de l’arbre de processus du serveur du démarrage à la dernière modification. ' +
      `Cibles : prêt à froid ≤ ${TARGETS.readyRatio.toLocaleString('fr-FR')} × Astro nu ; modification visible < ${TARGETS.editMs / 1000} s à N = 10 000 (la colonne « cibles » la juge à chaque taille).`,
    '',
    row([
      'N',
      'outil',
      'prêt à froid',
      'dont « ready » d’Astro',
      'prêt à chaud',
      'à froid ÷ Astro nu',
      'modification visible',
      'rechargement demandé',
      'ce que fait la page',
      'mémoire max.',
      'cibles',
    ]),
    row(['--:', '---', '--:', '--:', '--:', '--:', '--:', '--:', '---', '--:', '---']),
  ];
  for (const { n, sessions: all } of results) {
    const bare = all.some((s) => s.site === 'baseline') ? summariseSite(all, 'baseline') : undefined;
    for (const site of ['ours', 'baseline'] as const) {
      if (!all.some((s) => s.site === site)) continue;
      const summary = summariseSite(all, site);
      const missing = summary.notShown ? `, ${summary.notShown} sur ${summary.editCount} non affichées` : '';
      lines.push(
        row([
          n.toLocaleString('fr-FR'),
          site === 'ours' ? 'Pôle Image (complet)' : 'Astro nu (baseline)',
          secondsWithSpread(summary.coldReady),
          summary.astroReady ? secondsWithSpread(summary.astroReady) : '—',
          secondsWithSpread(summary.warmReady),
          site === 'ours' ? ratio(summary.coldReady.median, bare?.coldReady.median) : '—',
          `${msWithSpread(summary.edit)}${missing}`,
          msWithSpread(summary.reload),
          summary.updates.map((update) => UPDATE_NAMES[update]).join(', '),
          mib(summary.peakRss),
          site === 'ours' ? targets(summary, bare) : '',
        ]),
      );
    }
  }
  // No-break spaces before the colons and semicolons and inside the guillemets, as in the site's French.
  return frenchTypography(lines.join('\n'));
}
