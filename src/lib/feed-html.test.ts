import { describe, expect, it } from 'vitest';
import { feedHtml } from './feed-html.ts';

const page = 'https://pole-image.example/pole-image/actualites/lancement/';

describe('feedHtml', () => {
  it('makes site links and anchors absolute, keeping the base path', () => {
    expect(feedHtml('<a href="/pole-image/membres/ankama/">Ankama</a>', page)).toBe(
      '<a href="https://pole-image.example/pole-image/membres/ankama/">Ankama</a>',
    );
    expect(feedHtml('<a href="#gouvernance">plus bas</a>', page)).toBe(`<a href="${page}#gouvernance">plus bas</a>`);
    expect(feedHtml('<a href="../">liste</a>', page)).toBe(
      '<a href="https://pole-image.example/pole-image/actualites/">liste</a>',
    );
  });

  it('makes image sources and srcsets absolute', () => {
    const html = feedHtml(
      '<img src="/pole-image/_astro/a.webp" srcset="/pole-image/_astro/a-480.webp 480w, /pole-image/_astro/a-800.webp 800w" alt="Une image">',
      page,
    );
    expect(html).toContain('src="https://pole-image.example/pole-image/_astro/a.webp"');
    expect(html).toContain(
      'srcset="https://pole-image.example/pole-image/_astro/a-480.webp 480w, https://pole-image.example/pole-image/_astro/a-800.webp 800w"',
    );
    expect(html).toContain('alt="Une image"');
  });

  it('removes scripts, event handlers, styles, frames and javascript: links', () => {
    const html = feedHtml(
      '<p style="color:red" onclick="x()">Texte<script>alert(1)</script></p><iframe src="https://x.example"></iframe><style>p{}</style><a href="javascript:alert(1)">lien</a>',
      page,
    );
    expect(html).toBe('<p>Texte</p><a>lien</a>');
  });

  it('keeps the structure of an article: headings, lists, quotes, figures, tables', () => {
    const html =
      '<h2 id="x">Titre</h2><ul><li>un</li></ul><blockquote><p>cité</p></blockquote><figure><img src="https://example.org/a.png" alt=""><figcaption>Légende</figcaption></figure><table><tr><td>1</td></tr></table>';
    expect(feedHtml(html, page)).toBe(html.replace('alt="">', 'alt="" />'));
  });

  it('keeps folded details with their summary, and struck and inserted text', () => {
    expect(feedHtml('<details><summary>Plus</summary><p>Le détail.</p></details>', page)).toBe(
      '<details><summary>Plus</summary><p>Le détail.</p></details>',
    );
    expect(feedHtml('<p><del>1 M€</del> <ins>1,85 M€</ins></p>', page)).toBe(
      '<p><del>1 M€</del> <ins>1,85 M€</ins></p>',
    );
  });

  it('gives the <Video> component as a plain link to the video', () => {
    expect(
      feedHtml(
        '<div class="video" data-astro-cid-v><p class="video-link" data-astro-cid-v><span aria-hidden="true" data-astro-cid-v>▶</span> <a href="https://vimeo.com/123456789" rel="noopener" data-astro-cid-v>La bande-annonce</a> <span class="video-site" data-astro-cid-v>(vidéo sur Vimeo)</span></p></div>',
        page,
      ),
    ).toBe(
      '<div><p><span>▶</span> <a href="https://vimeo.com/123456789" rel="noopener">La bande-annonce</a> <span>(vidéo sur Vimeo)</span></p></div>',
    );
  });

  it('drops class and data attributes that only mean something on the site', () => {
    expect(feedHtml('<div class="key-figures" data-astro-cid-x><p>1 000</p></div>', page)).toBe(
      '<div><p>1 000</p></div>',
    );
  });
});
