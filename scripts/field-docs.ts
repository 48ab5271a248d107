/**
 * The front-matter fields of each collection, read from the JSDoc of
 * `src/schemas/`, so that the editor guide (`docs/editing.md`, written by
 * `scripts/editing-docs.ts`) and `npm run new` repeat the schemas word for word.
 */
import ts from 'typescript';

export const collections = [
  { file: 'src/schemas/news.ts', title: 'Actualités', where: '`content/news/<id>.md` ou `.mdx`' },
  { file: 'src/schemas/members.ts', title: 'Membres', where: '`content/members/<id>.md` ou `.mdx`' },
  { file: 'src/schemas/calls.ts', title: 'Appels à projets', where: '`content/calls/<id>.md` ou `.mdx`' },
  { file: 'src/schemas/events.ts', title: 'Agenda', where: '`content/events/<id>.md` ou `.mdx`' },
  { file: 'src/schemas/pages.ts', title: 'Pages', where: '`content/pages/<id>.md` ou `.mdx`' },
  { file: 'src/schemas/settings.ts', title: 'Réglages du site', where: '`content/settings/site.yaml`' },
] as const;

export interface FieldDoc {
  name: string;
  /** The JSDoc sentences, on one line. */
  doc: string;
  /** The `@example` of the JSDoc: the field as written in front matter, lines kept. */
  example: string;
}

/** The documented fields of a schema file: those of its largest `strictFields({…})`. */
export function fieldDocs(sourceText: string): FieldDoc[] {
  const source = ts.createSourceFile('schema.ts', sourceText, ts.ScriptTarget.Latest, true);
  let best: ts.ObjectLiteralExpression | undefined;
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'strictFields' &&
      node.arguments[0] &&
      ts.isObjectLiteralExpression(node.arguments[0])
    ) {
      const shape = node.arguments[0];
      if (!best || shape.properties.length > best.properties.length) best = shape;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!best) return [];
  return best.properties.map((property) => {
    const name = property.name?.getText(source).replace(/^['"]|['"]$/g, '') ?? '?';
    const comment = ts
      .getLeadingCommentRanges(sourceText, property.getFullStart())
      ?.map((range) => sourceText.slice(range.pos, range.end))
      .find((text) => text.startsWith('/**'));
    const lines = (comment ?? '')
      .replace(/^\/\*\*\s*|\s*\*\/$/g, '')
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''));
    const at = lines.findIndex((line) => line.startsWith('@example'));
    const doc = (at < 0 ? lines : lines.slice(0, at)).join(' ').replace(/\s+/g, ' ').trim();
    const example =
      at < 0
        ? ''
        : [(lines[at] ?? '').replace(/^@example\s*/, ''), ...lines.slice(at + 1)]
            .filter((line, index) => index > 0 || line !== '')
            .join('\n')
            .trimEnd();
    return { name, doc, example };
  });
}
