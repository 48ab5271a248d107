/**
 * Checks on the text of an entry, below its front matter, parsed by Sätteri
 * (`satteri`), the Markdown and MDX parser Astro 7 builds with, so that what
 * passes here compiles there: MDX syntax, components and their props, images,
 * links to other entries.
 */
import JSON5 from 'json5';
import { htmlToHast, markdownToMdast, mdxToMdast, type HastNode, type MdastNode } from 'satteri';
import {
  componentProblems,
  isMdxComponent,
  mdxComponentSpecs,
  type ComponentSpec,
} from '../src/components/mdx/specs.ts';
import { htmlElementProblems } from '../src/lib/body-html.ts';
import type { LineProblem } from '../src/lib/schema-problems.ts';
import { closestMatches } from '../src/lib/suggest.ts';

/** The features Astro's Sätteri processor turns on (GFM, smart punctuation). */
const features = { gfm: true, smartPunctuation: true };

interface BodyImage {
  line?: number | undefined;
  url: string;
}

interface BodyLink {
  line?: number | undefined;
  url: string;
}

export interface BodyReport {
  problems: LineProblem[];
  /** Local images to find next to the file. */
  images: BodyImage[];
  /** Links to pages of the site (`/membres/ankama/`), from Markdown links and components. */
  links: BodyLink[];
}

