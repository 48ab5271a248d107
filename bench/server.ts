/**
 * A static server for the benchmark's browser measures, like a real host:
 * `/x/` serves `x/index.html`, text files are sent gzip-compressed when the
 * browser accepts it, and every response is logged with the bytes sent, so
 * that what a reader downloads is counted where it leaves the server.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { contentTypes } from '../tests/helpers/static-server.ts';

/** What hosts compress: text, and WebAssembly (Pagefind's index files are gzipped already). */
const compressible = new Set(['.html', '.css', '.js', '.json', '.xml', '.xsl', '.txt', '.svg', '.wasm']);

export interface Sent {
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

async function fileFor(root: string, pathname: string): Promise<string | undefined> {
  const candidate = normalize(join(root, pathname));
  if (!candidate.startsWith(normalize(root))) return undefined;
  for (const file of [candidate, join(candidate, 'index.html')]) {
    try {
      if ((await stat(file)).isFile()) return file;
    } catch {
      // Not there: try the next form.
    }
  }
  return undefined;
}

export async function serveBench(root: string): Promise<BenchServer> {
  const log: Sent[] = [];
  const server = createServer((request, response) => {
    // Node does not wait for a promise: each request is answered, errors included, by the handler.
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const file = (await fileFor(root, pathname)) ?? join(root, '404.html');
      let body: Buffer;
      try {
        body = await readFile(file);
      } catch {
        response.writeHead(404).end();
        return;
      }
      const extension = extname(file);
      const headers: Record<string, string> = { 'Content-Type': contentTypes[extension] ?? 'application/octet-stream' };
      let sent = body;
      if (compressible.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
        sent = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
      }
      response.writeHead(file.endsWith('404.html') && !pathname.endsWith('404.html') ? 404 : 200, headers);
      response.end(sent);
      log.push({ path: pathname, bytes: sent.length, rawBytes: body.length, at: performance.now() });
    })();
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
