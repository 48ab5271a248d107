/**
 * Headless Chromium from the system (Debian package `chromium`), driven by
 * playwright-core. No browser is ever downloaded: when Chromium is missing,
 * the error says how to install it.
 */
import { existsSync } from 'node:fs';
import {
  chromium,
  type Browser,
  type BrowserServer,
  type ConsoleMessage,
  type Page,
  type Request,
} from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags for a headless Chromium on a machine without internet: no sandbox (root), no GPU, no calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** Chromium's path, or an error saying how to install it. */
function chromiumPath(): string {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium est introuvable (${CHROMIUM_PATH}). Installez-le : « sudo apt-get install -y chromium » (Debian/Ubuntu), ou indiquez son chemin dans la variable CHROMIUM_PATH.`,
    );
  }
  return CHROMIUM_PATH;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/**
 * A Chromium that several processes drive at once, each through `chromium.connect(server.wsEndpoint())`:
 * the browser test files share one, instead of starting one each (about 1.3 CPU-seconds apiece).
 */
export async function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the rules axe runs. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core, already loaded in `page`, on its document: every WCAG A and AA rule, or with
 * `colourOnly` those that read colours (axe's « cat.color »), for a scheme switched on the same
 * load. Returns axe's result and the ids of the colour rules, for the caller to check what ran.
 */
export function runAxe(page: Page, colourOnly: boolean) {
  return page.evaluate(
    async ({ tags, colourOnly }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const colourRules = axe
        .getRules(tags)
        .filter((rule) => rule.tags.includes('cat.color') && !rule.tags.includes('experimental'))
        .map((rule) => rule.ruleId);
      const run = await axe.run(document, {
        runOnly: colourOnly ? { type: 'rule', values: colourRules } : { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return { ...run, colourRules };
    },
    { tags: WCAG_TAGS, colourOnly },
  );
}

/**
 * Switches `page` to a colour scheme and waits for the colours with a transition (buttons) to
 * reach the scheme's values, as on a page loaded in it; then reports whether the page sees the dark scheme.
 */
export async function switchScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<boolean> {
  await page.emulateMedia({ colorScheme });
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  return page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
}

/**
 * The pages whose look the identity is judged on:
 * home, news, an article, the directory, Ankama, the call, the agenda, the launch event, Le Pôle, a search.
 */
export const KEY_PAGES = [
  '',
  'actualites/',
  'actualites/lancement-du-pole-image/',
  'membres/',
  'membres/ankama/',
  'appels-a-projets/appel-a-projets-2009/',
  'agenda/',
  'agenda/lancement-du-pole-image/',
  'le-pole/',
  'recherche/?q=Dofus',
  // In English: longer names in the header, a member shown in French under its notice, English search.
  'en/',
  'en/members/le-fresnoy/',
  'en/search/?q=members',
];

/**
 * Collects what a page logs as errors or warnings and every request that leaves `origin`,
 * until `stop()`: a page shared by several tests must not report one test's problems in another.
 */
export function watch(page: Page, root: string): { problems: string[]; requests: string[]; stop: () => void } {
  const problems: string[] = [];
  const requests: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  };
  const onError = (error: Error) => problems.push(error.message);
  const onRequest = (request: Request) => {
    requests.push(request.url());
    if (!request.url().startsWith(root)) problems.push(`request to ${request.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('request', onRequest);
  const stop = () => {
    page.off('console', onConsole);
    page.off('pageerror', onError);
    page.off('request', onRequest);
  };
  return { problems, requests, stop };
}
