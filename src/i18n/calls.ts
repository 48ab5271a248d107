/**
 * The calls' interface strings, French and English side by side: status
 * and countdown, the sections of a call's page, documents, calendars,
 * change notices and the « Projets soutenus » of member pages.
 */
import type { Countdown } from '../lib/call-status.ts';
import type { DocumentKind } from '../lib/call-documents.ts';
import { defineStrings } from './strings.ts';

const NBSP = '\u00a0';

/** « 12 h », « 9 h 30 ». */
const frenchTime = (time: string) => {
  const [hours = '0', minutes = '00'] = time.split(':');
  return `${Number(hours)}${NBSP}h${minutes === '00' ? '' : `${NBSP}${minutes}`}`;
};

/** “12:00 pm”-free English: the 24-hour time as written, “12:00”. */
const englishTime = (time: string) => time;

export const callStrings = defineStrings({
  fr: {
    time: frenchTime,
    /** « 30 septembre 2009 à 12 h ». */
    dayAndTime: (day: string, time?: string) => (time ? `${day} à ${frenchTime(time)}` : day),
    status: (countdown: Countdown): string => {
      switch (countdown.kind) {
        case 'upcoming':
          return 'À venir';
        case 'open':
          return 'Ouvert';
        case 'rolling':
          return 'Ouvert jusqu’à épuisement des crédits';
        case 'closed':
          return 'Clôturé';
        case 'closes': {
          const at = countdown.time ? ` à ${frenchTime(countdown.time)}` : '';
          if (countdown.days === 0) return `Ouvert — clôture aujourd’hui${at}`;
          if (countdown.days === 1) return `Ouvert — clôture demain${at}`;
          return `Ouvert — clôture dans ${countdown.days} jours`;
        }
      }
    },
    statusAsOf: (day: string) => `Statut au ${day}, date de la dernière mise à jour du site.`,
    statusOfReader: (day: string) => `Statut au ${day}.`,
    deadline: 'Date limite',
    deadlineUnknown: 'Date limite non communiquée',
    noDeadline: 'Aucune : jusqu’à épuisement des crédits',
    unknown: 'Non communiquée',
    budget: 'Budget',
    themes: 'Thèmes',
    opens: 'Ouverture',
    grant: 'Aide par projet',
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
    applyUnknown: 'Les modalités de dépôt ne sont pas encore publiées sur ce site.',
    faq: 'Questions fréquentes',
    contact: 'Contact',
    changes: 'Modifications',
    changedOn: 'Modifié le',
    colon: `${NBSP}:`,
    changeTitle: (title: string, day: string) => `${title}${NBSP}: modification du ${day}`,
    results: 'Projets soutenus',
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
    time: englishTime,
    dayAndTime: (day: string, time?: string) => (time ? `${day} at ${englishTime(time)}` : day),
    status: (countdown: Countdown): string => {
      switch (countdown.kind) {
        case 'upcoming':
          return 'Upcoming';
        case 'open':
          return 'Open';
        case 'rolling':
          return 'Open until funds run out';
        case 'closed':
          return 'Closed';
        case 'closes': {
          const at = countdown.time ? ` at ${englishTime(countdown.time)}` : '';
          if (countdown.days === 0) return `Open — closes today${at}`;
          if (countdown.days === 1) return `Open — closes tomorrow${at}`;
          return `Open — closes in ${countdown.days} days`;
        }
      }
    },
    statusAsOf: (day: string) => `Status as of ${day}, when the site was last updated.`,
    statusOfReader: (day: string) => `Status as of ${day}.`,
    deadline: 'Deadline',
    deadlineUnknown: 'Deadline not announced',
    noDeadline: 'None: until funds run out',
    unknown: 'Not announced',
    budget: 'Budget',
    themes: 'Themes',
    opens: 'Opens',
    grant: 'Grant per project',
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
    applyUnknown: 'How to apply has not been published on this site yet.',
    faq: 'Frequently asked questions',
    contact: 'Contact',
    changes: 'Changes',
    changedOn: 'Changed on',
    colon: ':',
    changeTitle: (title: string, day: string) => `${title}: change of ${day}`,
    results: 'Projects funded',
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
