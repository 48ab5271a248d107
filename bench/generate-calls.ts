/**
 * The calls for projects and the invented members of the generated site.
 * The first call, `FULL_CALL_ID`, fills every field of the calls schema
 * (documents written beside it, results naming invented members) and every
 * translatable field of its English version; the others vary: rolling,
 * open until a future deadline, upcoming, closed with results.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../src/lib/slug.ts';
import { ENGLISH, FRENCH, between, paragraph, random, some, yamlString, type Words } from './generate-text.ts';

/** The call that fills every field, measured by `npm run bench` (page weight, Lighthouse). */
export const FULL_CALL_ID = 'appel-a-projets-complet';

/**
 * Invented members (the real ones are never credited with invented funding):
 * id, name, kind, sectors, city.
 */
export const INVENTED_MEMBERS = [
  ['studio-kalorem', 'Studio Kalorem', 'entreprise', 'animation', 'Roubaix'],
  ['atelier-velonys', 'Atelier Vélonys', 'entreprise', 'jeu-video', 'Valenciennes'],
  ['collectif-brizoquel', 'Collectif Brizoquel', 'entreprise', 'cinema', 'Lille'],
  ['laboratoire-farenthol', 'Laboratoire Farenthol', 'laboratoire', 'mondes-virtuels', "Villeneuve-d'Ascq"],
] as const;

/** The number of calls generated for `articles` articles: 4, one more per 1,000 articles, 16 at most. */
const callCount = (articles: number) => Math.min(16, 4 + Math.floor(articles / 1000));

const THEMES = [
  ['Webdocumentaires', 'Web documentaries'],
  ["Séries d'animation", 'Animated series'],
  ['Jeu vidéo', 'Video games'],
  ['Serious games', 'Serious games'],
  ['Documentaire de proximité', 'Local documentaries'],
  ['Réalité virtuelle', 'Virtual reality'],
] as const;

/** A document that several calls cite, stored beside them. */
const SHARED_RULES = 'reglement-general.pdf';

/** A one-page PDF whose text is `title`, so that the page gives a real format and weight. */
function pdf(title: string): string {
  const stream = `BT /F1 18 Tf 72 720 Td (${title.replace(/[()\\]/g, '')}) Tj ET`;
  return [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
    `4 0 obj << /Length ${stream.length} >> stream\n${stream}\nendstream endobj`,
    '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n');
}

function member([id, name, kind, sector, city]: (typeof INVENTED_MEMBERS)[number], index: number): string {
  const rng = random(index * 4099 + 11);
  return [
    '---',
    `name: ${name}`,
    `kind: ${kind}`,
    `sectors: [${sector}]`,
    `city: ${yamlString(city)}`,
    `summary: Structure inventée pour le banc d'essai du site, installée à ${city}.`,
    `founded: ${2000 + index * 3}`,
    '---',
    '',
    paragraph(rng, FRENCH, `Cette fiche n'existe que dans le site généré par npm run bench (${id}).`),
    '',
  ].join('\n');
}

