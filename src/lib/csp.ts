/**
 * Each page's Content-Security-Policy `<meta>` cut to the page's own hashes. Astro 7.3.5
 * (`security.csp`) writes into every page the hashes of every inline style and script of the
 * whole site: on the home page, 32 style hashes and 8 script hashes for 3 inline styles and no
 * inline script that runs, 2 KB of base64 that gzip cannot shrink, on every page, and a
 * policy that allows styles the page never had.
 */
import { createHash } from 'node:crypto';

/** The policy `<meta>` Astro writes in the head: its start, its `content`, its end. */
const POLICY_META = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i;

/** A hash source of a policy (`'sha256-…'`), with the space before it. */
const HASH_SOURCE = /\s*'(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})'/g;

/** Inline `<style>` and `<script>` elements: their attributes and their text. */
const INLINE_ELEMENT = /<(style|script)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;

/**
 * `html` (a whole page) with the hash sources of its Content-Security-Policy `<meta>` limited to
 * those of its own inline elements: a `'sha256-…'` (or `sha384`, `sha512`) is kept when it is
 * the digest, in base64, of the text of one of the page's `<style>` elements or of its
 * `<script>` elements without `src`, which is what a browser compares it with (CSP Level 3,
 * « Does element match source list for type and source? »). Nothing else in the policy changes,
 * and no hash is added. Returns `html` itself when it has no such `<meta>`. Throws nothing.
 */
export function withOwnHashes(html: string): string {
  const meta = POLICY_META.exec(html);
  if (!meta) return html;
  const texts = [...html.matchAll(INLINE_ELEMENT)]
    .filter(([, , attributes = '']) => !/\ssrc\s*=/i.test(attributes))
    .map(([, , , text = '']) => text);
  const digests = new Map<string, Set<string>>();
  const own = (algorithm: string, digest: string) => {
    let found = digests.get(algorithm);
    if (!found) {
      found = new Set(texts.map((text) => createHash(algorithm).update(text, 'utf8').digest('base64')));
      digests.set(algorithm, found);
    }
    return found.has(digest);
  };
  const [whole, start = '', policy = '', end = ''] = meta;
  const kept = policy.replace(HASH_SOURCE, (source, algorithm: string, digest: string) =>
    own(algorithm, digest) ? source : '',
  );
  return html.slice(0, meta.index) + start + kept + end + html.slice(meta.index + whole.length);
}
