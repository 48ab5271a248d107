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

/** Resident bytes of a process and all its descendants. */
function treeRss(root: number): number {
  const children = parents();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
    } catch {
      // The process ended between the scan and the read.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface Measure {
  code: number;
  ms: number;
  peakRss: number;
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

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Echo the command's output as it runs. */
  verbose?: boolean | undefined;
}

/** Runs `command args` and measures its wall time and peak tree RSS. */
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
    let peakRss = 0;
    const sample = () => {
      if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
    };
    const timer = setInterval(sample, POLL_MS);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (options.verbose) process.stderr.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => {
      clearInterval(timer);
      fail(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      let cpuMs = 0;
      try {
        cpuMs = parseTimes(readFileSync(timesFile, 'utf8'));
      } catch {
        // The command was killed before bash could report.
      }
      rmSync(timesDir, { recursive: true, force: true });
      done({ code: code ?? 1, ms, peakRss, cpuMs, output });
    });
  });
}
