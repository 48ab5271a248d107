/** The words of the RSS feeds: titles, descriptions and the facts of a call. */
import { defineStrings } from './strings.ts';

export const feedStrings = defineStrings({
  fr: {
    newsTitle: (site: string) => `${site} – Actualités`,
    newsDescription: (site: string) => `Les actualités du ${site}.`,
    callsTitle: (site: string) => `${site} – Appels à projets`,
    callsDescription: (site: string) => `Les appels à projets du ${site}.`,
    tagTitle: (site: string, tag: string) => `${site} – Mot clé «\u202f${tag}\u202f»`,
    tagDescription: (site: string, tag: string) => `Les actualités du ${site} avec le mot clé «\u202f${tag}\u202f».`,
    callTitle: (title: string) => `Appel à projets\u00a0: ${title}`,
    budget: (amount: string) => `Budget\u00a0: ${amount}`,
    themes: (themes: string) => `Thèmes\u00a0: ${themes}`,
    opens: (day: string) => `Ouverture\u00a0: ${day}`,
    deadline: (day: string) => `Date limite\u00a0: ${day}`,
    // The page a browser shows for a feed (rss.xsl): XML text, entities written out.
    stylesheetTitle: 'flux RSS',
    stylesheetEyebrow: 'Flux RSS',
    whatIsIt: 'Qu’est-ce qu’un flux RSS&#8239;?',
    whatIsItText:
      'Cette page est un flux RSS&#160;: une liste des dernières publications, faite pour être lue par un lecteur de flux (aussi appelé agrégateur), une application ou une extension de navigateur qui vous signale chaque nouvelle publication. Pas d’inscription, pas d’adresse électronique à donner&#160;: vous vous désabonnez quand vous voulez.',
    subscribe: 'S’abonner',
    copyAddress: 'Copiez l’adresse de ce flux&#160;:',
    pasteAddress:
      'Dans votre lecteur de flux, choisissez «&#8239;Ajouter un flux&#8239;» ou «&#8239;S’abonner&#8239;» et collez l’adresse.',
    latest: 'Dernières publications',
    backToSite: 'Retour au site',
  },
  en: {
    newsTitle: (site: string) => `${site} – News`,
    newsDescription: (site: string) => `News from ${site}, in English.`,
    callsTitle: (site: string) => `${site} – Calls for projects`,
    callsDescription: (site: string) => `The calls for projects of ${site}.`,
    tagTitle: (site: string, tag: string) => `${site} – Keyword “${tag}”`,
    tagDescription: (site: string, tag: string) => `News from ${site} with the keyword “${tag}”.`,
    callTitle: (title: string) => `Call for projects: ${title}`,
    budget: (amount: string) => `Budget: ${amount}`,
    themes: (themes: string) => `Themes: ${themes}`,
    opens: (day: string) => `Opens: ${day}`,
    deadline: (day: string) => `Deadline: ${day}`,
    stylesheetTitle: 'RSS feed',
    stylesheetEyebrow: 'RSS feed',
    whatIsIt: 'What is an RSS feed?',
    whatIsItText:
      'This page is an RSS feed: a list of the latest publications, made to be read by a feed reader (also called an aggregator), an app or a browser extension that tells you of each new publication. No sign-up, no email address to give: you unsubscribe whenever you like.',
    subscribe: 'Subscribe',
    copyAddress: 'Copy the address of this feed:',
    pasteAddress: 'In your feed reader, choose “Add feed” or “Subscribe” and paste the address.',
    latest: 'Latest publications',
    backToSite: 'Back to the site',
  },
});
