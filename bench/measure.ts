/**
 * Runs a command and measures it: wall time, and the peak resident memory of
 * its whole process tree (the sum of every descendant's resident set, read
 * from /proc every 50 ms), and the CPU time of the tree (user + system, as
 * bash's `times` reports it: robust where wall time suffers from a busy
 * machine), with its output kept for the report.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PAGE_SIZE = 4096;
const POLL_MS = 50;

/** Parent pid of every process, from /proc/<pid>/stat (the field after the command name). */
function parents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(ppid) ?? [];
    list.push(Number(name));
    children.set(ppid, list);
  }
  return children;
}

/** What a process of a build is, from its command line: the parts whose memory the report shows apart. */
export type Role = 'astro' | 'pagefind' | 'check' | 'other';

/** The role of a command line (`/proc/<pid>/cmdline`, arguments joined by NUL). */
export function roleOf(cmdline: string): Role {
  const args = cmdline.split('\0');
  if (args.some((arg) => /(^|\/)pagefind(_extended)?$/.test(arg) || arg.endsWith('pagefind/lib/runner/bin.cjs')))
    return 'pagefind';
  if (args.some((arg) => arg.endsWith('astro/bin/astro.mjs') || arg.endsWith('/astro'))) return 'astro';
  if (args.some((arg) => arg.endsWith('scripts/check-content.ts'))) return 'check';
  return 'other';
}

/** The highest of each role's peaks over several measures (runs of a build, or a build then its indexing). */
export function highestPeaks(peaks: readonly Record<Role, number>[]): Record<Role, number> {
  const highest: Record<Role, number> = { astro: 0, pagefind: 0, check: 0, other: 0 };
  for (const peak of peaks)
    for (const role of Object.keys(highest) as Role[]) highest[role] = Math.max(highest[role], peak[role]);
  return highest;
}

/** Resident bytes of a process and all its descendants, in all and by role. */
function treeRss(root: number): { total: number; byRole: Record<Role, number> } {
  const children = parents();
  const byRole: Record<Role, number> = { astro: 0, pagefind: 0, check: 0, other: 0 };
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    try {
      const rss = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
      // Read at every sample, never remembered: a process caught between its fork and its exec
      // still shows its parent's command line (once at N = 10,000: 1,513 MiB counted as « other »,
      // Pagefind's peak and the build script's).
      const role = roleOf(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
      total += rss;
      byRole[role] += rss;
    } catch {
      // The process ended between the scan and the read.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, byRole };
}

export interface Measure extends Peaks {
  code: number;
  ms: number;
  /** User + system CPU time of the command and all its descendants. */
  cpuMs: number;
  output: string;
}

/** Parses bash's `times` output (second line: children's user and system time, like `0m1.234s 0m0.567s`). */
function parseTimes(text: string): number {
  const line = text.trim().split('\n')[1] ?? '';
  return [...line.matchAll(/(\d+)m([\d.]+)s/g)].reduce(
    (sum, [, minutes, secs]) => sum + (Number(minutes) * 60 + Number(secs)) * 1000,
    0,
  );
}

/** Peak resident memory (bytes) of a process tree. */
export interface Peaks {
  /** Of the whole tree, all processes at one instant. */
  peakRss: number;
  /** Of each role's processes (all of them at once), each at its own moment. */
  peakByRole: Record<Role, number>;
}

/**
 * Samples the resident memory of the process `pid` and all its descendants every 50 ms (from /proc,
 * Linux only) until `stop()`, which returns the peaks (bytes). For a command that runs until it is
 * stopped, such as a dev server; `measure` uses it for commands that end by themselves.
 */
export function trackPeaks(pid: number): { stop: () => Peaks } {
  let peakRss = 0;
  const peakByRole: Record<Role, number> = { astro: 0, pagefind: 0, check: 0, other: 0 };
  const sample = () => {
    const { total, byRole } = treeRss(pid);
    peakRss = Math.max(peakRss, total);
    for (const role of Object.keys(byRole) as Role[]) peakByRole[role] = Math.max(peakByRole[role], byRole[role]);
  };
  sample();
  const timer = setInterval(sample, POLL_MS);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakRss, peakByRole };
    },
  };
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Echo the command's output as it runs. */
  verbose?: boolean | undefined;
}

/**
 * Runs `command args` and measures it: wall time (ms), CPU time of the tree (ms), peak resident
 * memory of the whole tree and of each role's processes (bytes, sampled every 50 ms from /proc,
 * Linux only), exit code and output. Never throws for the command's failure: the caller reads `code`.
 */
export function measure(command: string, args: readonly string[], options: RunOptions = {}): Promise<Measure> {
  return new Promise((done, fail) => {
    const timesDir = mkdtempSync(join(tmpdir(), 'bench-times-'));
    const timesFile = join(timesDir, 'times');
    const started = performance.now();
    // bash runs the command and then reports the CPU time of everything it started.
    const child = spawn(
      'bash',
      ['-c', '"$@"; code=$?; times > "$BENCH_TIMES_FILE"; exit $code', 'bench', command, ...args],
      { cwd: options.cwd, env: { ...(options.env ?? process.env), BENCH_TIMES_FILE: timesFile } },
    );
    let output = '';
    const peaks = child.pid ? trackPeaks(child.pid) : undefined;
    const stop = () => peaks?.stop() ?? { peakRss: 0, peakByRole: { astro: 0, pagefind: 0, check: 0, other: 0 } };
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (options.verbose) process.stderr.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => {
      stop();
      fail(error);
    });
    child.on('close', (code) => {
      const { peakRss, peakByRole } = stop();
      const ms = performance.now() - started;
      let cpuMs = 0;
      try {
        cpuMs = parseTimes(readFileSync(timesFile, 'utf8'));
      } catch {
        // The command was killed before bash could report.
      }
      rmSync(timesDir, { recursive: true, force: true });
      done({ code: code ?? 1, ms, peakRss, peakByRole, cpuMs, output });
    });
  });
}
