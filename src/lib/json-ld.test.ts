import { describe, expect, it } from 'vitest';
import { event, jsonLdScript, newsArticle, organization, webSite } from './json-ld.ts';

const publisher = {
  name: 'Pôle Image',
  url: 'https://pole-image.example/',
  logoUrl: 'https://pole-image.example/feed-icon.png',
};

describe('webSite', () => {
  it('points its search action to the search page with a q parameter', () => {
    const data = webSite({
      name: 'Pôle Image',
      url: 'https://x.example/',
      description: 'd',
      searchUrl: 'https://x.example/recherche/',
    });
    expect(data['@type']).toBe('WebSite');
    expect(data.inLanguage).toBe('fr');
    expect(data.potentialAction).toMatchObject({
      '@type': 'SearchAction',
      target: { urlTemplate: 'https://x.example/recherche/?q={search_term_string}' },
    });
  });
});

describe('inLanguage', () => {
  it('says the language of the English site and of an English article', () => {
    const site = webSite({
      name: 'P',
      url: 'https://x.example/en/',
      description: 'd',
      searchUrl: 'https://x.example/en/search/',
      inLanguage: 'en',
    });
    const article = newsArticle({
      headline: 'h',
      description: 'd',
      url: 'https://x.example/en/news/a/',
      datePublished: '2009-07-02',
      imageUrl: 'https://x.example/og-image.png',
      publisher,
      keywords: [],
      inLanguage: 'en',
    });
    expect([site.inLanguage, article.inLanguage]).toEqual(['en', 'en']);
  });
});

describe('newsArticle', () => {
  it('names the author as a person, or the publisher when there is none', () => {
    const base = {
      headline: 'h',
      description: 'd',
      url: 'u',
      datePublished: '2009-07-02',
      imageUrl: 'i',
      publisher,
      keywords: [],
    };
    expect(newsArticle({ ...base, author: 'Geneviève Hermann' }).author).toEqual({
      '@type': 'Person',
      name: 'Geneviève Hermann',
    });
    expect(newsArticle(base).author).toMatchObject({ '@type': 'Organization', name: 'Pôle Image' });
    expect(newsArticle(base).dateModified).toBe('2009-07-02');
  });
});

describe('organization', () => {
  it('gives a lower bound of employees as a minimum value', () => {
    const data = organization({
      name: 'Ankama',
      url: 'u',
      description: 'd',
      city: 'Roubaix',
      employees: { count: 400, atLeast: true },
    });
    expect(data.numberOfEmployees).toEqual({ '@type': 'QuantitativeValue', minValue: 400 });
  });
});

describe('jsonLdScript', () => {
  it('cannot be closed by text inside it', () => {
    const text = jsonLdScript({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect((JSON.parse(text) as { name: string }).name).toBe('</script><script>alert(1)</script>');
  });
});

describe('event', () => {
  const base = {
    name: 'Atelier',
    description: 'Un atelier.',
    url: 'https://pole-image.example/agenda/atelier/',
    startDate: '2009-07-01',
    status: 'prévu' as const,
    place: { online: 'https://example.org/direct' },
    organizers: [],
  };

  it('marks a free event accessible for free, with an offer at 0 EUR where one registers', () => {
    expect(event({ ...base, free: true, registrationUrl: 'https://example.org/inscription' })).toMatchObject({
      isAccessibleForFree: true,
      offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR', url: 'https://example.org/inscription' },
    });
  });

  it('says nothing of the price of an event that is not free', () => {
    const data = event({ ...base, free: false, registrationUrl: 'https://example.org/inscription' });
    expect(data).not.toHaveProperty('offers');
    expect(data).not.toHaveProperty('isAccessibleForFree');
  });
});
