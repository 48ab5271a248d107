/**
 * A static file server for a built site (sirv), served under its base path
 * like a real host would: `/x/` serves `x/index.html`, `/x` redirects to
 * `/x/`, unknown paths and paths outside the base get the site's `404.html`
 * with status 404. Listens on 127.0.0.1 only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** The types a host sends where sirv's table has none or differs: text in UTF-8, the feeds' stylesheet as XSL, Pagefind's index as bytes. */
const hostTypes: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'text/xsl; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Sets the Content-Type a host would send for `path` where sirv's own differs (sirv keeps a type set here). */
export function setHostType(response: ServerResponse, path: string): void {
  const type = hostTypes[extname(path)];
  if (type) response.setHeader('Content-Type', type);
}

export interface RunningServer {
  /** Origin plus base path, e.g. `http://127.0.0.1:4321/pole-image/`. */
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string, base = '/'): Promise<RunningServer> {
  const notFound = (_request: IncomingMessage, response: ServerResponse) => {
    const page = join(root, '404.html');
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(existsSync(page) ? readFileSync(page) : 'Not found');
  };
  // `dev` reads the disk on each request, so a site rebuilt while served is served as it now is.
  const files = sirv(root, { dev: true, extensions: ['html'], onNoMatch: notFound, setHeaders: setHostType });
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(base)) {
      notFound(request, response);
      return;
    }
    const inBase = pathname.slice(base.length);
    const directory = join(root, inBase);
    if (
      inBase &&
      !inBase.endsWith('/') &&
      existsSync(join(directory, 'index.html')) &&
      statSync(directory).isDirectory()
    ) {
      response.writeHead(301, { Location: `${url.pathname}/` }).end();
      return;
    }
    request.url = `/${inBase}${url.search}`;
    files(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
