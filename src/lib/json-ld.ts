/**
 * Structured data (schema.org JSON-LD) for search engines: the site with its
 * search action, news articles and member organisations. Pure functions of
 * plain values; pages serialise them with `jsonLdScript`.
 */

export type JsonLd = Record<string, unknown>;

export interface Publisher {
  name: string;
  url: string;
  logoUrl: string;
}

function publisherOf({ name, url, logoUrl }: Publisher): JsonLd {
  return { '@type': 'Organization', name, url, logo: { '@type': 'ImageObject', url: logoUrl } };
}

export function webSite(options: { name: string; url: string; description: string; searchUrl: string }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: options.name,
    url: options.url,
    description: options.description,
    inLanguage: 'fr',
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${options.searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

export function newsArticle(options: {
  headline: string;
  description: string;
  url: string;
  datePublished: string;
  dateModified?: string | undefined;
  author?: string | undefined;
  imageUrl: string;
  publisher: Publisher;
  keywords: string[];
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: options.headline,
    description: options.description,
    mainEntityOfPage: { '@type': 'WebPage', '@id': options.url },
    url: options.url,
    datePublished: options.datePublished,
    dateModified: options.dateModified ?? options.datePublished,
    author: options.author
      ? { '@type': 'Person', name: options.author }
      : { '@type': 'Organization', name: options.publisher.name, url: options.publisher.url },
    publisher: publisherOf(options.publisher),
    image: [options.imageUrl],
    inLanguage: 'fr',
    ...(options.keywords.length ? { keywords: options.keywords.join(', ') } : {}),
  };
}

export function organization(options: {
  name: string;
  url: string;
  description: string;
  city: string;
  foundingYear?: number | undefined;
  employees?: { count: number; atLeast: boolean } | undefined;
  website?: string | undefined;
  logoUrl?: string | undefined;
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: options.name,
    url: options.url,
    description: options.description,
    address: { '@type': 'PostalAddress', addressLocality: options.city, addressCountry: 'FR' },
    ...(options.foundingYear ? { foundingDate: String(options.foundingYear) } : {}),
    ...(options.employees
      ? {
          numberOfEmployees: options.employees.atLeast
            ? { '@type': 'QuantitativeValue', minValue: options.employees.count }
            : { '@type': 'QuantitativeValue', value: options.employees.count },
        }
      : {}),
    ...(options.website ? { sameAs: [options.website] } : {}),
    ...(options.logoUrl ? { logo: options.logoUrl } : {}),
  };
}

/** A page of questions and answers (schema.org `FAQPage`): each answer as plain text. */
export function faqPage(options: { url: string; questions: readonly { question: string; answer: string }[] }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: options.url,
    inLanguage: 'fr',
    mainEntity: options.questions.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so that no text can close the script. */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
