/**
 * Lighthouse (performance, accessibility, best practices, SEO; its default
 * mobile profile with simulated throttling) on the measured pages of our
 * built site (`measuredPages`), served like a real host, in the system Chromium.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/browser.ts';
import { freePort, serveBench } from './server.ts';
import { measuredPages } from './weight.ts';
import { row } from './report.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Headless Chromium listening for the DevTools protocol on `port`, as Lighthouse expects. */
async function launch(port: number, profile: string): Promise<ChildProcess> {
  const chromium = spawn(
    CHROMIUM_PATH,
    [
      '--headless=new',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      ...CHROMIUM_ARGS,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (response.ok) return chromium;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  chromium.kill();
  throw new Error(`Chromium (${CHROMIUM_PATH}) did not open its DevTools port`);
}

export async function lighthouseReport(distDir: string, articleId: string, n: number): Promise<string> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`Chromium est introuvable (${CHROMIUM_PATH}) : apt-get install chromium`);
  const server = await serveBench(distDir);
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const chromium = await launch(port, profile);
  let version = '';
  const lines = [
    row(['page', 'performance', 'accessibilité', 'bonnes pratiques', 'SEO', 'LCP', 'CLS', 'TBT', 'audits sous 1']),
    row(['---', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '---']),
  ];
  try {
    for (const { name, path } of measuredPages(articleId)) {
      const result = await lighthouse(`${server.url}${path.slice(1)}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
      const { categories, audits } = result.lhr;
      version = result.lhr.lighthouseVersion;
      const score = (id: string) => {
        const value = categories[id]?.score;
        return value === null || value === undefined ? '—' : String(Math.round(value * 100));
      };
      const failing = CATEGORIES.flatMap((id) =>
        (categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 1)
          .map((audit) => audit?.id ?? ''),
      );
      lines.push(
        row([
          name,
          ...CATEGORIES.map(score),
          audits['largest-contentful-paint']?.displayValue ?? '—',
          audits['cumulative-layout-shift']?.displayValue ?? '—',
          audits['total-blocking-time']?.displayValue ?? '—',
          failing.length ? failing.join(', ') : 'aucun',
        ]),
      );
    }
  } finally {
    chromium.kill();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return [`### Lighthouse ${version} (profil mobile par défaut, N = ${n.toLocaleString('fr-FR')})`, '', ...lines].join(
    '\n',
  );
}