/** The full call, in French or English, from the same draws. */
function fullCall(words: Words): string {
  const rng = random(2024);
  const fr = words.lang === 'fr';
  const themes = THEMES.slice(0, 3).map(([french, english]) => (fr ? french : english));
  const body = [paragraph(rng, words), paragraph(rng, words), paragraph(rng, words)];
  const faq = fr
    ? [
        [
          'Un auteur seul peut-il candidater ?',
          "Non, il s'associe à une **entreprise de production** ; voir [les membres](/membres/).",
        ],
        ['Peut-on déposer deux projets ?', 'Oui, un par thème.'],
        [
          'Que faut-il joindre ?',
          '|-\n      Deux pièces :\n\n      - le dossier de candidature ;\n      - le budget prévisionnel.',
        ],
      ]
    : [
        [
          'Can an author apply alone?',
          'No, they team up with a **production company**; see [the members](/en/members/).',
        ],
        ['Can one submit two projects?', 'Yes, one per theme.'],
        [
          'What must be attached?',
          '|-\n      Two documents:\n\n      - the application form;\n      - the provisional budget.',
        ],
      ];
  const list = (items: readonly string[]) => items.map((item) => `  - ${yamlString(item)}`);
  const eligibility = fr
    ? [
        'Les entreprises de production installées dans la région.',
        'Les auteurs associés à une entreprise de production.',
        'Les écoles et les laboratoires de la région, en partenariat.',
      ]
    : [
        'Production companies based in the region.',
        'Authors working with a production company.',
        'Schools and laboratories of the region, in partnership.',
      ];
  const funds = fr
    ? ["L'écriture et le développement.", "La production d'un prototype.", 'Les tests auprès du public.']
    : ['Writing and development.', 'The production of a prototype.', 'Audience testing.'];
  const front = [
    '---',
    `title: ${fr ? "Appel à projets complet du banc d'essai" : 'Full call for projects of the benchmark'}`,
    `summary: ${fr ? "Un appel inventé pour le banc d'essai, qui remplit chaque champ d'un appel à projets." : 'An invented call for the benchmark, filling every field of a call for projects.'}`,
  ];
  if (fr) front.push('budget: 600000');
  front.push(`themes: [${themes.map(yamlString).join(', ')}]`);
  if (fr)
    front.push('opens: 2024-03-01', 'closes: 2024-05-15T12:00', 'rolling: false', 'grant: { min: 20000, max: 150000 }');
  front.push('eligibility:', ...list(eligibility), 'funds:', ...list(funds));
  if (fr)
    front.push(
      'dates:',
      "  - label: Réunion d'information",
      '    date: 2024-03-20',
      '  - label: Jury',
      '    date: 2024-06-20',
      '  - label: Annonce des résultats',
      '    date: 2024-07-01',
      'documents:',
      '  - title: Règlement général des appels',
      `    file: ./${SHARED_RULES}`,
      '    kind: reglement',
      '  - title: Dossier de candidature',
      `    file: ./${FULL_CALL_ID}/dossier.pdf`,
      '    kind: dossier',
      '  - title: Modèle de budget',
      `    file: ./${FULL_CALL_ID}/modele-budget.csv`,
      '    kind: modele',
      '  - title: Annexe technique',
      `    file: ./${FULL_CALL_ID}/annexe-technique.pdf`,
    );
  front.push(
    'faq:',
    ...faq.flatMap(([question, answer]) => [
      `  - question: ${question}`,
      `    answer: ${answer?.startsWith('|') ? answer : yamlString(answer ?? '')}`,
    ]),
  );
  if (fr)
    front.push(
      'contact: { name: Service des appels à projets, email: appels@example.org }',
      'changes:',
      '  - date: 2024-03-15',
      '    note: La liste des documents à joindre est complétée.',
      '  - date: 2024-04-30',
      '    note: "La date limite est **repoussée** au 15 mai à midi ; voir [le calendrier](/appels-a-projets/calendrier.ics)."',
      'results:',
      '  - title: Les Voix du canal',
      '    amount: 45000',
      '    member: studio-kalorem',
      "    theme: Séries d'animation",
      '  - title: Petites Machines',
      '    amount: 120000',
      "    holder: Collectif d'exemple",
      '    theme: Webdocumentaires',
      '  - title: Le Jeu des friches',
      '    amount: 80000',
      '    member: atelier-velonys',
      '    theme: Jeu vidéo',
      'applyUrl: https://www.example.org/candidater',
      'draft: false',
    );
  front.push('---', '');
  return `${front.join('\n')}\n${body.join('\n\n')}\n`;
}

