/** Every built page is valid HTML for the W3C Nu HTML Checker (vnu.jar, run with the system's Java). */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../helpers/dist.ts';

const { site, siteBase } = inject('sites');
const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/** The checker's messages on every page of `dirs`, in one run: the Java virtual machine starts once. */
async function validate(dirs: readonly string[]): Promise<VnuMessage[]> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      'java',
      // Java's quick compiler only: the optimising one spent more CPU than it saved on a run of
      // seconds (8–9 against 4 CPU-seconds, the same report to the byte). It needs a larger stack
      // than Java's default for the checker's schema, which recurses deeply.
      ['-XX:TieredStopAtLevel=1', '-Xss8m', '-jar', vnuJar, '--format', 'json', '--skip-non-html', ...dirs],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return (JSON.parse(stdout || stderr) as { messages: VnuMessage[] }).messages;
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new Error(
        'Java est introuvable : le vérificateur HTML du W3C (vnu.jar) en a besoin. Installez-le : « sudo apt-get install -y default-jre-headless ».',
        { cause: error },
      );
    }
    // vnu exits with 1 when it finds errors; its report is still on stderr.
    if (failure.stderr) return (JSON.parse(failure.stderr) as { messages: VnuMessage[] }).messages;
    throw error;
  }
}

describe('HTML', () => {
  let everyMessage: Promise<VnuMessage[]> | undefined;
  /** The messages of one site: all but those of the other site's pages, so that none is lost. */
  const messagesFor = async (dir: string) => {
    const other = dir === site.dir ? siteBase.dir : site.dir;
    const all = await (everyMessage ??= validate([site.dir, siteBase.dir]));
    return all.filter((m) => !m.url?.includes(`${other}/`));
  };

  it.each([
    ['at the domain root', site.dir],
    ['under /pole-image/', siteBase.dir],
  ])('of every page is valid for the Nu HTML Checker, %s', async (_, dir) => {
    const pages = listFiles(dir).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    // vnu checks files from disk, where the page's origin is `file:`: its CSP evaluator then
    // wrongly reports the site's own scripts and styles as blocked. Chromium enforces the real
    // policy in tests/browser/security.test.ts; every other message counts.
    const messages = (await messagesFor(dir)).filter((m) => !m.message.includes('violates Content Security Policy'));
    const report = messages.map(
      (m) =>
        `${(m.url ?? '').replace(/^.*?\/(site(-base)?)\//, '')}:${m.lastLine ?? '?'} ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}`,
    );
    expect(report).toEqual([]);
  });
});
