/**
 * Permanent identifiers of feed items. A guid depends only on what an item
 * is (its kind and its id, i.e. its file name): editing its title or text,
 * moving the site to another domain or under a sub-path never changes it, so
 * feed readers never show an item twice.
 */
import { v5 as uuidV5 } from 'uuid';

/** The site's own UUID namespace (a random v4 UUID, fixed forever). */
const NAMESPACE = '6f0c9c57-4bd1-4c43-9a7b-6f1d2a8e5b10';

/**
 * The guid of an entry in feeds: `urn:uuid:` and the name-based UUID
 * (RFC 9562, version 5) of `<collection>/<id>` in the site's namespace;
 * in English, of `<collection>/en/<id>`: a French item and its translation
 * are two items, each with a guid of its own, unchanged forever.
 */
export function feedGuid(collection: 'news' | 'calls' | 'events', id: string, lang: 'fr' | 'en' = 'fr'): string {
  return `urn:uuid:${lang === 'fr' ? entryUuid(collection, id) : uuidV5(`${collection}/${lang}/${id}`, NAMESPACE)}`;
}

/**
 * The name-based UUID (RFC 9562, version 5) of `<collection>/<id>` in the
 * site's namespace: also an event's `UID` in calendars (RFC 7986 recommends
 * a UUID), which neither a new title nor a new domain changes.
 */
export function entryUuid(collection: 'news' | 'calls' | 'events', id: string): string {
  return uuidV5(`${collection}/${id}`, NAMESPACE);
}

/**
 * The guid of a call's change notice: the name-based UUID of
 * `calls/<id>/changes/<day>` (`/2`, `/3`… for a second or third notice of
 * the same day, in the order written), so that editing a notice's text
 * never sends it again; in English, of `calls/en/<id>/changes/<day>`, the
 * English feeds' item being another item.
 */
export function changeGuid(callId: string, day: string, nth = 1, lang: 'fr' | 'en' = 'fr'): string {
  const call = lang === 'fr' ? callId : `${lang}/${callId}`;
  return `urn:uuid:${uuidV5(`calls/${call}/changes/${day}${nth > 1 ? `/${nth}` : ''}`, NAMESPACE)}`;
}