/** Call number `index` (2 and up), in French or English: rolling, open, upcoming or closed, in turn. */
function otherCall(index: number, words: Words): { id: string; text: string; translated: boolean } {
  const rng = random(index * 6007 + 5);
  const kind = (index - 2) % 4;
  const year = 2010 + ((index * 3) % 15);
  const chosen = some(rng, THEMES, between(rng, 1, 3));
  const fr = words.lang === 'fr';
  const themes = chosen.map(([french, english]) => (fr ? french : english));
  const frenchTitle = `Appel à projets ${chosen[0]?.[0].toLowerCase()} ${kind === 2 ? 2031 : year}`;
  const id = `${slugify(frenchTitle)}-${index}`;
  const budget = between(rng, 3, 20) * 50_000;
  const body = [paragraph(rng, words), paragraph(rng, words)];
  const front = [
    '---',
    `title: ${yamlString(fr ? frenchTitle : `Call for projects: ${themes[0]?.toLowerCase()}, ${kind === 2 ? 2031 : year}`)}`,
    `summary: ${yamlString(fr ? `Un appel inventé pour le banc d'essai, doté de ${budget / 1000} 000 euros.` : `An invented call for the benchmark, with a budget of €${budget / 1000},000.`)}`,
  ];
  if (fr) front.push(`budget: ${budget}`);
  front.push(`themes: [${themes.map(yamlString).join(', ')}]`);
  if (fr) {
    if (kind === 0)
      front.push(
        `opens: ${year}-02-01`,
        'rolling: true',
        `grant: { max: ${budget / 5} }`,
        'eligibility:',
        '  - Les entreprises de la région.',
        'contact: { name: Service des appels à projets, url: https://www.example.org/contact }',
        'documents:',
        '  - title: Règlement général des appels',
        `    file: ./${SHARED_RULES}`,
        '    kind: reglement',
        'applyUrl: https://www.example.org/candidater',
      );
    else if (kind === 1)
      front.push(
        `opens: ${Math.max(year, 2020)}-01-15`,
        'closes: 2031-03-31',
        'dates:',
        '  - label: Jury',
        '    date: 2031-05-10',
        'faq:',
        '  - question: Qui peut candidater ?',
        '    answer: Les entreprises de la région.',
        'applyUrl: https://www.example.org/candidater',
      );
    else if (kind === 2) front.push('opens: 2031-09-01', 'closes: 2031-11-30T17:00');
    else
      front.push(
        `opens: ${year}-03-01`,
        `closes: ${year}-05-02T12:00`,
        `grant: { min: 10000, max: ${budget / 4} }`,
        'changes:',
        `  - date: ${year}-04-01`,
        '    note: La date limite est confirmée.',
        'results:',
        '  - title: Projet lauréat',
        `    amount: ${budget / 5}`,
        "    holder: Société d'exemple",
        `    theme: ${yamlString(themes[0] ?? '')}`,
        '  - title: Autre projet lauréat',
        `    amount: ${budget / 10}`,
        '    member: collectif-brizoquel',
      );
  }
  front.push('---', '');
  return { id, text: `${front.join('\n')}\n${body.join('\n\n')}\n`, translated: kind < 2 };
}

/**
 * Writes the invented members into `contentDir/members/` and the calls
 * (French, English when translated, their documents) into
 * `contentDir/calls/`. Returns the number of calls and of their translations.
 */
export function writeCalls(contentDir: string, articles: number): { calls: number; callTranslations: number } {
  INVENTED_MEMBERS.forEach((entry, index) =>
    writeFileSync(join(contentDir, 'members', `${entry[0]}.md`), member(entry, index + 1)),
  );
  const dir = join(contentDir, 'calls');
  mkdirSync(join(dir, 'en'), { recursive: true });
  mkdirSync(join(dir, FULL_CALL_ID), { recursive: true });
  writeFileSync(join(dir, SHARED_RULES), pdf('Reglement general des appels'));
  writeFileSync(join(dir, FULL_CALL_ID, 'dossier.pdf'), pdf('Dossier de candidature'));
  writeFileSync(join(dir, FULL_CALL_ID, 'annexe-technique.pdf'), pdf('Annexe technique'));
  writeFileSync(join(dir, FULL_CALL_ID, 'modele-budget.csv'), 'poste;montant\nécriture;20000\nproduction;80000\n');
  writeFileSync(join(dir, `${FULL_CALL_ID}.md`), fullCall(FRENCH));
  writeFileSync(join(dir, 'en', `${FULL_CALL_ID}.md`), fullCall(ENGLISH));
  let callTranslations = 1;
  const count = callCount(articles);
  for (let index = 2; index <= count; index++) {
    const french = otherCall(index, FRENCH);
    writeFileSync(join(dir, `${french.id}.md`), french.text);
    if (french.translated) {
      writeFileSync(join(dir, 'en', `${french.id}.md`), otherCall(index, ENGLISH).text);
      callTranslations++;
    }
  }
  return { calls: count, callTranslations };
}
