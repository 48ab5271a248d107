/**
 * Headless Chromium from the system (Debian package `chromium`), driven by
 * playwright-core. No browser is ever downloaded: when Chromium is missing,
 * the error says how to install it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium est introuvable (${CHROMIUM_PATH}). Installez-le : « sudo apt-get install -y chromium » (Debian/Ubuntu), ou indiquez son chemin dans la variable CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
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
];
