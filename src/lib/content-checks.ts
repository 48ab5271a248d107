/**
 * The checks across entries, in one place for both readers of `content/`:
 * `npm run check:content` (from files) and `src/data` (from Astro's
 * collections) pass the same facts and get the same messages. Each entry's
 * own checks (schemas, file names) live with the schemas and loaders.
 */
import { resolve } from 'node:path';
import type { FileProblem } from './content-files.ts';
import { checkReferences } from './references.ts';
import { documentProblem } from './call-documents.ts';
import { parseRoute, routeRepairs, routesIn, type ParsedRoute, type RoutedCollection } from './routes.ts';
import { slugify } from './slug.ts';
import { closestMatches } from './suggest.ts';
import { checkTags } from './tags.ts';

/** A link written in an entry's body, to a page of the site (`/membres/ankama/`). */
interface EntryLink {
  line?: number | undefined;
  url: string;
}

/** What the cross-checks need to know of one entry. */
export interface EntryFacts {
  collection: RoutedCollection;
  id: string;
  /** The file as messages name it: `content/news/lancement.md`. */
  file: string;
  /** The line where a front-matter field is written, when known. */
  lineOf?: ((field: string) => number | undefined) | undefined;
  /** The `members`, `calls`, `events`, `organizers` and `tags` fields as read, empty when absent or unreadable. */
  members?: readonly string[] | undefined;
  calls?: readonly string[] | undefined;
  events?: readonly string[] | undefined;
  organizers?: readonly string[] | undefined;
  tags?: readonly string[] | undefined;
  /** Whether the entry is a draft (`draft: true`), when known. */
  draft?: boolean | undefined;
  /** A call's file on disk (absolute), where its `documents` are looked for. */
  path?: string | undefined;
  /** A call's `results`: the member each funded project names, if any, in order. */
  results?: readonly (string | undefined)[] | undefined;
  /** A call's `documents`: each file as written. */
  documents?: readonly string[] | undefined;
  /** Links of the body to the site's own pages, when the body was read. */
  links?: readonly EntryLink[] | undefined;
  /** Whether its body holds any text, when it was read. */
  hasBody?: boolean | undefined;
  /** The front-matter fields it gives, when read: a translation is compared with its French entry's. */
  fields?: readonly string[] | undefined;
  /** The number of items of each list a translation translates item by item (a call's `themes`, `eligibility`, `funds`, `faq`). */
  lists?: Readonly<Record<string, number>> | undefined;
}

/** The message for a missing `settings/site.yaml`, the one settings file the site needs. */
export function missingSettings(contentLabel: string): FileProblem {
  return {
    file: `${contentLabel}/settings/site.yaml`,
    message: 'fichier manquant : il contient le nom du site, la navigation et les chiffres clés',
  };
}

/** The entries and keywords with an address, by kind, in each language. */
type LinkTargets = Record<'fr' | 'en', Map<RoutedCollection | 'tags', Set<string>>>;

/**
 * What body links may point to. In French: every entry, and the keywords of
 * articles. In English: every member, call, event and page (each has an
 * English page, translated or not), but only translated articles, and the
 * keywords of their translations.
 */
function linkTargets(entries: readonly EntryFacts[], translations: readonly TranslationFacts[]): LinkTargets {
  const french = new Map<RoutedCollection | 'tags', Set<string>>();
  for (const { collection, id } of entries) french.set(collection, (french.get(collection) ?? new Set()).add(id));
  french.set(
    'tags',
    new Set(entries.filter((e) => e.collection === 'news').flatMap((e) => (e.tags ?? []).map(slugify))),
  );
  const english = new Map(french);
  const translatedNews = translations.filter((t) => t.collection === 'news' && french.get('news')?.has(t.id));
  english.set('news', new Set(translatedNews.map((t) => t.id)));
  english.set('tags', new Set(translatedNews.flatMap((t) => (t.tags ?? []).map(slugify))));
  return { fr: french, en: english };
}

/**
 * The entry or keyword a route names, with the ids of its kind in the
 * route's language; `undefined` for a route naming none (a section, a feed).
 */
