/**
 * A small static file server for a built site, served under its base path
 * like a real host would: `/x/` serves `x/index.html`, unknown paths get the
 * site's `404.html` with status 404. Listens on 127.0.0.1 only.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

/** Content types by file extension, as a host sends them (the benchmark's server uses them too). */
export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'text/xsl; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface RunningServer {
  /** Origin plus base path, e.g. `http://127.0.0.1:4321/pole-image/`. */
  url: string;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export async function serveStatic(root: string, base = '/'): Promise<RunningServer> {
  const server: Server = createServer((request, response) => {
    // Node does not wait for a promise: each request is answered, errors included, by the handler.
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const inBase = pathname.startsWith(base) ? pathname.slice(base.length) : undefined;
      let file: string | undefined;
      if (inBase !== undefined) {
        const candidate = normalize(join(root, inBase));
        if (candidate.startsWith(normalize(root))) {
          if (await isFile(candidate)) file = candidate;
          else if (await isFile(join(candidate, 'index.html'))) {
            if (!pathname.endsWith('/')) {
              response.writeHead(301, { Location: `${pathname}/` }).end();
              return;
            }
            file = join(candidate, 'index.html');
          }
        }
      }
      if (!file) {
        const notFound = join(root, '404.html');
        response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end((await isFile(notFound)) ? await readFile(notFound) : 'Not found');
        return;
      }
      response.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream' });
      response.end(await readFile(file));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
