/**
 * The HTML of a feed item: the page's content made safe and self-contained
 * for feed readers. No script, no event handler, no style attribute, no
 * embedded frame; every link and image URL absolute.
 */
import sanitizeHtml from 'sanitize-html';

/** The elements a feed item keeps; the content check refuses any other in a body (`src/lib/body-html.ts`). */
export const feedTags: readonly string[] = [
  ...sanitizeHtml.defaults.allowedTags.filter((tag) => tag !== 'style'),
  'img',
  'figure',
  'figcaption',
  'picture',
  'source',
  'data',
  'details',
  'summary',
  'del',
  'ins',
];

function absolute(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

function absoluteSrcset(srcset: string, base: string): string {
  return srcset
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
      return [absolute(url, base), ...descriptors].join(' ');
    })
    .join(', ');
}

/** Sanitises `html` and makes its URLs absolute against `pageUrl`, the item's own page. */
export function feedHtml(html: string, pageUrl: string): string {
  return sanitizeHtml(html, {
    allowedTags: [...feedTags],
    allowedAttributes: {
      a: ['href', 'title', 'hreflang', 'rel'],
      img: ['src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height'],
      source: ['srcset', 'sizes', 'type', 'media'],
      data: ['value'],
      time: ['datetime'],
      abbr: ['title'],
      blockquote: ['cite'],
      q: ['cite'],
      th: ['scope', 'colspan', 'rowspan'],
      td: ['colspan', 'rowspan'],
      ol: ['start', 'reversed'],
      '*': ['id', 'lang'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowProtocolRelative: false,
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs: attribs.href ? { ...attribs, href: absolute(attribs.href, pageUrl) } : attribs,
      }),
      img: (tagName, attribs) => ({
        tagName,
        attribs: {
          ...attribs,
          ...(attribs.src ? { src: absolute(attribs.src, pageUrl) } : {}),
          ...(attribs.srcset ? { srcset: absoluteSrcset(attribs.srcset, pageUrl) } : {}),
        },
      }),
      source: (tagName, attribs) => ({
        tagName,
        attribs: attribs.srcset ? { ...attribs, srcset: absoluteSrcset(attribs.srcset, pageUrl) } : attribs,
      }),
      blockquote: (tagName, attribs) => ({
        tagName,
        attribs: attribs.cite ? { ...attribs, cite: absolute(attribs.cite, pageUrl) } : attribs,
      }),
    },
  }).trim();
}
