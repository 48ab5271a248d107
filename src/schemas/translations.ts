/**
 * English translations: `content/<collection>/en/<same file name>`. A
 * translation carries only text; dates, references, kinds, sectors,
 * amounts, images and the draft state are the French entry's, which stays
 * the single source of truth.
 */
import { z } from 'astro/zod';
import { closestMatches } from '../lib/suggest.ts';
import { fieldMarkdownProblems } from '../lib/field-markdown.ts';
import { englishText, expected, list } from './fields.ts';

/** The folder of a collection holding its English translations. */
export const TRANSLATION_FOLDER = 'en';

/**
 * A group of text fields refusing any other: a field of the French entry
 * (`date`, `draft`…) gets a message saying it comes from there.
 */
function translationFields<Shape extends z.ZodRawShape>(shape: Shape, frenchOnly: readonly string[]) {
  const allowed = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys' || !('keys' in issue) || !Array.isArray(issue.keys)) return undefined;
      return issue.keys
        .map((key) => {
          if (!frenchOnly.includes(key)) {
            const close = closestMatches(key, allowed);
            return `champ inconnu « ${key} »${close.length ? ` (vouliez-vous dire « ${close[0]} » ?)` : ''}`;
          }
          if (key === 'draft') {
            return "champ « draft » interdit dans une traduction : elle suit l'entrée française, publiée avec elle et cachée tant que celle-ci est un brouillon ; retirez-le d'ici";
          }
          return `champ « ${key} » interdit dans une traduction : une traduction ne porte que ${allowed.map((name) => `« ${name} »`).join(', ')} ; « ${key} » vient de l'entrée française, retirez-le d'ici`;
        })
        .join(' ; ');
    },
  });
}

/** An English article: its title, summary, keywords in English and image description. */
export const newsTranslationSchema = () =>
  translationFields(
    {
      /** The title in English. Required. */
      title: englishText('un titre en anglais'),
      /** The one-sentence summary in English. Required. */
      description: englishText('un résumé en une phrase, en anglais'),
      /** Keywords in English, each with its own page under `/en/keywords/`. */
      tags: list(englishText('un mot-clé'), 'de mots-clés'),
      /** The description of the French entry's image, in English. */
      imageAlt: englishText("un texte décrivant l'image, en anglais").optional(),
    },
    ['date', 'updated', 'author', 'source', 'members', 'calls', 'events', 'image', 'draft'],
  );

/** An English member profile: its summary, and its name when it differs. */
export const membersTranslationSchema = () =>
  translationFields(
    {
      /** The name in English when it differs (an institution's); the French name otherwise. */
      name: englishText('le nom de la structure en anglais').optional(),
      /** The sentence presenting the member, in English. Required. */
      summary: englishText('une phrase de présentation en anglais'),
      /** The description of the French entry's logo, in English. */
      logoAlt: englishText('un texte décrivant le logo, en anglais').optional(),
    },
    ['kind', 'sectors', 'city', 'founded', 'employees', 'employeesYear', 'website', 'logo', 'draft'],
  );

/** An English call for projects: its title, summary and themes, and who may apply, what is funded and its questions. */
export const callsTranslationSchema = () =>
  translationFields(
    {
      /** The title in English. Required. */
      title: englishText('un titre en anglais'),
      /** The one-sentence summary in English. Required. */
      summary: englishText('un résumé en une phrase, en anglais'),
      /** The themes in English, in the French order; the French themes are shown when absent. */
      themes: z.array(englishText('un thème'), { error: expected('une liste de thèmes') }).optional(),
      /** Who may apply, in English; the French list is shown when absent. */
      eligibility: z.array(englishText('une phrase'), { error: expected('une liste de phrases') }).optional(),
      /** What is funded, in English; the French list is shown when absent. */
      funds: z.array(englishText('une phrase'), { error: expected('une liste de phrases') }).optional(),
      /** The questions and answers in English (answers in Markdown); the French ones are shown when absent. */
      faq: z
        .array(
          z.strictObject(
            {
              question: englishText('une question'),
              // Markdown checked as the French answers are: no HTML, component, image or heading.
              answer: englishText('une réponse').superRefine((answer, ctx) => {
                for (const message of fieldMarkdownProblems(answer, 'block')) ctx.addIssue({ code: 'custom', message });
              }),
            },
            { error: expected('une question (question, answer)') },
          ),
          { error: expected('une liste de questions') },
        )
        .optional(),
    },
    [
      'opens',
      'closes',
      'rolling',
      'budget',
      'grant',
      'dates',
      'documents',
      'contact',
      'changes',
      'results',
      'applyUrl',
      'draft',
    ],
  );

/** An English event: its title, description, price in words, keywords and image description. */
export const eventsTranslationSchema = () =>
  translationFields(
    {
      /** The title in English. Required. */
      title: englishText('un titre en anglais'),
      /** The one-sentence description in English. Required. */
      description: englishText('une phrase de présentation en anglais'),
      /** The price in words, in English (`€15, €10 for students`); a free event (`price: 0`) needs none. */
      price: englishText('un prix en anglais').optional(),
      /** Keywords in English. */
      tags: list(englishText('un mot-clé'), 'de mots-clés'),
      /** The description of the French entry's image, in English. */
      imageAlt: englishText("un texte décrivant l'image, en anglais").optional(),
    },
    [
      'start',
      'end',
      'announced',
      'location',
      'online',
      'registrationUrl',
      'organizers',
      'members',
      'calls',
      'status',
      'changes',
      'image',
      'draft',
    ],
  );

/** An English standalone page: its title and description. */
export const pagesTranslationSchema = () =>
  translationFields(
    {
      /** The title in English. Required. */
      title: englishText('un titre en anglais'),
      /** The one-sentence description in English. Required. */
      description: englishText('une phrase de description en anglais'),
    },
    ['updated', 'draft'],
  );
