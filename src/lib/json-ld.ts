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

export function webSite(options: {
  name: string;
  url: string;
  description: string;
  searchUrl: string;
  /** The language of the site's version (BCP 47), French by default. */
  inLanguage?: 'fr' | 'en';
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: options.name,
    url: options.url,
    description: options.description,
    inLanguage: options.inLanguage ?? 'fr',
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
  /** The language of the article's text (BCP 47), French by default. */
  inLanguage?: 'fr' | 'en';
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
    inLanguage: options.inLanguage ?? 'fr',
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

/** A page of questions and answers (schema.org `FAQPage`): each answer as plain text, in `inLanguage` (French by default). */
export function faqPage(options: {
  url: string;
  questions: readonly { question: string; answer: string }[];
  inLanguage?: 'fr' | 'en';
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: options.url,
    inLanguage: options.inLanguage ?? 'fr',
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

/** The place of an event: a venue (`Place`) and/or an address online (`VirtualLocation`). */
export interface EventPlace {
  venue?: { name: string; address?: string | undefined; city: string } | undefined;
  online?: string | undefined;
}

const eventStatusTypes = {
  prévu: 'https://schema.org/EventScheduled',
  annulé: 'https://schema.org/EventCancelled',
  reporté: 'https://schema.org/EventPostponed',
} as const;

/**
 * A schema.org `Event`. Dates are ISO 8601: a day (`2009-07-01`) for an
 * all-day event, a day and time with Paris's offset (`2009-07-01T18:30:00+02:00`)
 * otherwise. Organisers are organisations with their page on the site. A
 * free event (`free`) is `isAccessibleForFree`, with an `Offer` at 0 EUR
 * (at its registration address, if any) as Google's event guidance asks.
 */
export function event(options: {
  name: string;
  description: string;
  url: string;
  startDate: string;
  endDate?: string | undefined;
  status: keyof typeof eventStatusTypes;
  place: EventPlace;
  organizers: { name: string; url: string }[];
  imageUrl?: string | undefined;
  /** The language of its name and description: English only when the event is translated. */
  inLanguage?: 'fr' | 'en';
  free?: boolean | undefined;
  registrationUrl?: string | undefined;
}): JsonLd {
  const { venue, online } = options.place;
  const locations = [
    ...(venue
      ? [
          {
            '@type': 'Place',
            name: venue.name,
            address: {
              '@type': 'PostalAddress',
              ...(venue.address ? { streetAddress: venue.address } : {}),
              addressLocality: venue.city,
              addressCountry: 'FR',
            },
          },
        ]
      : []),
    ...(online ? [{ '@type': 'VirtualLocation', url: online }] : []),
  ];
  const mode = venue && online ? 'Mixed' : online ? 'Online' : 'Offline';
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: options.name,
    description: options.description,
    url: options.url,
    startDate: options.startDate,
    ...(options.endDate ? { endDate: options.endDate } : {}),
    eventStatus: eventStatusTypes[options.status],
    eventAttendanceMode: `https://schema.org/${mode}EventAttendanceMode`,
    location: locations.length === 1 ? locations[0] : locations,
    ...(options.organizers.length
      ? { organizer: options.organizers.map(({ name, url }) => ({ '@type': 'Organization', name, url })) }
      : {}),
    ...(options.imageUrl ? { image: [options.imageUrl] } : {}),
    ...(options.free
      ? {
          isAccessibleForFree: true,
          offers: {
            '@type': 'Offer',
            price: 0,
            priceCurrency: 'EUR',
            ...(options.registrationUrl ? { url: options.registrationUrl } : {}),
          },
        }
      : {}),
    inLanguage: options.inLanguage ?? 'fr',
  };
}
