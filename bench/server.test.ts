import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requestPath, serveBench } from './server.ts';

describe('requestPath', () => {
  it('reads the path of a request target, decoded, without its query', () => {
    expect(requestPath('/recherche/?q=animation')).toBe('/recherche/');
    expect(requestPath('/actualites/caf%C3%A9/')).toBe('/actualites/café/');
  });

  it('keeps a path that begins with two slashes, and an escape it cannot decode', () => {
    expect(requestPath('//recherche/')).toBe('//recherche/');
    expect(requestPath('//')).toBe('//');
    expect(requestPath('/%E0%A4%A/')).toBe('/%E0%A4%A/');
  });
});

describe('serveBench', () => {
  it('answers a path that begins with two slashes, and goes on serving', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-server-'));
    mkdirSync(join(root, 'recherche'));
    writeFileSync(join(root, 'recherche/index.html'), '<!DOCTYPE html><title>Recherche</title>');
    writeFileSync(join(root, '404.html'), '<!DOCTYPE html><title>Introuvable</title>');
    const server = await serveBench(root);
    try {
      const odd = await fetch(`${server.url}/recherche/`);
      await odd.arrayBuffer();
      expect(odd.status).toBeGreaterThanOrEqual(200);
      const page = await fetch(`${server.url}recherche/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Recherche</title>');
      expect(server.log.map((sent) => sent.path)).toEqual(['//recherche/', '/recherche/']);
    } finally {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
