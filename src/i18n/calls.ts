/**
 * The calls' interface strings, French and English side by side (status
 * and countdown in `call-status.ts`, which the browser loads): the sections of a call's page, documents, calendars,
 * change notices and the « Projets soutenus » of member pages.
 */
import type { DocumentKind } from '../lib/call-documents.ts';
import { defineStrings } from './strings.ts';
import { callStatusStrings } from './call-status.ts';

const NBSP = '\u00a0';

export const callStrings = defineStrings({
  fr: {
    /** « 30 septembre 2009 à 12 h ». */
    dayAndTime: (day: string, time?: string) => (time ? `${day} à ${callStatusStrings.fr.time(time)}` : day),
    ...callStatusStrings.fr,
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
  },
  en: {
    dayAndTime: (day: string, time?: string) => (time ? `${day} at ${callStatusStrings.en.time(time)}` : day),
    ...callStatusStrings.en,
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
  },
});