function linkTarget(route: ParsedRoute | undefined, targets: LinkTargets) {
  const kind = route?.collection ?? (route?.tag ? 'tags' : undefined);
  const id = route?.id ?? route?.tag;
  if (!route || !kind || !id) return undefined;
  return { kind, id, ids: targets[route.lang === 'en' ? 'en' : 'fr'].get(kind) ?? new Set<string>() };
}

function brokenLinks(
  holders: readonly Pick<EntryFacts, 'file' | 'links'>[],
  targets: LinkTargets,
  contentLabel: string,
): FileProblem[] {
  const problems: FileProblem[] = [];
  for (const entry of holders) {
    for (const link of entry.links ?? []) {
      const route = parseRoute(link.url);
      if (!route) {
        // An address mixing the two languages' section names: the site has none such. The
        // address suggested is one whose entry exists.
        const repairs = routeRepairs(link.url);
        const [repair] = repairs.filter((path) => {
          const target = linkTarget(parseRoute(path), targets);
          return !target || target.ids.has(target.id);
        });
        if (repairs.length)
          problems.push({
            file: entry.file,
            line: link.line,
            message:
              `lien vers une adresse que le site n'a pas « ${link.url} » : les noms de rubrique sont en français à la racine, en anglais sous /en/` +
              (repair ? ` (vouliez-vous dire « ${repair} » ?)` : ''),
          });
        continue;
      }
      const target = linkTarget(route, targets);
      if (!target || target.ids.has(target.id)) continue;
      const { kind, id, ids } = target;
      const path = link.url.split(/[?#]/)[0] ?? link.url;
      const at = path.indexOf(`/${id}/`) >= 0 ? path.indexOf(`/${id}/`) : path.lastIndexOf(`/${id}`);
      // The French article exists: the fix is its French page or a translation, not another name.
      const untranslated = route.lang === 'en' && kind === 'news' && targets.fr.get('news')?.has(id) === true;
      let missing = `aucun fichier ${contentLabel}/${kind}/${id}.md ou .mdx`;
      if (kind === 'tags')
        missing =
          route.lang === 'en' ? "aucune actualité traduite en anglais n'a ce mot clé" : "aucun article n'a ce mot clé";
      else if (untranslated)
        missing = `l'actualité ${contentLabel}/news/${id}.md n'est pas traduite (aucun fichier ${contentLabel}/news/en/${id}.md) ; liez sa page française « ${routesIn('fr').article(id)} », ou traduisez-la`;
      const close = untranslated ? [] : closestMatches(id, [...ids]);
      problems.push({
        file: entry.file,
        line: link.line,
        message:
          `lien vers une page qui n'existe pas « ${link.url} » : ${missing}` +
          (close.length
            ? ` (vouliez-vous dire « ${path.slice(0, at + 1)}${close[0]}${path.slice(at + 1 + id.length)} » ?)`
            : ''),
      });
    }
  }
  return problems;
}

/**
 * What a call names that is not there: a funded project's member without a
 * file in `content/members/`, or whose profile is a draft while the call is
 * published (its « Porteur » would be empty), a document without its file
 * (beside the call or in `publicDir`, the site's `public/`), two documents
 * published under one name.
 */
function callProblems(
  entries: readonly EntryFacts[],
  memberIds: ReadonlySet<string>,
  contentLabel: string,
  publicDir: string,
): FileProblem[] {
  const problems: FileProblem[] = [];
  const draftMembers = new Set(
    entries.filter((entry) => entry.collection === 'members' && entry.draft).map((entry) => entry.id),
  );
  for (const { collection, file, path, lineOf, results, documents, draft } of entries) {
    if (collection !== 'calls') continue;
    (results ?? []).forEach((member, index) => {
      if (member !== undefined && draftMembers.has(member) && !draft) {
        problems.push({
          file,
          line: lineOf?.('results'),
          message: `« results.member » (élément ${index + 1}) : le membre « ${member} » est un brouillon (draft: true dans ${contentLabel}/members/${member}.md) : sa fiche n'est pas publiée et la colonne « Porteur » serait vide ; publiez sa fiche (retirez draft: true), ou remplacez « member: ${member} » par « holder: » suivi du nom à afficher`,
        });
        return;
      }
      if (member === undefined || memberIds.has(member)) return;
      const close = closestMatches(member, [...memberIds]);
      problems.push({
        file,
        line: lineOf?.('results'),
        message:
          `« results.member » (élément ${index + 1}) : membre inconnu « ${member} » ; aucun fichier ${contentLabel}/members/${member}.md ou .mdx` +
          (close.length
            ? ` (vouliez-vous dire ${close.map((c) => `« ${c} »`).join(' ou ')} ?)`
            : ' ; pour un porteur qui n’est pas membre du Pôle, écrivez son nom dans « holder »'),
      });
    });
    if (!path) continue;
    const names = new Map<string, string>();
    (documents ?? []).forEach((document, index) => {
      const name = document.startsWith('/') ? document : document.slice(document.lastIndexOf('/') + 1);
      const earlier = names.get(name);
      if (earlier !== undefined) {
        problems.push({
          file,
          line: lineOf?.('documents'),
          message: `« documents.file » (élément ${index + 1}) : « ${document} » serait publié sous le même nom que « ${earlier} » : renommez l'un des deux fichiers`,
        });
      }
      names.set(name, document);
      const problem = documentProblem(document, path, file, publicDir);
      if (problem) {
        problems.push({
          file,
          line: lineOf?.('documents'),
          message: `« documents.file » (élément ${index + 1}) : ${problem}`,
        });
      }
    });
  }
  return problems;
}

/**
 * Every problem between entries: unknown or repeated members and calls of
 * articles, keywords spelt two ways or without an address, and body links
 * to entries or keywords that do not exist, in either language (an English
 * article or keyword exists only when translated: `translations`). Drafts count: a clash today is
 * a clash on the day the draft is published. `contentLabel` names the
 * content folder in messages (`content`); `publicDir` is the site's
 * `public/`, where a call's documents may be stored; `others` are files
 * that are no entry but link to the site's pages (the settings' menus).
 */
export function crossCheck(
  entries: readonly EntryFacts[],
  contentLabel: string,
  publicDir = resolve('public'),
  translations: readonly TranslationFacts[] = [],
  others: readonly Pick<EntryFacts, 'file' | 'links'>[] = [],
): FileProblem[] {
  const news = entries.filter((entry) => entry.collection === 'news');
  const idsOf = (collection: RoutedCollection) =>
    new Set(entries.filter((entry) => entry.collection === collection).map((entry) => entry.id));
  const references = checkReferences(
    entries
      .filter((entry) => entry.collection === 'news' || entry.collection === 'events')
      .flatMap(({ file, lineOf, members, calls, events, organizers }) => [
        { file, field: 'organizers', line: lineOf?.('organizers'), ids: organizers ?? [], target: 'membre' },
        { file, field: 'members', line: lineOf?.('members'), ids: members ?? [], target: 'membre' },
        { file, field: 'calls', line: lineOf?.('calls'), ids: calls ?? [], target: 'appel à projets' },
        { file, field: 'events', line: lineOf?.('events'), ids: events ?? [], target: 'événement' },
      ])
      .map((ref) => ({ ...ref, targetDir: `${contentLabel}/${ref.field === 'organizers' ? 'members' : ref.field}` })),
    new Map([
      ['members', idsOf('members')],
      ['organizers', idsOf('members')],
      ['calls', idsOf('calls')],
      ['events', idsOf('events')],
    ]),
  );
  const tagged = news.map(({ file, lineOf, tags }) => ({ file, line: lineOf?.('tags'), tags: tags ?? [] }));
  return [
    ...references,
    ...checkTags(tagged),
    // The English keywords make pages of their own, /en/keywords/<slug>/: the same rules, apart.
    ...checkTags(
      translations
        .filter((translation) => translation.collection === 'news')
        .map(({ file, lineOf, tags }) => ({ file, line: lineOf?.('tags'), tags: tags ?? [] })),
      'en',
    ),
    ...brokenLinks([...entries, ...translations, ...others], linkTargets(entries, translations), contentLabel),
    ...callProblems(entries, idsOf('members'), contentLabel, publicDir),
  ];
}

/** What the translation check needs to know of one English translation. */
export interface TranslationFacts {
  collection: RoutedCollection;
  /** The id of the French entry it translates: its file name. */
  id: string;
  /** The file as messages name it: `content/members/en/ankama.md`. */
  file: string;
  /** Its `tags` as read, for an article's translation: the English keywords. */
  tags?: readonly string[] | undefined;
  /** The line where a front-matter field is written, when known. */
  lineOf?: ((field: string) => number | undefined) | undefined;
  /** Links of its body to the site's own pages, when the body was read. */
  links?: readonly EntryLink[] | undefined;
  /** Whether its body holds any text, when it was read. */
  hasBody?: boolean | undefined;
  /** The front-matter fields it gives, when read. */
  fields?: readonly string[] | undefined;
  /** The number of items of each list it gives, as `EntryFacts.lists`. */
  lists?: Readonly<Record<string, number>> | undefined;
}

/** The lists of a call a translation translates item by item, in the French order. */
const TRANSLATED_LISTS = ['themes', 'eligibility', 'funds', 'faq'] as const;

/** Whether a body holds text a page shows: HTML and MDX comments and blank lines are none. */
export function bodyHasText(body: string | undefined): boolean {
  return (
    (body ?? '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
      // No-break spaces, typed or as entities, show nothing either.
      .replace(/&nbsp;|&#160;|&#xa0;|\u00a0/gi, '')
      .trim() !== ''
  );
}

/** The number of items of each of `TRANSLATED_LISTS` that `data` gives (as read from the front matter). */
export function listLengths(data: Readonly<Record<string, unknown>>): Record<string, number> {
  return Object.fromEntries(
    TRANSLATED_LISTS.flatMap((field) => {
      const value = data[field];
      return Array.isArray(value) ? [[field, value.length]] : [];
    }),
  );
}

/**
 * Translations whose French entry does not exist, with the closest French
 * file names (a translation has the file name of the entry it translates);
 * translations without text where the French entry has some (the English
 * page would show none) or without the English description of its image;
 * and translated lists whose length differs from the
 * French one (an item would be lost, or shown in the wrong place).
 * `entries` are the French entries, drafts included.
 */
export function checkTranslations(
  translations: readonly TranslationFacts[],
  entries: readonly Pick<EntryFacts, 'collection' | 'id' | 'file' | 'hasBody' | 'lists' | 'fields'>[],
  contentLabel: string,
): FileProblem[] {
  return translations.flatMap(({ collection, id, file, hasBody, lists, fields, lineOf }) => {
    const french = entries.find((entry) => entry.collection === collection && entry.id === id);
    if (!french) {
      const ids = entries.filter((entry) => entry.collection === collection).map((entry) => entry.id);
      const close = closestMatches(id, ids);
      return [
        {
          file,
          message:
            `traduction d'une entrée qui n'existe pas : aucun fichier ${contentLabel}/${collection}/${id}.md ou .mdx` +
            (close.length ? ` (vouliez-vous dire « ${close[0]} » ?)` : '') +
            ` ; une traduction porte le nom du fichier français qu'elle traduit`,
        },
      ];
    }
    const problems: FileProblem[] = [];
    if (hasBody === false && french.hasBody) {
      problems.push({
        file,
        message: `traduction sans texte : l'entrée française ${french.file} en a un ; écrivez sa traduction sous le front matter (après la ligne ---), sinon la page anglaise n'aurait aucun texte`,
      });
    }
    // An image of the French entry is shown on the English page too: it needs an English description.
    for (const [image, alt] of [
      ['image', 'imageAlt'],
      ['logo', 'logoAlt'],
    ] as const) {
      if (fields && french.fields?.includes(image) && !fields.includes(alt)) {
        problems.push({
          file,
          message: `« ${alt} » manquant : l'entrée française ${french.file} a une image (« ${image} ») ; décrivez-la en anglais dans « ${alt} », sinon la page anglaise la décrirait en français`,
        });
      }
    }
    for (const [field, count] of Object.entries(lists ?? {})) {
      const expected = french.lists?.[field] ?? 0;
      if (count === expected) continue;
      const items = (n: number) => `${n} élément${n > 1 ? 's' : ''}`;
      problems.push({
        file,
        line: lineOf?.(field),
        message: `« ${field} » : ${items(count)}, l'entrée française ${french.file} en a ${expected} ; une traduction traduit chaque élément, dans le même ordre`,
      });
    }
    return problems;
  });
}
