/**
 * `npm run build`: checks the content (`npm run check:content`, every error
 * at once, in French), builds the site into an empty `dist/`, then writes its
 * search index (`scripts/search-index.ts`) and, if anything fails, removes it, so that a failed build never leaves a stale
 * or half-built site to deploy. The check runs beside `astro build`, on the
 * other core, and speaks first: Astro's output waits until the content is
 * known to be sound, and a failed check stops Astro and shows only its own
 * messages. Extra arguments go to `astro build` (e.g. `--outDir`), except
 * `--skip-content-check`, which leaves the content to Astro's own validation
 * alone (for the tests of that second line of defence), and `--incremental`,
 * which reuses the unchanged pages of the previous `--incremental` build
 * (see `incrementalBuild` in astro.config.mjs).
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { allocatorPurgeDelay, outputFolder } from './build-options.ts';
import { indexSite } from './search-index.ts';

const SKIP_CHECK = '--skip-content-check';
const INCREMENTAL = '--incremental';
const args = process.argv.slice(2).filter((arg) => arg !== SKIP_CHECK && arg !== INCREMENTAL);
const outDir = outputFolder(args);

/** The exit status of a build stopped by a signal (128 + its number), once one has come. */
let interruption: number | undefined;

function fail(status: number): never {
  rmSync(outDir, { recursive: true, force: true });
  console.error(
    interruption
      ? `\nConstruction interrompue : rien n'a été publié (${outDir} a été supprimé). Relancez-la pour publier.`
      : `\nÉchec de la construction : rien n'a été publié (${outDir} a été supprimé). Corrigez les erreurs ci-dessus puis relancez.`,
  );
  process.exit(interruption ?? (status || 1));
}

rmSync(outDir, { recursive: true, force: true });

/** The content check in a process of its own, its output kept to be shown in one piece. */
function contentCheck(): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  if (process.argv.includes(SKIP_CHECK)) return Promise.resolve({ ok: true, stdout: '', stderr: '' });
  return new Promise((done) => {
    const check = spawn(process.execPath, [resolve(import.meta.dirname, 'check-content.ts')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    check.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    check.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    check.on('close', (code) => done({ ok: code === 0, stdout, stderr }));
  });
}

const astro = resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
const build = spawn(process.execPath, [astro, 'build', ...args], {
  stdio: ['inherit', 'pipe', 'pipe'],
  // A production build whatever the caller's NODE_ENV (test runners set it to `test`).
  env: {
    ...process.env,
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
    POLE_IMAGE_INCREMENTAL: process.argv.includes(INCREMENTAL) ? '1' : '',
    // The loaders leave the text of the files to the check (see `checkedBeside` in src/content.config.ts).
    POLE_IMAGE_CONTENT_CHECK: process.argv.includes(SKIP_CHECK) ? '' : 'beside',
    MIMALLOC_PURGE_DELAY: allocatorPurgeDelay(),
  },
});
const built = new Promise<number>((done) => build.on('close', (code, signal) => done(signal ? 1 : (code ?? 1))));

// Stopped (Ctrl-C, a CI's timeout) at any stage: Astro stopped, the output folder, with the pages
// prepared for the index inside it, removed; Pagefind's process ends with this one.
for (const [signal, status] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => {
    interruption = status;
    build.kill(signal);
    void built.then(() => fail(status));
  });
}

// Astro's output waits for the check's verdict, then flows as it comes.
let held: [NodeJS.WriteStream, Buffer][] | undefined = [];
for (const [from, to] of [
  [build.stdout, process.stdout],
  [build.stderr, process.stderr],
] as const) {
  from.on('data', (chunk: Buffer) => (held ? held.push([to, chunk]) : to.write(chunk)));
}

const check = await contentCheck();
process.stdout.write(check.stdout);
process.stderr.write(check.stderr);
if (!check.ok) {
  build.kill();
  await built;
  fail(1);
}
for (const [to, chunk] of held) to.write(chunk);
held = undefined;

const status = await built;
// A render error leaves Astro's temporary folder behind, whatever its exit code.
if (status !== 0 || existsSync(resolve(outDir, '.prerender'))) fail(status);

// The search index, once Astro has exited: Pagefind's process holds every page's words until it
// writes the index, and beside Astro's own peak the two would need their sum of memory.
try {
  const started = performance.now();
  const { pages, shards } = await indexSite(outDir);
  const seconds = ((performance.now() - started) / 1000).toFixed(2).replace('.', ',');
  const split = Object.entries(shards).map(([language, parts]) => `${language}\u00a0: ${parts.length} parties`);
  // `npm run bench` reads the indexing time from this line.
  console.log(
    `${new Date().toLocaleTimeString('fr-FR')} [pagefind] ${pages} pages indexées pour la recherche en ${seconds}\u00a0s${split.length ? ` (index en parties, ${split.join(', ')})` : ''}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  fail(1);
}
