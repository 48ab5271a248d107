/** The words of the news: lists, keywords, the lists of a member's or call's news, an article's page. */
import { defineStrings } from './strings.ts';
import { formatNumber } from '../lib/numbers.ts';

/** « Les 12 actualités », or « L’actualité » when there is one. */
const lesActualites = (total: number) => (total > 1 ? `Les ${formatNumber(total)} actualités` : 'L’actualité');

/** "The 12 news items", or "The news item" when there is one. */
const theNewsItems = (total: number) => (total === 1 ? 'The news item' : `The ${formatNumber(total, 'en')} news items`);

export const newsStrings = defineStrings({
  fr: {
    news: 'Actualités',
    onPage: (page: number, last: number): string => (page > 1 ? `, page ${page} sur ${last}` : ''),
    listDescription: (site: string, onPage: string) =>
      `Les actualités du ${site} et de la filière régionale de l’image${onPage}.`,
    toNews: 'aux actualités',
    count: (total: number) => `${formatNumber(total)} article${total > 1 ? 's' : ''}, du plus récent au plus ancien.`,
    none: 'Aucune actualité pour le moment.',
    keyword: 'Mot clé',
    keywords: 'Mots clés',
    keywordTitle: (tag: string) => `Mot clé «\u202f${tag}\u202f»`,
    keywordHeading: (tag: string) => `«\u202f${tag}\u202f»`,
    keywordDescription: (total: number, site: string, tag: string, onPage: string) =>
      `${lesActualites(total)} du ${site} avec le mot clé «\u202f${tag}\u202f»${onPage}.`,
    toKeyword: (tag: string) => `au mot clé «\u202f${tag}\u202f»`,
    keywordsDescription: (site: string) =>
      `Tous les mots clés des actualités du ${site}, pour retrouver les articles par sujet.`,
    keywordsLede: (count: number) =>
      `${formatNumber(count)} mot${count > 1 ? 's' : ''} clé${count > 1 ? 's' : ''}, par ordre alphabétique.`,
    backToMember: 'Retour à la fiche du membre',
    backToCall: 'Retour à l’appel à projets',
    memberNewsTitle: (name: string, onPage: string) => `Actualités citant ${name}${onPage}`,
    memberNewsDescription: (total: number, site: string, name: string, onPage: string) =>
      `${lesActualites(total)} du ${site} qui cite${total > 1 ? 'nt' : ''} ${name}${onPage}.`,
    callNewsTitle: (title: string, onPage: string) => `Actualités sur «\u202f${title}\u202f»${onPage}`,
    callNewsDescription: (total: number, site: string, title: string, onPage: string) =>
      `${lesActualites(total)} du ${site} sur l’appel à projets «\u202f${title}\u202f»${onPage}.`,
    published: 'Publié le',
    updated: 'Mis à jour le',
    by: 'Par',
    source: 'Source\u00a0:',
    callsCited: (count: number): string => (count > 1 ? 'Les appels à projets cités' : 'L’appel à projets cité'),
    membersCited: (count: number): string => (count > 1 ? 'Les membres cités' : 'Le membre cité'),
    otherArticles: 'Autres articles',
    previous: '← Article précédent',
    next: 'Article suivant →',
    scheduled: (day: string) =>
      `cet article est daté du ${day}\u00a0: il ne sera publié qu’à la première construction du site à partir de ce jour.`,
    frenchNews: 'Les actualités en français',
    moreInFrench: 'Toutes les actualités sont en français.',
  },
  en: {
    news: 'News',
    onPage: (page: number, last: number): string => (page > 1 ? `, page ${page} of ${last}` : ''),
    listDescription: (site: string, onPage: string) =>
      `News from ${site} and the regional image industry, in English${onPage}.`,
    toNews: 'to the news',
    count: (total: number) => `${formatNumber(total, 'en')} article${total === 1 ? '' : 's'} in English, newest first.`,
    none: 'No news in English yet.',
    keyword: 'Keyword',
    keywords: 'Keywords',
    keywordTitle: (tag: string) => `Keyword “${tag}”`,
    keywordHeading: (tag: string) => `“${tag}”`,
    keywordDescription: (total: number, site: string, tag: string, onPage: string) =>
      `${theNewsItems(total)} from ${site} with the keyword “${tag}”${onPage}.`,
    toKeyword: (tag: string) => `to the keyword “${tag}”`,
    keywordsDescription: (site: string) =>
      `Every keyword of the English news from ${site}, to find articles by subject.`,
    keywordsLede: (count: number) =>
      `${formatNumber(count, 'en')} keyword${count === 1 ? '' : 's'}, in alphabetical order.`,
    backToMember: 'Back to the member’s page',
    backToCall: 'Back to the call for projects',
    memberNewsTitle: (name: string, onPage: string) => `News mentioning ${name}${onPage}`,
    memberNewsDescription: (total: number, site: string, name: string, onPage: string) =>
      `${theNewsItems(total)} from ${site} that mention${total === 1 ? 's' : ''} ${name}${onPage}.`,
    callNewsTitle: (title: string, onPage: string) => `News about “${title}”${onPage}`,
    callNewsDescription: (total: number, site: string, title: string, onPage: string) =>
      `${theNewsItems(total)} from ${site} about the call for projects “${title}”${onPage}.`,
    published: 'Published on',
    updated: 'Updated on',
    by: 'By',
    source: 'Source:',
    callsCited: (count: number): string => (count > 1 ? 'Calls for projects mentioned' : 'Call for projects mentioned'),
    membersCited: (count: number): string => (count > 1 ? 'Members mentioned' : 'Member mentioned'),
    otherArticles: 'Other articles',
    previous: '← Previous article',
    next: 'Next article →',
    scheduled: (day: string) => `this article is dated ${day}: it will be published by the first build from that day.`,
    frenchNews: 'More news in French',
    moreInFrench: 'Only some news items are translated; the others are on the French news page.',
  },
});
