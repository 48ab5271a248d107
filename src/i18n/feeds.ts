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
  },
});