const syntaxReasons: [RegExp, (match: RegExpExecArray) => string][] = [
  [
    /Expected a closing tag for `<([^>]+)>`/,
    ([, tag]) =>
      `la balise <${tag}> n'est jamais fermée : ajoutez </${tag}> après son contenu, ou écrivez <${tag} … /> si elle n'en a pas`,
  ],
  [
    /Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]+)>`/,
    ([, closing, open]) => `</${closing}> ne correspond pas à la dernière balise ouverte, <${open}>`,
  ],
  [
    /Unexpected closing tag `<\/([^>]*)>`, expected an open tag first/,
    ([, tag]) => `</${tag}> ferme une balise jamais ouverte`,
  ],
  [/to create a comment in MDX/, () => 'les commentaires <!-- … --> ne sont pas permis en MDX : écrivez {/* … */}'],
  [
    /Unexpected character .*(after `<`|before name)/,
    () => '« < » ouvre une balise en MDX : pour écrire le signe « inférieur à », tapez \\<',
  ],
  [
    /closing brace for `\{`/,
    () => '« { » ouvre une expression en MDX et n’est jamais refermée : pour écrire une accolade, tapez \\{',
  ],
  [
    /Could not parse expression/,
    () => 'expression entre accolades { } mal écrite (virgule, guillemet ou crochet oublié ?)',
  ],
  [/Could not parse esm/, () => 'ligne import ou export mal écrite'],
];

/** An MDX syntax error in French, with its line. */
export function explainSyntaxError(message: string): LineProblem {
  const position = /^(\d+):(\d+):\s*/.exec(message);
  const reason = message.slice(position?.[0].length ?? 0).replace(/\s*\([\w:-]+\)$/, '');
  let explained = `MDX : ${reason}`;
  for (const [pattern, explain] of syntaxReasons) {
    const match = pattern.exec(reason);
    if (match) {
      explained = explain(match);
      break;
    }
  }
  const line = position ? Number(position[1]) : undefined;
  const column = position ? `, colonne ${position[2]}` : '';
  return { line, message: `syntaxe MDX${line ? ` (ligne ${line}${column})` : ''} : ${explained}` };
}

type Node = MdastNode & {
  name?: string | null;
  url?: string;
  alt?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
};

const lineOf = (node: Node) => node.position?.start.line;

/**
 * The value of a JSX attribute: a string, `true` when bare, or the literal
 * written in braces (`{4}`, `{[{ value: 4, label: "thèmes" }]}`), read as
 * JSON5 without running anything; else the code written in the braces.
 */
function attributeValue(value: unknown): { value: unknown } | { code: string } {
  if (value === null || value === undefined) return { value: true };
  if (typeof value === 'string') return { value };
  const expression = (value as { value?: unknown }).value;
  if (typeof expression !== 'string') return { code: '' };
  try {
    return { value: JSON5.parse(expression) };
  } catch {
    return { code: expression };
  }
}

function hasContent(node: Node): boolean {
  return (node.children ?? []).some((child) => child.type !== 'text' || child.value.trim() !== '');
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** Names imported by the file itself (`import X from …`), which are not ours to check. */
function importedNames(tree: Node): Set<string> {
  const names = new Set<string>();
  for (const node of tree.children ?? []) {
    if (node.type !== 'mdxjsEsm' || typeof node.value !== 'string') continue;
    for (const match of node.value.matchAll(/\bimport\s+(?:(\w+)|\{([^}]*)\}|\*\s+as\s+(\w+))/g)) {
      for (const name of (match[1] ?? match[2] ?? match[3] ?? '').split(',')) {
        const local = name
          .trim()
          .split(/\s+as\s+/)
          .pop();
        if (local) names.add(local);
      }
    }
  }
  return names;
}

function checkComponent(node: Node, name: string, report: BodyReport): void {
  if (!isMdxComponent(name)) return;
  const spec: ComponentSpec = mdxComponentSpecs[name];
  const attributes = node.attributes ?? [];
  const props: Record<string, unknown> = {};
  const unreadable = new Set<string>();
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const read = attributeValue(attribute.value);
    if ('value' in read) {
      props[attribute.name] = read.value;
      continue;
    }
    unreadable.add(attribute.name);
    report.problems.push({
      line: lineOf(node),
      message: `<${name}> : « ${attribute.name} » : valeur entre accolades illisible « {${read.code}} » : écrivez un texte entre guillemets droits ("…"), un nombre, true ou false, ou une liste comme {[{ value: 4, label: "thèmes" }]} ; les noms de variables, calculs et appels ne sont pas permis`,
    });
  }
  // `{...props}` may bring any prop: only what is written can be checked.
  const spread = attributes.some((attribute) => attribute.type !== 'mdxJsxAttribute');
  for (const message of componentProblems(name, props, hasContent(node), unreadable)) {
    if (spread && message.includes('manquant')) continue;
    report.problems.push({ line: lineOf(node), message });
  }
  if (typeof props.href === 'string') report.links.push({ line: lineOf(node), url: props.href });
  if (spec.content?.image) {
    const images: Node[] = [];
    walk(node, (child) => child.type === 'image' && images.push(child));
    if (images.length !== 1 && hasContent(node)) {
      report.problems.push({
        line: lineOf(node),
        message: `<${name}> : ${images.length ? `${images.length} images ; une seule par <${name}>` : 'aucune image à l’intérieur'} : ${spec.content.doc}`,
      });
    }
  }
}

/** `text` cut to about `length` characters, for quoting what an editor wrote. */
function quoted(text: string, length = 60): string {
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
}

/** The elements of a piece of raw HTML, with their attribute names, comments left aside. */
function htmlElements(html: string): { tag: string; attributes: Record<string, unknown> }[] {
  const found: { tag: string; attributes: Record<string, unknown> }[] = [];
  const visit = (node: HastNode) => {
    if (node.type === 'element') {
      const properties = Object.entries(node.properties).map(([name, value]): [string, unknown] => [
        name.toLowerCase(),
        value,
      ]);
      found.push({ tag: node.tagName, attributes: Object.fromEntries(properties) });
    }
    if ('children' in node) for (const child of node.children as HastNode[]) visit(child);
  };
  visit(htmlToHast(html, { fragment: true }));
  return found;
}

/** Markdown images and links the parser did not take, left as literal text: `![…](…)` or `[…](…)`. */
const LITERAL_LINK = /(!?)\[([^\]\n]*)\]\(([^)\n]*)\)/g;

/** The start of one whose address the parser cut (an address with a space, read as text then autolinked): `[…](` with no `)` in the same text. */
const CUT_LINK = /(!?)\[([^\]\n]*)\]\((?![^)\n]*\))/g;

/** A reference-style image or link, `![…][ref]` or `[…][ref]`, whose reference has no definition. */
const UNDEFINED_REFERENCE = /(!?)\[([^\]\n]*)\]\[([^\]\n]*)\]/g;

function literalLinkProblem(match: RegExpMatchArray): string {
  const [written = '', bang, text = '', url = ''] = match;
  const what = bang ? 'image' : 'lien';
  const found = `${what} non ${bang ? 'reconnue, publiée telle quelle' : 'reconnu, publié tel quel'} « ${quoted(written, 80)} »`;
  if (/\s/.test(url.trim())) {
    const renamed = url.trim().replace(/\s+/g, '-');
    return (
      `${found} : ${bang ? 'le nom du fichier' : 'l’adresse'} contient une espace ; écrivez ${bang}[${text}](<${url.trim()}>)` +
      (bang ? ` ou renommez le fichier sans espace et écrivez ${bang}[${text}](${renamed})` : '')
    );
  }
  return `${found} : vérifiez les crochets [ ] et les parenthèses ( ) ; pour écrire ces signes tels quels, tapez \\[`;
}

/** Problems, images and links of the body of a Markdown (`md`) or MDX (`mdx`) file. */
export function checkBody(body: string, format: 'md' | 'mdx'): BodyReport {
  const report: BodyReport = { problems: [], images: [], links: [] };
  let tree: Node;
  try {
    tree = (format === 'mdx' ? mdxToMdast(body, { features }) : markdownToMdast(body, { features })) as Node;
  } catch (error) {
    report.problems.push(explainSyntaxError(error instanceof Error ? error.message : String(error)));
    return report;
  }
  const imported = importedNames(tree);
  walk(tree, (node) => {
    if (node.type === 'image' && typeof node.url === 'string') {
      const url = node.url;
      if (!node.alt?.trim()) {
        report.problems.push({
          line: lineOf(node),
          message: `image sans texte alternatif « ${url} » : décrivez-la entre les crochets, ![Ce que montre l'image](${url})`,
        });
      }
      if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url)) {
        report.problems.push({
          line: lineOf(node),
          message: `image hébergée ailleurs « ${url} » : le site ne charge rien d'un autre site ; enregistrez l'image à côté du fichier et écrivez ![…](./nom-du-fichier.jpg)`,
        });
      } else if (!url.startsWith('/')) {
        report.images.push({ line: lineOf(node), url });
      }
    }
    if (format === 'md' && node.type === 'html' && typeof node.value === 'string') {
      const tag = /<([A-Z][\w]*)/.exec(node.value)?.[1];
      if (tag && isMdxComponent(tag)) {
        report.problems.push({
          line: lineOf(node),
          message: `<${tag}> ne fonctionne que dans un fichier .mdx : renommez ce fichier en .mdx (le nom, donc l'adresse, ne change pas)`,
        });
      } else {
        for (const element of htmlElements(node.value)) {
          for (const message of htmlElementProblems(element.tag, element.attributes)) {
            report.problems.push({ line: lineOf(node), message: `« ${quoted(node.value)} » : ${message}` });
          }
        }
      }
    }
    if (node.type === 'text' && typeof node.value === 'string') {
      for (const match of node.value.matchAll(LITERAL_LINK)) {
        report.problems.push({ line: lineOf(node), message: literalLinkProblem(match) });
      }
      for (const [written = '', bang, text = ''] of node.value.matchAll(CUT_LINK)) {
        const what = bang ? 'image non reconnue, publiée telle quelle' : 'lien non reconnu, publié tel quel';
        report.problems.push({
          line: lineOf(node),
          message: `${what} « ${quoted(written, 80)}… » : son adresse contient sans doute une espace ; écrivez ${bang}[${text}](<adresse avec espace>), entre < >, ou remplacez l’espace par %20`,
        });
      }
      for (const [written = '', bang, text = '', reference = ''] of node.value.matchAll(UNDEFINED_REFERENCE)) {
        const what = bang ? 'image non reconnue, publiée telle quelle' : 'lien non reconnu, publié tel quel';
        report.problems.push({
          line: lineOf(node),
          message: `${what} « ${quoted(written, 80)} » : la référence « ${reference || text} » n’est définie nulle part ; écrivez l’adresse directement, ${bang}[${text}](${bang ? './nom-du-fichier.jpg' : 'https://…'})`,
        });
      }
    }
    // A reference-style image (`![…][ref]` and `[ref]: ./image.png`) is not optimised nor checked by the build: written inline, it is.
    if (node.type === 'imageReference') {
      report.problems.push({
        line: lineOf(node),
        message: `image écrite par référence « ![${node.alt ?? ''}][${node.label ?? node.identifier}] » : le site ne publie une image que si elle est écrite directement ; écrivez ![${node.alt ?? ''}](./nom-du-fichier.jpg) avec le chemin de sa définition`,
      });
    }
    if (node.type === 'link' && typeof node.url === 'string' && node.url.startsWith('/')) {
      report.links.push({ line: lineOf(node), url: node.url });
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const name = node.name;
      if (/^[a-z][a-z\d]*$/.test(name)) {
        const attributes = Object.fromEntries(
          node.attributes.flatMap((attribute) =>
            attribute.type === 'mdxJsxAttribute' && attribute.name ? [[attribute.name, attribute.value]] : [],
          ),
        );
        for (const message of htmlElementProblems(name, attributes)) {
          report.problems.push({ line: lineOf(node), message });
        }
        return;
      }
      if (!/^[A-Z]/.test(name) || name.includes('.') || imported.has(name)) return;
      if (isMdxComponent(name)) {
        checkComponent(node, name, report);
        return;
      }
      const close = closestMatches(name, Object.keys(mdxComponentSpecs));
      report.problems.push({
        line: lineOf(node),
        message:
          `composant inconnu <${name}>` +
          (close.length ? ` (vouliez-vous dire <${close[0]}> ?)` : '') +
          ` ; composants possibles : ${Object.keys(mdxComponentSpecs)
            .map((known) => `<${known}>`)
            .join(', ')}`,
      });
    }
  });
  return report;
}
