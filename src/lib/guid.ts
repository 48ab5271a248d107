/**
 * Permanent identifiers of feed items. A guid depends only on what an item
 * is (its kind and its id, i.e. its file name): editing its title or text,
 * moving the site to another domain or under a sub-path never changes it, so
 * feed readers never show an item twice.
 */
import { createHash } from 'node:crypto';

/** The site's own UUID namespace (a random v4 UUID, fixed forever). */
const NAMESPACE = '6f0c9c57-4bd1-4c43-9a7b-6f1d2a8e5b10';

/** A name-based UUID (RFC 9562, version 5) of `name` in `namespace`. */
export function uuidV5(name: string, namespace = NAMESPACE): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The guid of an entry in feeds: `urn:uuid:…` from its collection and id. */
export function feedGuid(collection: 'news' | 'calls', id: string): string {
  return `urn:uuid:${uuidV5(`${collection}/${id}`)}`;
}
