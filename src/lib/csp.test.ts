import { describe, expect, it } from 'vitest';
import { withOwnHashes } from './csp.ts';

// Digests computed apart with `printf '%s' 'a{color:red}' | openssl dgst -sha256 -binary | base64`.
const RED = "'sha256-6hWWMOcF+mJesSJGYhmK2lkIIEw9Xc5XKGLPVzh8yxs='";
const BLUE = "'sha256-HJTPZERdzf/z7qqTGNitczq4erJRc/mptSiE6ediUxw='";
const LOG = "'sha256-CihokcEcBW4atb/CW/XWsvWwbTjqwQlE9nj9ii5ww5M='";
const RED_384 = "'sha384-WaGEP9T/jxlsWHfOK7DFaJcRwPKsFTOGNCCg2xPL4+sSg1e0RugLkIgE4yaC6qZv'";

/** A page whose policy lists `scripts` and `styles` hashes, with `body` in it. */
const page = (scripts: string, styles: string, body: string) =>
  `<!DOCTYPE html><html lang="fr"><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'${scripts}; style-src 'self'${styles}">${body}</head><body><p>Texte</p></body></html>`;

describe('withOwnHashes', () => {
  it('keeps the hashes of the page’s own inline styles and scripts, and drops the site’s others', () => {
    const body = '<style>a{color:red}</style><script>console.log(1)</script>';
    expect(withOwnHashes(page(` ${LOG} ${BLUE}`, ` ${BLUE} ${RED}`, body))).toBe(page(` ${LOG}`, ` ${RED}`, body));
  });

  it('drops every hash of a page without inline elements, and those of scripts with a src', () => {
    const body =
      '<script type="module" src="/_astro/a.js">console.log(1)</script><link rel="stylesheet" href="/a.css">';
    expect(withOwnHashes(page(` ${LOG}`, ` ${RED} ${BLUE}`, body))).toBe(page('', '', body));
  });

  it('reads a hash of another algorithm with that algorithm, and styles with attributes', () => {
    const body = '<style data-astro-cid-x>a{color:red}</style>';
    expect(withOwnHashes(page('', ` ${RED_384} ${BLUE}`, body))).toBe(page('', ` ${RED_384}`, body));
  });

  it('leaves a page without a policy as it is', () => {
    const html = '<!DOCTYPE html><html><head><style>a{color:red}</style></head></html>';
    expect(withOwnHashes(html)).toBe(html);
  });
});
