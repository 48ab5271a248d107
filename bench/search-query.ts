/**
 * One search query as a reader makes it: open the search page in Chromium,
 * type a word letter by letter, and count every byte the server sends
 * (gzip-compressed like a real host), search interface included; time from
 * the last keystroke to the final results, and from the first keystroke to
 * the first results.
 */
import { launchChromium } from '../tests/helpers/browser.ts';
import { serveBench } from './server.ts';
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

export async function searchQuery(distDir: string, n: number): Promise<string> {
  const server = await serveBench(distDir);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
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
    const count = await page.locator('a.result-link').count();
    const status = (await page.locator('[data-search-status]').textContent())?.trim() ?? '';
    const total = server.log.reduce((sum, sent) => sum + sent.bytes, 0);
    const raw = server.log.reduce((sum, sent) => sum + sent.rawBytes, 0);
    const firstKey = keys[0] ?? 0;
    const lastKey = keys.at(-1) ?? 0;
    const first = appeared.find((t) => t >= firstKey);
    const last = appeared.filter((t) => t >= lastKey).at(-1);
    const pagefindLog = server.log.filter((s) => s.path.includes('/pagefind/'));
    const pagefindBytes = pagefindLog.reduce((sum, s) => sum + s.bytes, 0);
    const parts = new Map<string, { bytes: number; requests: number }>();
    for (const sent of pagefindLog) {
      const part = parts.get(pagefindPart(sent.path)) ?? { bytes: 0, requests: 0 };
      parts.set(pagefindPart(sent.path), { bytes: part.bytes + sent.bytes, requests: part.requests + 1 });
    }
    const shards = new Set(pagefindLog.map((s) => /\/pagefind\/(shard-[^/]+)\//.exec(s.path)?.[1] ?? 'main'));
    return [
      `### Une recherche à N = ${n.toLocaleString('fr-FR')} (« ${QUERY} » tapé lettre par lettre dans Chromium)`,
      '',
      row(['mesure', 'valeur']),
      row(['---', '--:']),
      row(['page de recherche chargée (HTML, CSS, JS, gzip)', `${kb(pageBytes)} ko`]),
      row(['index et Pagefind pendant la frappe (gzip)', `${kb(pagefindBytes)} ko`]),
      ...[...parts]
        .sort(([, a], [, b]) => b.bytes - a.bytes)
        .map(([part, { bytes, requests }]) => row([`— ${part}`, `${kb(bytes)} ko (${requests} requêtes)`])),
      row(['parties de l’index interrogées', String(shards.size)]),
      row(['**total téléchargé pour une recherche**', `**${kb(total)} ko** (${kb(raw)} ko non compressés)`]),
      row(['requêtes', String(server.log.length)]),
      row(['premiers résultats après la première touche', first ? `${Math.round(first - firstKey)} ms` : '—']),
      row(['résultats définitifs après la dernière touche', last ? `${Math.round(last - lastKey)} ms` : '—']),
      row(['résultats affichés / annoncés', `${count} / ${status.replace(/\|/g, '\\|')}`]),
    ].join('\n');
  } finally {
    await browser.close();
    await server.close();
  }
}
