/**
 * A static server for the benchmark's browser measures, like a real host
 * (sirv): `/x/` serves `x/index.html`, text files are sent gzip-compressed
 * when the browser accepts it (compression), and every response is logged
 * with the bytes sent, so that what a reader downloads is counted where it
 * leaves the server.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import compression from 'compression';
import sirv from 'sirv';
import { setHostType } from '../tests/helpers/static-server.ts';

/** What hosts compress: text, and WebAssembly (Pagefind's index files are gzipped already). */
const compressible = new Set(['.html', '.css', '.js', '.json', '.xml', '.xsl', '.txt', '.svg', '.wasm']);

interface Sent {
  path: string;
  /** Bytes of the body as sent (compressed when it was). */
  bytes: number;
  /** Bytes of the file. */
  rawBytes: number;
  at: number;
}

export interface BenchServer {
  url: string;
  /** Every response sent since the last `reset()`. */
  log: Sent[];
  reset(): void;
  close(): Promise<void>;
}

/** Counts the bytes written to `response` below the compression, i.e. as they leave the server. */
function countBytes(response: ServerResponse, counted: (bytes: number) => void): void {
  let bytes = 0;
  const size = (chunk: unknown) =>
    typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk instanceof Uint8Array ? chunk.length : 0;
  const write = response.write.bind(response) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const end = response.end.bind(response) as (chunk?: unknown, ...rest: unknown[]) => ServerResponse;
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    bytes += size(chunk);
    return write(chunk, ...rest);
  }) as typeof response.write;
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    bytes += typeof chunk === 'function' ? 0 : size(chunk);
    counted(bytes);
    return end(chunk, ...rest);
  }) as typeof response.end;
}

/**
 * The path of a request target as the server received it (`/recherche/?q=a` → `/recherche/`),
 * percent-decoded when it can be: a path beginning with `//` stays a path (not a host, as
 * `new URL(target, base)` would read it), and a malformed escape is kept as written. Throws nothing.
 */
export function requestPath(target: string): string {
  let path: string;
  try {
    path = new URL(`http://localhost${target.startsWith('/') ? '' : '/'}${target}`).pathname;
  } catch {
    return target;
  }
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export async function serveBench(root: string): Promise<BenchServer> {
  const log: Sent[] = [];
  const compress = compression({
    threshold: 0,
    filter: (request: IncomingMessage) => compressible.has(extname(requestPath(request.url ?? '/')) || '.html'),
  });
  /** The size of the file each response sends, before compression. */
  const fileBytes = new WeakMap<ServerResponse, number>();
  const notFound = (_request: IncomingMessage, response: ServerResponse) => {
    const page = readFileSync(join(root, '404.html'));
    fileBytes.set(response, page.length);
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(page);
  };
  const files = sirv(root, {
    dev: true,
    onNoMatch: notFound,
    setHeaders: (response, path, stats) => {
      setHostType(response, path);
      fileBytes.set(response, stats.size);
    },
  });
  const server = createServer((request, response) => {
    const path = requestPath(request.url ?? '/');
    countBytes(response, (bytes) => {
      log.push({ path, bytes, rawBytes: fileBytes.get(response) ?? 0, at: performance.now() });
    });
    // compression's types are Express's, but it runs on Node's own request and response.
    compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], () => {
      files(request, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    log,
    reset: () => void log.splice(0),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A TCP port free on `host` now, chosen by the operating system (for a server or a browser to listen on). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createTcpServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
