/**
 * The calls' interface strings, French and English side by side: status and
 * countdown, the calls' list, the facts and sections of a call's page,
 * documents, calendars, change notices and the « Projets soutenus » of
 * member pages. The browser loads none of them: a status badge carries the
 * labels its script needs (`callStatusLabels`).
 */
import type { DocumentKind } from '../lib/call-documents.ts';
import { COUNTDOWN_LABELS, countdownLabel, type Countdown, type CountdownLabel } from '../lib/call-status.ts';
import { defineStrings, type Language } from './strings.ts';

const NBSP = '\u00a0';

/** « 12 h », « 9 h 30 ». */
const frenchTime = (time: string) => {
  const [hours = '0', minutes = '00'] = time.split(':');
  return `${Number(hours)}${NBSP}h${minutes === '00' ? '' : `${NBSP}${minutes}`}`;
};

export const callStrings = defineStrings({
  fr: {
    time: frenchTime,
    /** « 30 septembre 2009 à 12 h ». */
    dayAndTime: (day: string, time?: string) => (time ? `${day} à ${frenchTime(time)}` : day),
    upcoming: 'À venir',
    open: 'Ouvert',
    rolling: 'Ouvert jusqu’à épuisement des crédits',
    closed: 'Clôturé',
    closesToday: (time?: string) => `Ouvert — clôture aujourd’hui${time ? ` à ${frenchTime(time)}` : ''}`,
    closesTomorrow: (time?: string) => `Ouvert — clôture demain${time ? ` à ${frenchTime(time)}` : ''}`,
    /** `%d`: the number of days, written in by the build or the page's script. */
    closesInDays: 'Ouvert — clôture dans %d jours',
    /** `%s`: the reader's day, written in by the page's script. */
    statusOfReader: 'Statut au %s.',
    statusAsOf: (day: string) => `Statut au ${day}, date de la dernière mise à jour du site.`,
    deadline: 'Date limite',
    deadlineUnknown: 'Date limite non communiquée',
    noDeadline: 'Aucune (jusqu’à épuisement des crédits)',
    unknown: 'Non communiquée',
    budget: 'Budget',
    themes: 'Thèmes',
    opens: 'Ouverture',
    grant: 'Aide par projet',
    grantAmount: (amount: string) => `${amount} par projet`,
    grantRange: (min?: string, max?: string) =>
      min && max
        ? `de ${min} à ${max} par projet`
        : min
          ? `à partir de ${min} par projet`
          : `jusqu’à ${max} par projet`,
    eligibility: 'Qui peut candidater',
    funds: 'Ce qui est financé',
    dates: 'Dates clés',
    opensEvent: 'Ouverture des candidatures',
    closesEvent: 'Date limite de dépôt',
    documents: 'Documents à télécharger',
    documentKind: (kind: DocumentKind) =>
      ({ reglement: 'Règlement', dossier: 'Dossier de candidature', modele: 'Modèle', annexe: 'Annexe' })[kind],
    /** « PDF, 240 Ko ». */
    documentFacts: (format: string, bytes: number) =>
      `${format}, ${
        bytes < 1_000_000
          ? `${Math.max(1, Math.round(bytes / 1000)).toLocaleString('fr-FR')}${NBSP}Ko`
          : `${(bytes / 1_000_000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })}${NBSP}Mo`
      }`,
    apply: 'Comment candidater',
    applyButton: 'Déposer un projet',
    applyUpcoming: (day: string) => `Le dépôt des projets ouvrira le ${day}.`,
    applyClosed: (deadline: string) => `Le dépôt des projets est clos depuis le ${deadline}.`,
    faq: 'Questions fréquentes',
    contact: 'Contact',
    changes: 'Modifications',
    allChanges: 'Toutes les modifications',
    changedOn: 'Modifié le',
    colon: `${NBSP}:`,
    changeTitle: (title: string, day: string) => `${title}${NBSP}: modification du ${day}`,
    results: 'Projets soutenus',
    resultsTable: 'Tableau des projets soutenus',
    resultProject: 'Projet',
    resultHolder: 'Porteur',
    resultTheme: 'Thème',
    resultAmount: 'Montant',
    resultTotal: 'Total',
    resultShare: (total: string, share: string) => `${total} accordés, soit ${share} du budget.`,
    calendar: 'Ajouter à mon agenda',
    calendarAll: 'S’abonner au calendrier des appels',
    calendarAllHelp:
      'Les dates de tous les appels, tenues à jour dans votre application d’agenda. Ou téléchargez le fichier\u00a0:',
    calendarFile: 'calendrier.ics',
    calendarName: (site: string) => `${site} – Appels à projets`,
    calendarOpens: (title: string) => `Ouverture${NBSP}: ${title}`,
    calendarCloses: (title: string) => `Date limite${NBSP}: ${title}`,
    memberResults: 'Projets soutenus',
    calls: 'Appels à projets',
    listDescription: (site: string) =>
      `Les appels à projets du ${site}\u00a0: budgets, thèmes, dates limites et statut.`,
    listLede: 'Les appels ouverts d’abord, puis ceux à venir, puis les appels clôturés.',
    toCalls: 'aux appels à projets',
    none: 'Aucun appel à projets pour le moment.',
    news: 'Actualités sur cet appel',
    noNews: 'Aucune actualité ne cite encore cet appel.',
    allNews: 'Toutes les actualités sur cet appel',
  },
  en: {
    // The 24-hour time as written: « 12:00 ».
    time: (time: string) => time,
    dayAndTime: (day: string, time?: string) => (time ? `${day} at ${time} (Paris time)` : day),
    upcoming: 'Upcoming',
    open: 'Open',
    rolling: 'Open until funds run out',
    closed: 'Closed',
    closesToday: (time?: string) => `Open — closes today${time ? ` at ${time} (Paris time)` : ''}`,
    closesTomorrow: (time?: string) => `Open — closes tomorrow${time ? ` at ${time} (Paris time)` : ''}`,
    closesInDays: 'Open — closes in %d days',
    statusOfReader: 'Status as of %s.',
    statusAsOf: (day: string) => `Status as of ${day}, when the site was last updated.`,
    deadline: 'Deadline',
    deadlineUnknown: 'Deadline not announced',
    noDeadline: 'None (until funds run out)',
    unknown: 'Not announced',
    budget: 'Budget',
    themes: 'Themes',
    opens: 'Opens',
    grant: 'Grant per project',
    grantAmount: (amount: string) => `${amount} per project`,
    grantRange: (min?: string, max?: string) =>
      min && max ? `${min} to ${max} per project` : min ? `from ${min} per project` : `up to ${max} per project`,
    eligibility: 'Who may apply',
    funds: 'What is funded',
    dates: 'Key dates',
    opensEvent: 'Applications open',
    closesEvent: 'Application deadline',
    documents: 'Documents to download',
    documentKind: (kind: DocumentKind) =>
      ({ reglement: 'Rules', dossier: 'Application form', modele: 'Template', annexe: 'Appendix' })[kind],
    documentFacts: (format: string, bytes: number) =>
      `${format}, ${
        bytes < 1_000_000
          ? `${Math.max(1, Math.round(bytes / 1000)).toLocaleString('en-GB')} KB`
          : `${(bytes / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`
      }`,
    apply: 'How to apply',
    applyButton: 'Submit a project',
    applyUpcoming: (day: string) => `Submissions open on ${day}.`,
    applyClosed: (deadline: string) => `Submissions closed on ${deadline}.`,
    faq: 'Frequently asked questions',
    contact: 'Contact',
    changes: 'Changes',
    allChanges: 'All changes',
    changedOn: 'Changed on',
    colon: ':',
    changeTitle: (title: string, day: string) => `${title}: change of ${day}`,
    results: 'Projects funded',
    resultsTable: 'Table of the projects funded',
    resultProject: 'Project',
    resultHolder: 'Holder',
    resultTheme: 'Theme',
    resultAmount: 'Amount',
    resultTotal: 'Total',
    resultShare: (total: string, share: string) => `${total} awarded, ${share} of the budget.`,
    calendar: 'Add to my calendar',
    calendarAll: 'Subscribe to the calls calendar',
    calendarAllHelp: 'Every call’s dates, kept up to date in your calendar application. Or download the file:',
    calendarFile: 'calendrier.ics',
    calendarName: (site: string) => `${site} – Calls for projects`,
    calendarOpens: (title: string) => `Opens: ${title}`,
    calendarCloses: (title: string) => `Deadline: ${title}`,
    memberResults: 'Projects funded',
    calls: 'Calls for projects',
    listDescription: (site: string) => `The calls for projects of ${site}: budgets, themes, deadlines and status.`,
    listLede: 'Open calls first, then upcoming ones, then closed calls.',
    toCalls: 'to the calls for projects',
    none: 'No call for projects at the moment.',
    news: 'News about this call',
    noNews: 'No news item mentions this call yet.',
    allNews: 'All news about this call',
  },
});

/**
 * A status badge's labels in `COUNTDOWN_LABELS` order, in a language, for a
 * deadline at `time` (`HH:MM`, Paris) or at the end of its day: what the
 * badge carries in `data-labels` for the browser's script.
 */
export function callStatusLabels(lang: Language, time?: string): string[] {
  const t = callStrings[lang];
  const labels: Record<CountdownLabel, string> = {
    upcoming: t.upcoming,
    open: t.open,
    rolling: t.rolling,
    closed: t.closed,
    today: t.closesToday(time),
    tomorrow: t.closesTomorrow(time),
    days: t.closesInDays,
  };
  return COUNTDOWN_LABELS.map((key) => labels[key]);
}

/** A call's status and countdown in words: « Ouvert — clôture dans 12 jours », "Open — closes today at 12:00". */
export function callStatusText(countdown: Countdown, lang: Language): string {
  return countdownLabel(
    countdown,
    callStatusLabels(lang, countdown.kind === 'closes' ? countdown.time : undefined),
    lang,
  );
}
