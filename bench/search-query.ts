/**
 * One search query as a reader makes it: open the search page in Chromium,
 * type a word letter by letter, and count every byte the server sends
 * (gzip-compressed like a real host), search interface included; time from
 * the last keystroke to the final results, and from the first keystroke to
 * the first results.
 */
import { launchChromium } from '../tests/helpers/browser.ts';
import type { Browser } from 'playwright-core';
import { serveBench, type BenchServer } from './server.ts';
import { medianBy, summarise } from './stats.ts';
import { row } from './report.ts';

const QUERY = 'animation';
/** A brisk typist: 120 ms between keys. */
const KEY_DELAY_MS = 120;

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

/** What a file of Pagefind's is, from its path, for the report's breakdown of the bytes. */
export function pagefindPart(path: string): string {
  if (/\/pagefind\/.*\/?pagefind(-worker)?\.js$/.test(path)) return 'script et worker de Pagefind';
  if (/\/wasm\.[^/]+\.pagefind$/.test(path)) return 'WebAssembly';
  if (/\/index\/[^/]+\.pf_index$/.test(path)) return 'index des mots';
  if (/\/filter\/[^/]+\.pf_filter$/.test(path)) return 'filtres';
  if (/\/fragment\/[^/]+\.pf_fragment$/.test(path)) return 'extraits des résultats';
  return 'métadonnées (entrée, liste des parties, méta)';
}

/** What one search, typed letter by letter in a fresh browser context, measured. */
interface SearchRun {
  /** Gzip bytes of the search page as loaded, before any key. */
  pageBytes: number;
  /** Every response of the run, page included. */
  sent: BenchServer['log'];
  /** From the first key to the first results, and from the last key to the final results (ms). */
  first: number | undefined;
  last: number | undefined;
  count: number;
  status: string;
}

async function oneSearch(server: BenchServer, browser: Browser): Promise<SearchRun> {
  server.reset();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}recherche/`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const pageBytes = server.log.reduce((sum, sent) => sum + sent.bytes, 0);
    // Result links, as they appear, with the time they appeared.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { __results: number[] }).__results = seen;
      const list = document.querySelector('[data-search-results]');
      if (!list) throw new Error('No result list on the search page');
      new MutationObserver(() => {
        if (list.querySelector('a.result-link')) seen.push(performance.now());
      }).observe(list, { childList: true });
    });
    const keys: number[] = [];
    const input = page.locator('[data-search] input[name="q"]');
    await input.focus();
    for (const letter of QUERY) {
      keys.push(await page.evaluate(() => performance.now()));
      await input.press(letter);
      await page.waitForTimeout(KEY_DELAY_MS);
    }
    // Done when the status announces the results of the whole word (or after a minute).
    await page
      .locator('[data-search-status]')
      .filter({ hasText: `« ${QUERY} »` })
      .waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const appeared = await page.evaluate(() => (window as unknown as { __results: number[] }).__results);
    const firstKey = keys[0] ?? 0;
    const lastKey = keys.at(-1) ?? 0;
    const first = appeared.find((t) => t >= firstKey);
    const last = appeared.filter((t) => t >= lastKey).at(-1);
    return {
      pageBytes,
      sent: [...server.log],
      first: first === undefined ? undefined : first - firstKey,
      last: last === undefined ? undefined : last - lastKey,
      count: await page.locator('a.result-link').count(),
      status: (await page.locator('[data-search-status]').textContent())?.trim() ?? '',
    };
  } finally {
    await context.close();
  }
}

/** `summary` in ms, with the spread of several runs (`312 ms (280–340)`), or `—`. */
function millis(values: readonly (number | undefined)[]): string {
  const measured = values.filter((v) => v !== undefined);
  if (!measured.length) return '—';
  const { median, min, max, count } = summarise(measured);
  return count > 1 ? `${Math.round(median)} ms (${Math.round(min)}–${Math.round(max)})` : `${Math.round(median)} ms`;
}

/**
 * The search report at size `n`: « animation » typed `runs` times on the site of `distDir`, each
 * time in a fresh browser context (nothing cached); times are the median of the runs, with
 * their spread, bytes and requests those of the median run of the final results.
 */
export async function searchQuery(distDir: string, n: number, runs = 1): Promise<string> {
  const server = await serveBench(distDir);
  const browser = await launchChromium();
  try {
    const measured: SearchRun[] = [];
    for (let run = 0; run < runs; run++) measured.push(await oneSearch(server, browser));
    const { pageBytes, sent, count, status } = medianBy(measured, (run) => run.last ?? Infinity);
    const total = sent.reduce((sum, s) => sum + s.bytes, 0);
    const raw = sent.reduce((sum, s) => sum + s.rawBytes, 0);
    const pagefindLog = sent.filter((s) => s.path.includes('/pagefind/'));
    const pagefindBytes = pagefindLog.reduce((sum, s) => sum + s.bytes, 0);
    const parts = new Map<string, { bytes: number; requests: number }>();
    for (const s of pagefindLog) {
      const part = parts.get(pagefindPart(s.path)) ?? { bytes: 0, requests: 0 };
      parts.set(pagefindPart(s.path), { bytes: part.bytes + s.bytes, requests: part.requests + 1 });
    }
    const shards = new Set(pagefindLog.map((s) => /\/pagefind\/(shard-[^/]+)\//.exec(s.path)?.[1] ?? 'main'));
    const times = runs > 1 ? ` (médiane de ${runs} recherches, écart entre parenthèses)` : '';
    return [
      `### Une recherche à N = ${n.toLocaleString('fr-FR')} (« ${QUERY} » tapé lettre par lettre dans Chromium)${times}`,
      '',
      row(['mesure', 'valeur']),
      row(['---', '--:']),
      row(['page de recherche chargée (HTML, CSS, JS, gzip)', `${kb(pageBytes)} ko`]),
      row(['index et Pagefind pendant la frappe (gzip)', `${kb(pagefindBytes)} ko`]),
      ...[...parts]
        .sort(([, a], [, b]) => b.bytes - a.bytes)
        .map(([part, { bytes, requests }]) =>
          row([`— ${part}`, `${kb(bytes)} ko (${requests} requête${requests > 1 ? 's' : ''})`]),
        ),
      row(['parties de l’index interrogées', String(shards.size)]),
      row(['**total téléchargé pour une recherche**', `**${kb(total)} ko** (${kb(raw)} ko non compressés)`]),
      row(['requêtes', String(sent.length)]),
      row(['premiers résultats après la première touche', millis(measured.map((run) => run.first))]),
      row(['résultats définitifs après la dernière touche', millis(measured.map((run) => run.last))]),
      row(['résultats affichés / annoncés', `${count} / ${status.replace(/\|/g, '\\|')}`]),
    ].join('\n');
  } finally {
    await browser.close();
    await server.close();
  }
}
