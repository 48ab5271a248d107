/**
 * Runs a command and measures it: wall time, and the peak resident memory of
 * its whole process tree (the sum of every descendant's resident set, read
 * from /proc every 50 ms), with its output kept for the report.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

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
export function treeRss(root: number): number {
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
  output: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Echo the command's output as it runs. */
  verbose?: boolean;
}

/** Runs `command args` and measures its wall time and peak tree RSS. */
export function measure(command: string, args: readonly string[], options: RunOptions = {}): Promise<Measure> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    let output = '';
    let peakRss = 0;
    const sample = () => {
      if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
    };
    const timer = setInterval(sample, POLL_MS);
    const collect = (chunk: Buffer) => {
      output += chunk;
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
      done({ code: code ?? 1, ms: performance.now() - started, peakRss, output });
    });
  });
}
