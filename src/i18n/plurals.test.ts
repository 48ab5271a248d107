import { describe, expect, it } from 'vitest';
import { agendaStrings } from './agenda.ts';
import { homeStrings } from './home.ts';
import { memberStrings } from './members.ts';
import { newsStrings } from './news.ts';
import { searchStrings } from './search.ts';

describe('counts', () => {
  it('take the plural in English for every number but one, zero included', () => {
    expect([0, 1, 2].map((n) => newsStrings.en.count(n))).toEqual([
      '0 articles in English, newest first.',
      '1 article in English, newest first.',
      '2 articles in English, newest first.',
    ]);
    expect([0, 1].map((n) => newsStrings.en.keywordsLede(n))).toEqual([
      '0 keywords, in alphabetical order.',
      '1 keyword, in alphabetical order.',
    ]);
    expect([0, 1].map((n) => agendaStrings.en.eventCount(n))).toEqual(['0 events', '1 event']);
    expect([0, 1].map((n) => searchStrings.en.found(n, '“x”', ''))).toEqual([
      '0 results for “x”.',
      '1 result for “x”.',
    ]);
  });

  it('take the singular in French for zero and one', () => {
    expect([0, 1, 2].map((n) => newsStrings.fr.count(n))).toEqual([
      '0 article, du plus récent au plus ancien.',
      '1 article, du plus récent au plus ancien.',
      '2 articles, du plus récent au plus ancien.',
    ]);
    expect([0, 1, 2].map((n) => agendaStrings.fr.eventCount(n))).toEqual([
      '0 événement',
      '1 événement',
      '2 événements',
    ]);
  });

  it('name one article, member or keyword in the singular where the sentence counts them', () => {
    expect(newsStrings.fr.keywordDescription(1, 'Pôle Image', 'VR', '')).toBe(
      'L’actualité du Pôle Image avec le mot clé «\u202fVR\u202f».',
    );
    expect(newsStrings.fr.memberNewsDescription(1, 'Pôle Image', 'Ankama', '')).toBe(
      'L’actualité du Pôle Image qui cite Ankama.',
    );
    expect(newsStrings.en.memberNewsDescription(1, 'Pôle Image', 'Ankama', '')).toBe(
      'The news item from Pôle Image that mentions Ankama.',
    );
    expect(newsStrings.fr.keywordsLede(1)).toBe('1 mot clé, par ordre alphabétique.');
    expect(homeStrings.fr.memberCount(1)).toBe('1 membre\u00a0:');
    expect(homeStrings.en.memberCount(1)).toBe('1 member:');
    expect(memberStrings.fr.directoryLede(1, 'Pôle Image')).toBe(
      'Le membre du Pôle Image, classé par type de structure.',
    );
    expect(memberStrings.en.directoryLede(1, 'Pôle Image')).toBe('The member of Pôle Image, by kind of organisation.');
  });
});

describe('large counts', () => {
  const NNBSP = '\u202f';

  it('group thousands with a narrow no-break space in French', () => {
    expect(newsStrings.fr.count(2041)).toBe(`2${NNBSP}041 articles, du plus récent au plus ancien.`);
    expect(newsStrings.fr.keywordDescription(10_187, 'Pôle Image', 'animation', ', page 2 sur 510')).toBe(
      `Les 10${NNBSP}187 actualités du Pôle Image avec le mot clé «${NNBSP}animation${NNBSP}», page 2 sur 510.`,
    );
    expect(newsStrings.fr.memberNewsDescription(1500, 'Pôle Image', 'Ankama', '')).toBe(
      `Les 1${NNBSP}500 actualités du Pôle Image qui citent Ankama.`,
    );
    expect(newsStrings.fr.callNewsDescription(1200, 'Pôle Image', 'Appel', '')).toBe(
      `Les 1${NNBSP}200 actualités du Pôle Image sur l’appel à projets «${NNBSP}Appel${NNBSP}».`,
    );
    expect(newsStrings.fr.keywordsLede(1312)).toBe(`1${NNBSP}312 mots clés, par ordre alphabétique.`);
    expect(agendaStrings.fr.eventCount(3400)).toBe(`3${NNBSP}400 événements`);
    expect(homeStrings.fr.memberCount(1001)).toBe(`1${NNBSP}001 membres\u00a0:`);
    expect(memberStrings.fr.directoryLede(1001, 'Pôle Image')).toBe(
      `Les 1${NNBSP}001 membres du Pôle Image, classés par type de structure.`,
    );
    expect(searchStrings.fr.found(10_187, '«\u202fanimation\u202f»', searchStrings.fr.withoutFilters(12_000))).toBe(
      `10${NNBSP}187\u00a0résultats pour «\u202fanimation\u202f» (sur 12${NNBSP}000 sans les filtres).`,
    );
  });

  it('group thousands with a comma in English', () => {
    expect(newsStrings.en.count(2041)).toBe('2,041 articles in English, newest first.');
    expect(newsStrings.en.keywordDescription(10_187, 'Pôle Image', 'animation', '')).toBe(
      'The 10,187 news items from Pôle Image with the keyword “animation”.',
    );
    expect(newsStrings.en.callNewsDescription(1200, 'Pôle Image', 'Call', '')).toBe(
      'The 1,200 news items from Pôle Image about the call for projects “Call”.',
    );
    expect(newsStrings.en.keywordsLede(1312)).toBe('1,312 keywords, in alphabetical order.');
    expect(agendaStrings.en.eventCount(3400)).toBe('3,400 events');
    expect(homeStrings.en.memberCount(1001)).toBe('1,001 members:');
    expect(memberStrings.en.directoryLede(1001, 'Pôle Image')).toBe(
      'The 1,001 members of Pôle Image, by kind of organisation.',
    );
    expect(searchStrings.en.found(10_187, '“animation”', searchStrings.en.withoutFilters(12_000))).toBe(
      '10,187 results for “animation” (of 12,000 without the filters).',
    );
  });
});
