/**
 * Keywords get a page each, at `/mots-cles/<slug>/`. Two spellings with the
 * same slug ("Jeu vidéo", "jeu video") would share one page under one of
 * the two names, chosen by chance: editors must write a keyword one way.
 */
import type { FileProblem } from './content-files.ts';
import { routesIn } from './routes.ts';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/strings.ts';
import { describeCharacter } from './characters.ts';
import { hasLetterOrDigit, slugify } from './slug.ts';

export interface Tagged {
  /** Path of the file, e.g. `content/news/lancement.md`. */
  file: string;
  /** The line of the `tags` field, when known. */
  line?: number | undefined;
  tags: readonly string[];
}

/** Every space of a label that is not the ordinary one, as `U+00A0 (espace insécable)`. */
function unusualSpaces(label: string): string[] {
  return [...new Set(label.match(/[^\S ]/gu) ?? [])].map(describeCharacter);
}

/**
 * The fix for two spellings that only differ by their spaces, which look the
 * same on screen (a no-break space pasted from a word processor): which one
 * holds which space. `undefined` when they differ otherwise.
 */
function spacesOnly(label: string, other: string): string | undefined {
  const plain = (text: string) => text.replace(/\s/gu, ' ');
  if (plain(label) !== plain(other)) return undefined;
  const [first, second] = [unusualSpaces(label), unusualSpaces(other)];
  const holds = (spaces: string[]) => (spaces.length ? spaces.join(', ') : 'des espaces ordinaires');
  return `ils ne diffèrent que par leurs espaces, invisibles à l’écran : le premier a ${holds(first)}, le second ${holds(second)} ; écrivez ce mot clé partout avec des espaces ordinaires`;
}

/**
 * Keywords without a letter or digit, keywords with letters of no script
 * an address can hold (an address has only a to z, digits and hyphens), and
 * keywords spelt two ways, each reported once per file. `lang` is the
 * language of the keyword pages they make: French keywords at
 * `/mots-cles/…/`, the English ones of translations at `/en/keywords/…/`.
 */
export function checkTags(entries: readonly Tagged[], lang: Language = DEFAULT_LANGUAGE): FileProblem[] {
  const pages = routesIn(lang).tags();
  const problems: FileProblem[] = [];
  const first = new Map<string, { label: string; file: string }>();
  for (const { file, line, tags } of entries) {
    const reported = new Set<string>();
    for (const label of tags) {
      const slug = slugify(label);
      if (!slug) {
        problems.push({
          file,
          line,
          message: hasLetterOrDigit(label)
            ? `« tags » : le mot clé « ${label} » n'a aucune lettre de a à z ni chiffre ; son adresse ${pages}…/ ne peut s'écrire qu'avec ceux-ci : ajoutez sa transcription ou sa traduction en lettres latines, par exemple « Festival ${label} », ou retirez-le`
            : `« tags » : le mot clé « ${label} » n'a ni lettre ni chiffre ; il ne peut pas avoir de page`,
        });
        continue;
      }
      const seen = first.get(slug);
      if (!seen) {
        first.set(slug, { label, file });
      } else if (seen.label !== label && !reported.has(slug)) {
        reported.add(slug);
        const where = seen.file === file ? 'dans le même fichier' : `dans ${seen.file}`;
        problems.push({
          file,
          line,
          message: `« tags » : « ${label} » et « ${seen.label} » (${where}) donneraient la même page ${routesIn(lang).tag(label)} ; ${spacesOnly(label, seen.label) ?? 'écrivez ce mot clé partout de la même façon'}`,
        });
      }
    }
  }
  return problems;
}
