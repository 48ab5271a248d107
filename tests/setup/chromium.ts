/**
 * One headless Chromium for the whole browser project, started before its test files and
 * closed after them; each file connects to it (`tests/helpers/served-sites.ts`) and opens its
 * own contexts, which close with the file.
 */
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../helpers/browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The WebSocket address that `chromium.connect()` takes. */
    chromium: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await launchChromiumServer();
  project.provide('chromium', server.wsEndpoint());
  return () => server.close();
}
