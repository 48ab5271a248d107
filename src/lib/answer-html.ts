/**
 * The HTML of a short Markdown text written in a front-matter field (the
 * answer of a call's question): parsed by the site's own Markdown parser
 * (`satteri`), then reduced to inline and list markup, links to the site
 * passed through `href()` so that they honour the base path.
 */
import { markdownToHtml } from 'satteri';
import sanitizeHtml from 'sanitize-html';

/** The elements an answer may hold: paragraphs, emphasis, code, links and lists. */
const ANSWER_TAGS = ['p', 'br', 'strong', 'em', 'code', 'a', 'ul', 'ol', 'li', 'abbr'];

/** `markdown` as HTML; `siteHref` turns a site path (`/membres/`) into the link the page uses. */
export function answerHtml(markdown: string, siteHref: (path: string) => string): string {
  return sanitizeHtml(markdownToHtml(markdown).html, {
    allowedTags: ANSWER_TAGS,
    allowedAttributes: { a: ['href'], abbr: ['title'] },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs:
          attribs.href?.startsWith('/') && !attribs.href.startsWith('//') ? { href: siteHref(attribs.href) } : attribs,
      }),
    },
  }).trim();
}

/** The answer as plain text, for structured data (schema.org `Answer.text`). */
export function answerText(markdown: string): string {
  return (
    sanitizeHtml(markdownToHtml(markdown).html, { allowedTags: [], allowedAttributes: {} })
      // Line breaks only: the non-breaking spaces of French typography stay.
      .replace(/[ \t\r\n]+/g, ' ')
      .trim()
  );
}
