/**
 * XML for the tests, read by the one XML parser they use (sax, strict and
 * with namespaces, the way the W3C Feed Validation Service reads a feed: a
 * bare « & », an unbound prefix or an unclosed element is an error), into
 * plain objects: an element is its trimmed text when it has neither
 * attributes nor children, otherwise an object of `@_attribute` values,
 * `#text` and child elements by qualified name, an array when repeated.
 */
import sax from 'sax';

export type XmlNode = Record<string, unknown>;

/** The first well-formedness error of a document, with sax's message. */
export class XmlError extends Error {}

/** The document as a tree whose root holds the document element; throws `XmlError` when not well formed. */
export function readXml(xml: string): XmlNode {
  // sax lets through the characters XML 1.0 forbids (§ 2.2 « Char »), raw or as references, which strict readers refuse.
  const forbidden =
    // eslint-disable-next-line no-control-regex -- these characters are what is looked for
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|&#0*(?:[0-8]|1[1-2]|1[4-9]|2\d|3[01]);|&#x0*(?:[0-8bcef]|1[\da-f]);/i.exec(
      xml,
    );
  if (forbidden) {
    const code = forbidden[0].startsWith('&')
      ? forbidden[0]
      : `U+${(forbidden[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    throw new XmlError(`disallowed character ${code} at offset ${forbidden.index}`);
  }
  const parser = sax.parser(true, { xmlns: true });
  const root: XmlNode = {};
  const open: { node: XmlNode; text: string }[] = [{ node: root, text: '' }];
  const current = () => open[open.length - 1] as { node: XmlNode; text: string };
  let error: string | undefined;
  parser.onerror = (problem) => {
    error ??= problem.message.split('\n')[0];
    parser.resume();
  };
  // With namespaces on, sax gives each attribute as an object with its value.
  parser.onopentag = (tag) => {
    const node: XmlNode = {};
    for (const [name, attribute] of Object.entries((tag as sax.QualifiedTag).attributes)) {
      node[`@_${name}`] = attribute.value;
    }
    open.push({ node, text: '' });
  };
  parser.ontext = parser.oncdata = (text) => {
    current().text += text;
  };
  parser.onclosetag = (name) => {
    const { node, text } = open.pop() ?? current();
    const trimmed = text.trim();
    if (trimmed && Object.keys(node).length > 0) node['#text'] = trimmed;
    const value = Object.keys(node).length > 0 ? node : trimmed;
    const parent = current().node;
    const siblings = parent[name];
    if (siblings === undefined) parent[name] = value;
    else if (Array.isArray(siblings)) siblings.push(value);
    else parent[name] = [siblings, value];
  };
  parser.write(xml).close();
  if (error !== undefined) throw new XmlError(error);
  return root;
}
