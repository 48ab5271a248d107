/**
 * The `getStaticPaths` of the pages showing one entry, in either language:
 * the French page and its `/en/` twin list the same entries (members,
 * calls, events and pages all exist in English, translated or not; articles only
 * when translated, as `loadSiteData('en')` has them).
 */
import { cacheKey, loadSiteData, sourceOf, translationOf, type SiteData } from './site.ts';
import type { Language } from '../i18n/strings.ts';

type EntryCollection = 'news' | 'members' | 'calls' | 'pages' | 'events';

/** The entries of a collection as the site of `lang` publishes them. */
function entriesOf(siteData: SiteData, collection: EntryCollection) {
  return siteData[collection];
}

/**
 * Each published entry of `collection` in `lang`: `{ params: { id }, props: { entry }, cacheKey }`;
 * the key covers the French file and the translation's, the two texts a page may show.
 */
export async function entryPaths(collection: EntryCollection, lang: Language) {
  const siteData = await loadSiteData(lang);
  return entriesOf(siteData, collection).map((entry) => {
    const translation = translationOf(siteData, collection, entry.id);
    return {
      params: { id: entry.id },
      props: { entry },
      cacheKey: cacheKey(siteData, { id: entry.id, source: `${sourceOf(entry)}:${sourceOf(translation)}` }),
    };
  });
}
