/**
 * The words the Markdown pipeline writes itself (the footnotes' heading and
 * back links, the names of task-list boxes), one set per page language (`<html lang>`), so that a French
 * page never says « Footnotes » and an English version only adds a line.
 */

export type PageLanguage = 'fr' | 'en';

/** The language of every page today (`<html lang="fr">` in `BaseLayout.astro`). */
export const SITE_LANGUAGE: PageLanguage = 'fr';

/**
 * Sätteri's GFM footnote options (`features.gfm.footnotes`): `label` heads the
 * notes section, `backLabel` is the accessible name of each back link, where
 * `{reference}` becomes the note's number (`1`, or `1-2` for its second call).
 */
export const footnoteLabels: Record<PageLanguage, { label: string; backLabel: string }> = {
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
export const taskLabels: Record<PageLanguage, TaskLabels> = {
  fr: { done: 'fait', todo: 'à faire' },
  en: { done: 'done', todo: 'to do' },
};
