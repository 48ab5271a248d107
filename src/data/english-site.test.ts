import { describe, expect, it } from 'vitest';
import { englishSiteData, siteDataFrom, translationOf, untranslatedLang } from './site.ts';
import { ContentError } from '../lib/content-files.ts';
import { testCollections, testSettings, type TestContent } from './test-content.ts';

const builtAt = new Date('2010-01-15T12:00:00Z');
const options = { builtAt, showUnpublished: false };

const content: TestContent = {
  settings: {
    ...testSettings,
    keyFigures: [
      { value: 100, qualifier: 'environ', label: 'entreprises' },
      { value: 10, label: 'écoles' },
    ],
    en: {
      tagline: 'Image and sound in the region',
      description: 'The test cluster of the image industries.',
      navigation: [{ label: 'News', href: '/en/news/' }],
      keyFigureLabels: ['companies', 'schools'],
    },
  },
  news: [
    ['lancement', { title: 'Lancement', description: 'Le pôle est lancé.', date: '2009-07-02', tags: ['Jeu vidéo'] }],
    ['bilan', { title: 'Bilan', description: 'Un bilan.', date: '2009-12-01', tags: ['Région'] }],
    ['brouillon', { title: 'Brouillon', description: 'Pas encore.', date: '2009-08-01', draft: true }],
  ],
  members: [
    ['studio-nord', { name: 'Studio Nord', kind: 'entreprise', city: 'Lille', summary: 'Un studio.' }],
    ['ecole-sud', { name: 'École Sud', kind: 'ecole', city: 'Douai', summary: 'Une école.' }],
  ],
  calls: [
    ['appel-2009', { title: 'Appel', summary: 'Un appel.', budget: 1000, themes: ['Jeux'], opens: '2009-07-02' }],
  ],
  translations: {
    news: [
      ['lancement', { title: 'Launch', description: 'The cluster is launched.', tags: ['Video games'] }],
      ['brouillon', { title: 'Draft', description: 'Not yet.' }],
    ],
    members: [['ecole-sud', { name: 'South School', summary: 'A school.' }]],
  },
};

describe('englishSiteData', () => {
  const french = siteDataFrom(testCollections(content), options);
  const english = englishSiteData(french);

  it('lists every member, with its translated text where there is one and its French text otherwise', () => {
    expect(english.members.map((m) => [m.id, m.data.name, m.data.summary, m.data.city])).toEqual([
      ['ecole-sud', 'South School', 'A school.', 'Douai'],
      ['studio-nord', 'Studio Nord', 'Un studio.', 'Lille'],
    ]);
    expect(translationOf(english, 'members', 'studio-nord')).toBeUndefined();
    expect(translationOf(english, 'members', 'ecole-sud')?.data.summary).toBe('A school.');
    expect(translationOf(french, 'members', 'ecole-sud')).toBeUndefined();
  });

  it('marks French only the texts of untranslated entries on English pages', () => {
    expect(untranslatedLang(english, 'members', 'studio-nord')).toBe('fr');
    expect(untranslatedLang(english, 'members', 'ecole-sud')).toBeUndefined();
    // On a French page every text is in the page's language, translated or not.
    expect(untranslatedLang(french, 'members', 'studio-nord')).toBeUndefined();
    expect(untranslatedLang(french, 'members', 'ecole-sud')).toBeUndefined();
  });

  it('lists only translated, published articles, and keywords from their English tags', () => {
    expect(english.news.map((a) => [a.id, a.data.title, a.data.date.toISOString().slice(0, 10)])).toEqual([
      ['lancement', 'Launch', '2009-07-02'],
    ]);
    expect(english.tags.map((tag) => [tag.slug, tag.label])).toEqual([['video-games', 'Video games']]);
    expect(french.news.map((a) => a.data.title)).toEqual(['Bilan', 'Lancement']);
  });

  it('takes the English settings, with the English label of each key figure', () => {
    expect(english.lang).toBe('en');
    expect(english.settings.tagline).toBe('Image and sound in the region');
    expect(english.settings.navigation).toEqual([{ label: 'News', href: '/en/news/' }]);
    expect(english.settings.keyFigures.map((f) => [f.value, f.label])).toEqual([
      [100, 'companies'],
      [10, 'schools'],
    ]);
    expect(english.settings.name).toBe('Pôle Essai Nord');
  });

  it('refuses a translation whose French entry does not exist, naming the closest French file', () => {
    const orphan = testCollections({
      ...content,
      translations: { members: [['studio-nor', { summary: 'A studio.' }]] },
    });
    expect(() => siteDataFrom(orphan, options)).toThrow(ContentError);
    expect(() => siteDataFrom(orphan, options)).toThrow(
      "content/members/en/studio-nor.md : traduction d'une entrée qui n'existe pas : aucun fichier content/members/studio-nor.md ou .mdx (vouliez-vous dire « studio-nord » ?) ; une traduction porte le nom du fichier français qu'elle traduit",
    );
  });
});
