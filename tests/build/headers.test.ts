/** The HTTP headers shipped for static hosts (`public/_headers`) and the nginx recipe of docs/deploy.md agree and cover the site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../helpers/dist.ts';

const { site } = inject('sites');

/** Rules of a Netlify/Cloudflare `_headers` file: path pattern → headers. */
function parseHeaders(text: string): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const [name, ...value] = line.trim().split(':');
      const rule = rules.at(-1);
      if (rule && name) rule.headers[name.toLowerCase()] = value.join(':').trim();
    }
  }
  return rules;
}

/** Whether a `_headers` pattern (`/*`, `/x/:name/y`) matches a path. */
function matches(pattern: string, path: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .replace(/[.]/g, '\\.')
      .replace(/\*/g, '.*')
      .replace(/:[a-z]+/g, '[^/]+')}$`,
  );
  return regex.test(path);
}

const rules = parseHeaders(readFileSync(join(site.dir, '_headers'), 'utf8'));
const headersFor = (path: string): Record<string, string> =>
  Object.fromEntries(rules.filter((r) => matches(r.pattern, path)).flatMap((r) => Object.entries(r.headers)));

describe('HTTP headers (public/_headers)', () => {
  it('are copied into the built site', () => {
    expect(rules.length).toBeGreaterThan(3);
  });

  it('protect every page: HSTS, nosniff, referrer and permissions policies, no framing', () => {
    const headers = headersFor('/membres/ankama/');
    expect(headers['strict-transport-security']).toMatch(/max-age=\d{8}/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    // HTML keeps the host's short default cache.
    expect(headers['cache-control']).toBeUndefined();
  });

  it('cache hashed assets for a year and feeds briefly', () => {
    const asset = listFiles(site.dir).find((file) => file.startsWith('_astro/') && file.endsWith('.css'));
    expect(headersFor(`/${asset}`)['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor('/rss.xml')['cache-control']).toBe('public, max-age=900');
  });

  it('serve every feed of the site as RSS', () => {
    const feeds = listFiles(site.dir).filter((file) => file.endsWith('rss.xml'));
    expect(feeds.length).toBeGreaterThan(5);
    for (const feed of feeds)
      expect(headersFor(`/${feed}`)['content-type'], feed).toBe('application/rss+xml; charset=utf-8');
  });

  it('serve every feed stylesheet as XSL, which browsers need to apply it', () => {
    const stylesheets = listFiles(site.dir).filter((file) => file.endsWith('.xsl'));
    expect(stylesheets.toSorted()).toEqual(['en/rss.xsl', 'rss.xsl']);
    for (const stylesheet of stylesheets)
      expect(headersFor(`/${stylesheet}`)['content-type'], stylesheet).toBe('text/xsl; charset=utf-8');
  });

  it('serve every calendar of the site as iCalendar, which subscriptions need', () => {
    const calendars = listFiles(site.dir).filter((file) => file.endsWith('.ics'));
    expect(calendars).toContain('agenda.ics');
    expect(calendars).toContain('agenda/lancement-du-pole-image.ics');
    for (const calendar of calendars)
      expect(headersFor(`/${calendar}`)['content-type'], calendar).toBe('text/calendar; charset=utf-8');
  });

  it('are the ones the nginx recipe of docs/deploy.md sends', () => {
    const nginx = readFileSync(new URL('../../docs/deploy.md', import.meta.url), 'utf8');
    const page = headersFor('/');
    for (const name of [
      'strict-transport-security',
      'x-content-type-options',
      'referrer-policy',
      'permissions-policy',
      'content-security-policy',
      'x-frame-options',
    ]) {
      expect(nginx.toLowerCase(), name).toContain(`add_header ${name} "${page[name]}" always;`.toLowerCase());
    }
    expect(nginx).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
    expect(nginx).toContain('default_type "application/rss+xml; charset=utf-8";');
    expect(nginx).toContain('default_type "text/calendar; charset=utf-8";');
  });
});

describe('the publishing workflow', () => {
  const workflow = readFileSync(new URL('../../.github/workflows/build.yml', import.meta.url), 'utf8');

  it('is ready for GitHub Pages: one repository variable turns the deployment on', () => {
    expect(workflow).toContain("if: vars.PUBLISH_TO == 'github-pages'");
    expect(workflow).toMatch(/uses: actions\/upload-pages-artifact@v\d+\n\s+with:\n\s+path: dist\//);
    expect(workflow).toContain('uses: actions/deploy-pages@v4');
    expect(workflow).toMatch(/pages: write\n\s+id-token: write/);
  });
});
