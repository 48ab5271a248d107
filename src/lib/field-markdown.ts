/**
 * Short Markdown texts written in a front-matter field: a call's FAQ
 * answers (paragraphs and lists) and its change notes (one inline
 * sentence). Parsed by the site's own Markdown parser (`satteri`); what a
 * field cannot show is refused with a French message (`fieldMarkdownProblems`,
 * read by the schemas, so both `npm run check:content` and the build stop),
 * and the sanitiser of `fieldHtml` stays as a second line of defence.
 */
import { htmlToHast, markdownToHtml, markdownToMdast, type HastNode, type MdastNode } from 'satteri';
import sanitizeHtml from 'sanitize-html';
import { htmlElementProblems } from './body-html.ts';
import { frenchTypography } from './french.ts';

/** What a field's Markdown may hold: `block` (an answer) adds paragraphs and lists to the inline markup of a `inline` one (a note). */
export type FieldShape = 'block' | 'inline';

const INLINE_TAGS = ['strong', 'em', 'code', 'a', 'abbr', 'br'];
const BLOCK_TAGS = [...INLINE_TAGS, 'p', 'ul', 'ol', 'li'];
const tagsOf = (shape: FieldShape) => (shape === 'block' ? BLOCK_TAGS : INLINE_TAGS);

/** Tags whose content the sanitiser drops too, so that a script's text never shows. */
const SCRIPT_TAGS = new Set(['script', 'noscript', 'template', 'style']);

const features = { gfm: true, smartPunctuation: true };

/** What a field keeps, for the messages. */
function keeps(shape: FieldShape): string {
  return `ce champ ne garde que du texte, des liens [texte](https://…), l’italique *…* et le gras **…**${shape === 'block' ? ', des paragraphes et des listes' : ', en une phrase'}`;
}

/** Markdown constructs a field cannot show, by mdast type, in words. */
const BLOCKS: Record<string, string> = {
  heading: 'un titre (#)',
  table: 'un tableau',
  blockquote: 'une citation (>)',
  code: 'un bloc de code',
  thematicBreak: 'un filet (---)',
  image: 'une image',
};

type Node = MdastNode & { value?: unknown; children?: Node[] };

/** `text` cut to about 60 characters, for quoting what an editor wrote. */
function quoted(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

function elementsOf(html: string): { tag: string; attributes: Record<string, unknown> }[] {
  const found: { tag: string; attributes: Record<string, unknown> }[] = [];
  const visit = (node: HastNode) => {
    if (node.type === 'element') {
      found.push({
        tag: node.tagName,
        attributes: Object.fromEntries(Object.keys(node.properties).map((name) => [name.toLowerCase(), true])),
      });
    }
    if ('children' in node) for (const child of node.children as HastNode[]) visit(child);
  };
  visit(htmlToHast(html, { fragment: true }));
  return found;
}

/**
 * What a field's Markdown holds that the page would drop or not show: HTML
 * elements outside the field's markup (`<script>`, `<img>`, `<iframe>`),
 * `style` and `on…` attributes, components (`<CallToAction>`, which only a
 * `.mdx` body renders), images, titles, tables; for an `inline` field,
 * paragraphs and lists too. One French message per problem, none when the
 * text shows as written.
 */
export function fieldMarkdownProblems(markdown: string, shape: FieldShape): string[] {
  const problems: string[] = [];
  const allowed = new Set(tagsOf(shape));
  const visit = (node: Node, top: boolean) => {
    if (node.type === 'html' && typeof node.value === 'string') {
      const component = /^<([A-Z][\w.]*)/.exec(node.value)?.[1];
      if (component) {
        problems.push(
          `« ${quoted(node.value)} » : composant <${component}> non permis : les composants ne s’écrivent que dans le texte d’un fichier .mdx, sous l’en-tête ; ${keeps(shape)} : écrivez un lien, [Déposer un projet](https://…)`,
        );
      } else {
        for (const { tag, attributes } of elementsOf(node.value)) {
          if (!allowed.has(tag)) {
            const why = SCRIPT_TAGS.has(tag)
              ? 'le site n’exécute aucun script venu du texte : retirez-la'
              : `${keeps(shape)} ; écrivez-le en Markdown, ou mettez un lien vers ce que la balise montrait`;
            problems.push(`« ${quoted(node.value)} » : balise <${tag}> non permise : ${why}`);
          }
          for (const message of htmlElementProblems(tag, attributes)) {
            if (message.startsWith('attribut')) problems.push(`« ${quoted(node.value)} » : ${message}`);
          }
        }
      }
    }
    const block = BLOCKS[node.type];
    if (block) problems.push(`${block} ne s’affiche pas dans ce champ : ${keeps(shape)}`);
    if (shape === 'inline' && top && node.type === 'list') {
      problems.push(`une liste ne s’affiche pas dans ce champ : ${keeps(shape)}`);
    }
    for (const child of node.children ?? []) visit(child, false);
  };
  const root = markdownToMdast(markdown, { features }) as Node;
  const blocks = root.children ?? [];
  for (const child of blocks) visit(child, true);
  if (shape === 'inline' && blocks.filter((child) => child.type === 'paragraph').length > 1) {
    problems.push(`plusieurs paragraphes : ${keeps(shape)} ; écrivez-la sans ligne vide`);
  }
  return problems;
}

/**
 * `markdown` as HTML, in French typography: paragraphs and lists for a
 * `block` field, inline markup only (no `<p>`) for an `inline` one; `siteHref` turns a site path
 * (`/membres/`) into the link the page uses (the base path).
 */
export function fieldHtml(markdown: string, siteHref: (path: string) => string, shape: FieldShape = 'block'): string {
  return sanitizeHtml(markdownToHtml(markdown).html, {
    allowedTags: tagsOf(shape),
    allowedAttributes: { a: ['href'], abbr: ['title'] },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    // No Markdown processor of the site sees a field: its French typography is done here, on text only.
    textFilter: (text) => frenchTypography(text),
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs:
          attribs.href?.startsWith('/') && !attribs.href.startsWith('//') ? { href: siteHref(attribs.href) } : attribs,
      }),
    },
  }).trim();
}

/** The text as plain text on one line, in French typography, for structured data (schema.org `Answer.text`) and feed summaries: HTML left out, entities never escaped. */
export function fieldText(markdown: string): string {
  const words: string[] = [];
  const visit = (node: Node) => {
    if ((node.type === 'text' || node.type === 'inlineCode') && typeof node.value === 'string') words.push(node.value);
    if (node.type === 'html') return;
    for (const child of node.children ?? []) visit(child);
    // Blocks end with a break, so that two paragraphs do not run into one word.
    if (node.type === 'paragraph' || node.type === 'listItem') words.push(' ');
  };
  visit(markdownToMdast(markdown, { features }));
  // Line breaks only: the non-breaking spaces of French typography stay.
  return frenchTypography(
    words
      .join('')
      .replace(/[ \t\r\n]+/g, ' ')
      .trim(),
  );
}
