/**
 * The words the Markdown pipeline writes itself (the footnotes' heading and
 * back links, the names of task-list boxes), one set per language, and the
 * language of a content file, which decides the set: a translation
 * (`content/<collection>/en/<id>.md`) gets the English words, every other
 * file the French ones.
 */
import { DEFAULT_LANGUAGE, type Language } from '../i18n/strings.ts';

/**
 * The language of a content file's text, from its path: the folder a
 * translation sits in (`…/news/en/launch.md` is English), French otherwise
 * and when the path is unknown (`undefined`).
 */
export function contentFileLanguage(file: URL | string | undefined): Language {
  const path = file instanceof URL ? file.pathname : (file ?? '');
  return /\/en\/[^/]+\.mdx?$/.test(path) ? 'en' : DEFAULT_LANGUAGE;
}

/**
 * Sätteri's GFM footnote options (`features.gfm.footnotes`): `label` heads the
 * notes section, `backLabel` is the accessible name of each back link, where
 * `{reference}` becomes the note's number (`1`, or `1-2` for its second call).
 */
export const footnoteLabels: Record<Language, { label: string; backLabel: string }> = {
  fr: { label: 'Notes', backLabel: 'Revenir à l’appel de note {reference}' },
  en: { label: 'Notes', backLabel: 'Back to reference {reference}' },
};

export interface TaskLabels {
  /** The name of a ticked box of a task list (`- [x]`). */
  done: string;
  /** The name of an empty box (`- [ ]`). */
  todo: string;
}

/** The names of the boxes of Markdown task lists, read by screen readers. */
export const taskLabels: Record<Language, TaskLabels> = {
  fr: { done: 'fait', todo: 'à faire' },
  en: { done: 'done', todo: 'to do' },
};
