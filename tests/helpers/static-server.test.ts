import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type RunningServer } from './static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'static-server-'));
let server: RunningServer;

beforeAll(async () => {
  mkdirSync(join(root, 'membres', 'ankama'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<h1>Accueil</h1>');
  writeFileSync(join(root, '404.html'), '<h1>Page introuvable</h1>');
  writeFileSync(join(root, 'membres', 'ankama', 'index.html'), '<h1>Ankama</h1>');
  writeFileSync(join(root, 'rss.xsl'), '<xsl:stylesheet/>');
  server = await serveStatic(root, '/pole-image/');
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true });
});

const get = (path: string) => fetch(new URL(path, server.url), { redirect: 'manual' });

describe('serveStatic', () => {
  it('serves a folder’s index.html under the base path, as UTF-8 HTML', async () => {
    const response = await get('/pole-image/membres/ankama/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html;charset=utf-8');
    expect(await response.text()).toBe('<h1>Ankama</h1>');
  });

  it('redirects a folder asked without its final slash', async () => {
    const response = await get('/pole-image/membres/ankama');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/pole-image/membres/ankama/');
  });

  it('answers an unknown path and a path outside the base with the site’s 404 page', async () => {
    for (const path of ['/pole-image/membres/inconnu/', '/membres/ankama/']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe('<h1>Page introuvable</h1>');
    }
  });

  it('sends the feeds’ stylesheet as XSL, as a host does', async () => {
    const response = await get('/pole-image/rss.xsl');
    expect(response.headers.get('content-type')).toBe('text/xsl; charset=utf-8');
  });
});
