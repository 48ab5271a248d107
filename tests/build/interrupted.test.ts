/**
 * A build stopped by a signal (Ctrl-C in a terminal, a CI's timeout) publishes
 * nothing: Astro is stopped, the output folder removed, and the editor told so
 * in French, with the status a shell expects (128 + the signal's number).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';
import { ROOT, TMP, buildEnv, oneBuildAtATime } from '../helpers/build.ts';

/** Starts `npm run build`'s script into `outDir`, sends `signal` once it has printed `after`, and reports how it ended. */
function interruptedBuild(outDir: string, signal: NodeJS.Signals, after: RegExp) {
  return oneBuildAtATime(
    () =>
      new Promise<{ code: number | null; output: string }>((done, fail) => {
        const env = buildEnv({ outDir });
        const child = spawn(process.execPath, [resolve(ROOT, 'scripts/build.ts'), `--outDir=${outDir}`], {
          cwd: ROOT,
          env,
        });
        let output = '';
        let sent = false;
        const read = (chunk: Buffer) => {
          output += chunk.toString();
          if (!sent && after.test(output)) {
            sent = true;
            child.kill(signal);
          }
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        child.on('error', fail);
        child.on('close', (code) => done({ code, output }));
      }),
  );
}

describe('a build stopped by a signal', () => {
  it.for([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s: stops Astro, removes the output folder and says so', async ([signal, status], { expect }) => {
    const outDir = join(TMP, 'interrupted', signal);
    // A site left from an earlier build must not survive an interrupted one either.
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'index.html'), 'ancien site');
    // Once the content is checked, while Astro builds.
    const { code, output } = await interruptedBuild(outDir, signal, /Contenu vérifié/);
    expect(code, output).toBe(status);
    expect(output).toContain(`Construction interrompue : rien n'a été publié (${outDir} a été supprimé).`);
    expect(existsSync(outDir)).toBe(false);
  });
});
