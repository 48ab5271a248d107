/**
 * Field types shared by the collections, with error messages in plain French
 * that say what was expected and what was found.
 */
import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { frenchTypography, typographicApostrophes } from '../lib/french.ts';
import { contentDay, contentMoment, fromIsoDay, parisInstant } from '../lib/dates.ts';
import { impossibleDate } from '../lib/yaml-dates.ts';
import { parseHeadcount, type Headcount } from '../lib/numbers.ts';
import { closestMatches } from '../lib/suggest.ts';
import { isPlaceholder } from '../lib/placeholder.ts';

/**
 * `build`, remembered by its arguments (the texts of its messages): a
 * collection's schema is a function that Astro, and the content check, call
 * once per entry (for its `image()` helper), and building a Zod schema costs
 * about 20 times validating a value with it (see also `withEntryImage`). Zod schemas are immutable, so
 * every entry shares the same field schemas. Strings only, so that what is
 * remembered stays bounded by the source.
 */
function memo<Args extends readonly (string | undefined)[], T>(build: (...args: Args) => T): (...args: Args) => T {
  const built = new Map<string, T>();
  return (...args: Args) => {
    const key = JSON.stringify(args);
    let schema = built.get(key);
    if (schema === undefined) built.set(key, (schema = build(...args)));
    return schema;
  };
}

/**
 * A collection's schema that does not depend on the entry (no `image()`),
 * built on the first call and shared by every entry after (see `memo`).
 */
export function once<T>(build: () => T): () => T {
  let schema: T | undefined;
  return () => (schema ??= build());
}

/** An image's path as written in front matter (`./photo.jpg`), before `withEntryImage` has Astro's `image()` resolve it. */
export const imagePath = memo(() => {
  const message = expected("le chemin d'une image, comme ./photo.jpg");
  // Empty, the path would pass `image()` in Astro and the article would go out without its image.
  return z.string({ error: message }).min(1, { error: message });
});

/** What Astro's `image()` makes of a path: the image's metadata. */
type ImageData = z.output<ReturnType<SchemaContext['image']>>;

/**
 * The schema function of a collection whose one field that depends on the
 * entry is an image, `field`: Astro's `image()`, and the content check's,
 * resolve its path from the entry's folder, so Astro calls the schema
 * function once per entry. The fields, `build`'s object with `field`
 * written `imagePath().optional()`, are built once and shared by every
 * entry; per entry, only `image()` is built, and applied to the path once
 * the fields are valid. Building the whole object for each entry cost
 * 0.2 ms per entry, a tenth of the content sync (`bench/results.md`,
 * optimisation 32).
 *
 * Returns `({ image }) => schema`, the schema's output being the fields'
 * with `field` replaced by what `image()` makes of it (`undefined` when not
 * written). Throws nothing: what `image()` refuses becomes an issue on
 * `field`. Zod checks it only once the other fields are valid; the content
 * check, which lists every problem of a file at once, gets them all the
 * same from the function's `imageIssues(context, data)`.
 */
export function withEntryImage<Fields extends z.ZodType<Record<string, unknown>>, Field extends string>(
  field: Field,
  build: () => Fields,
) {
  const fields = once(build);
  type Output = Omit<z.output<Fields>, Field> & { [Key in Field]?: ImageData };
  /** `image()` applied to the path written in `field`: what it makes of it, or its problems as issues on `field`. */
  const resolve = (image: SchemaContext['image'], path: unknown) => {
    const resolved = image().safeParse(path);
    return resolved.success
      ? { data: resolved.data, issues: [] }
      : {
          issues: resolved.error.issues.map(({ message, path: within }) => ({
            code: 'custom' as const,
            message,
            path: [field, ...within],
            input: path,
          })),
        };
  };
  const schema = ({ image }: SchemaContext) =>
    fields().transform((data, ctx): Output => {
      const path = data[field];
      if (path === undefined) return data as Output;
      const { data: resolved, issues } = resolve(image, path);
      if (!issues.length) return { ...data, [field]: resolved };
      ctx.issues.push(...issues);
      return z.NEVER;
    });
  return Object.assign(schema, {
    /** The problems `image()` finds with the image path of `data` (none when not written), as issues on `field`. */
    imageIssues: (context: SchemaContext, data: Record<string, unknown>) =>
      data[field] === undefined ? [] : resolve(context.image, data[field]).issues,
  });
}

/** How a value found in front matter is quoted in an error message. */
function describeInput(input: unknown): string {
  if (input === undefined) return 'rien';
  if (input === null) return 'une valeur vide';
  if (input instanceof Date)
    return Number.isNaN(input.getTime()) ? 'une date invalide' : input.toISOString().slice(0, 10);
  if (input === '') return 'un texte vide';
  if (typeof input === 'string') return `« ${input} »`;
  if (Array.isArray(input)) return `une liste (${input.length} élément${input.length > 1 ? 's' : ''})`;
  if (typeof input === 'object') return 'un groupe de champs';
  if (typeof input === 'number' || typeof input === 'boolean' || typeof input === 'bigint') return String(input);
  return 'une valeur inattendue';
}

/** The message for a value that is not what the field expects, or that `npm run new` left to fill. */
export function expected(what: string) {
  return (issue: { input?: unknown }) => {
    if (issue.input === undefined) return `champ obligatoire manquant : ${what}`;
    if (isPlaceholder(issue.input)) return `à compléter : ${what}`;
    return `doit être ${what}, trouvé ${describeInput(issue.input)}`;
  };
}

/** A short text of one line or more, never empty, as written. */
const plainText = (what = 'un texte') =>
  z
    .string({
      error: (issue) =>
        // YAML reads an unquoted 2010 or true as a number or a boolean: quoting it keeps it text.
        typeof issue.input === 'number' || typeof issue.input === 'boolean'
          ? `doit être ${what}, trouvé ${String(issue.input)} ; écrivez-le entre guillemets droits pour qu'il reste du texte : "${String(issue.input)}"`
          : expected(what)(issue),
    })
    .trim()
    .min(1, { error: `ne doit pas être vide : ${what}` })
    .refine((value) => !isPlaceholder(value), { error: `à compléter : ${what}` });

/** A short text of one line or more, never empty; French spacing applied. */
export const text = memo((what: string = 'un texte') => plainText(what).transform(frenchTypography));

/** English text: typographic apostrophes (the region’s), no French spacing, which would spoil it. */
export const englishText = memo((what: string = 'un texte') => plainText(what).transform(typographicApostrophes));

/**
 * A date field: `read` turns what YAML gives (a `Date` or a string) into the
 * field's value, or `undefined` when it is not a date of that kind. Every
 * date field goes through it, so that a variant (a day and a time in Paris)
 * is one more `read` function and one more message.
 */
const dateField = (read: (value: unknown) => Date | undefined, what: string) =>
  z.preprocess(
    (value) => read(value) ?? value,
    z.date({ error: (issue) => dateHint(issue.input) ?? expected(what)(issue) }),
  );

/**
 * Why a date written in the right shape is still refused, in French, with
 * what to write: a day that does not exist (`2026-04-31`), an hour out of
 * range or written with one digit (`T9:00`), or a time the clocks skip in
 * Paris (`2026-03-29T02:30`). `undefined` when the shape itself is wrong,
 * for the field's general message.
 */
function dateHint(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const match = /^(\d{4}-\d{1,2}-\d{1,2})(?:[Tt ](\d{1,2}):(\d{2}))?$/.exec(input.trim());
  if (!match) return undefined;
  const [, day = '', hours, minutes = ''] = match;
  const impossible = impossibleDate(day);
  if (impossible) {
    return `« ${day} » n'est pas une date du calendrier : ${impossible.reason} ; écrivez la date voulue, par exemple ${impossible.suggestion}`;
  }
  const [year, month, date] = day.split('-');
  const isoDay = `${year ?? ''}-${(month ?? '').padStart(2, '0')}-${(date ?? '').padStart(2, '0')}`;
  if (hours === undefined) {
    return isoDay === day ? undefined : `écrivez le mois et le jour sur deux chiffres : ${isoDay}`;
  }
  if (Number(hours) > 23 || Number(minutes) > 59) {
    return `l'heure ${hours}:${minutes} n'existe pas : elle va de 00:00 à 23:59 (minuit s'écrit 00:00, le jour suivant)`;
  }
  const time = `${hours.padStart(2, '0')}:${minutes}`;
  if (isoDay !== day || time !== `${hours}:${minutes}`) {
    return `écrivez le mois, le jour et l'heure sur deux chiffres : ${isoDay}T${time}`;
  }
  try {
    fromIsoDay(isoDay);
    parisInstant(isoDay, time);
  } catch {
    return `${time} n'existe pas à Paris le ${isoDay} : cette nuit-là, les horloges passent de 02:00 à 03:00 ; écrivez une heure avant 02:00 ou à partir de 03:00, comme ${isoDay}T03:00`;
  }
  return undefined;
}

/**
 * A calendar day in Paris written `2009-07-02`; a date with a time and an
 * offset (`2009-07-02T00:30:00+02:00`) counts for the day it falls on in Paris.
 */
export const day = memo(() => dateField(contentDay, 'une date comme 2009-07-02'));

/**
 * A day, or a day and a time of day in Paris, for a deadline or an event:
 * `2009-09-30` or `2009-09-30T12:00`, as a `ParisMoment` (`src/lib/dates.ts`).
 * A time that never happens in Paris (02:30 the night the clocks go forward)
 * is refused like a day that does not exist.
 */
export const dayTime = memo(() => {
  const what = 'une date comme 2009-09-30, ou une date et une heure de Paris comme 2009-09-30T12:00';
  // A group of fields written in place of a date reaches the inner fields: they say the same.
  return z.preprocess(
    (value) => contentMoment(value) ?? value,
    z.object(
      { day: z.date({ error: expected(what) }), time: z.string({ error: expected(what) }).optional() },
      { error: (issue) => dateHint(issue.input) ?? expected(what)(issue) },
    ),
  );
});

/** A year such as `2001`. */
export const year = memo(() =>
  z
    .number({ error: expected('une année comme 2001') })
    .int({ error: expected('une année comme 2001') })
    .min(1000, { error: expected('une année comme 2001') })
    .max(2100, { error: expected('une année comme 2001') }),
);

/** A web address starting with `https://` or `http://`. */
export const url = memo(() =>
  z.url({
    protocol: /^https?$/,
    error: expected('une adresse web complète commençant par https://'),
  }),
);

/** A link: a path of the site such as `/actualites/` (`example`, for the message), or a full web address. */
export const siteLink = memo((example?: string) =>
  z
    .string({ error: 'doit être un chemin du site comme /actualites/ ou une adresse https://' })
    .regex(/^(\/|https?:\/\/)/, {
      error: `doit commencer par / (une page du site${example ? `, comme "${example}"` : ''}) ou par https:// (un autre site)`,
    }),
);

/** One value out of a fixed list. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) => {
      const allowed = values.join(', ');
      if (issue.input === undefined) return `champ obligatoire manquant : une valeur parmi ${allowed}`;
      if (isPlaceholder(issue.input)) return `à compléter : une valeur parmi ${allowed}`;
      const close = closestMatches(typeof issue.input === 'string' ? issue.input : '', values);
      const hint = close.length ? ` (vouliez-vous dire ${close.map((v) => `« ${v} »`).join(' ou ')} ?)` : '';
      return `valeur inconnue ${describeInput(issue.input)}${hint} ; valeurs possibles : ${allowed}`;
    },
  });

/** A list of items, empty by default. */
export const list = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: expected(`une liste ${what}`) }).default([]);

/** Entry ids of another collection; checked against that collection by `src/data`. */
export const ids = memo((what: string) =>
  list(
    z.string({ error: expected(`l'identifiant d'${what} (nom du fichier sans extension)`) }).trim(),
    `d'identifiants ${{ 'un membre': 'de membres', 'un événement': "d'événements" }[what] ?? "d'appels"}`,
  ),
);

/** `draft: true` keeps an entry out of the published site. */
export const draft = memo(() => z.boolean({ error: expected('true ou false') }).default(false));

/** A headcount: `400`, or `400+` when the source says "more than 400". */
export const headcount = memo(() =>
  z
    .union([z.number(), z.string()], { error: expected('un nombre entier comme 400, ou 400+ pour « plus de 400 »') })
    .transform((value, ctx): Headcount => {
      const parsed = parseHeadcount(value);
      if (!parsed) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: `doit être un nombre entier comme 400, ou 400+ pour « plus de 400 », trouvé ${describeInput(value)}`,
        });
        return z.NEVER;
      }
      return parsed;
    }),
);

function unknownFieldMessage(known: readonly string[], what: string) {
  return (issue: { code?: string; keys?: string[]; input?: unknown }) => {
    if (issue.code === 'invalid_type') return expected(what)(issue);
    if (issue.code !== 'unrecognized_keys' || !issue.keys) return undefined;
    return issue.keys
      .map((key) => {
        const close = closestMatches(key, known);
        return `champ inconnu « ${key} »${close.length ? ` (vouliez-vous dire « ${close[0]} » ?)` : ''}`;
      })
      .join(' ; ');
  };
}

/**
 * A group of fields that refuses unknown ones: a misspelt field name would
 * otherwise be silently ignored. The message names the unknown field and
 * the closest known one, read from `shape` itself. A value that is not a
 * group of fields at all says what the group holds (`what`, by default the
 * list of its fields).
 */
export function strictFields<Shape extends z.ZodRawShape>(
  shape: Shape,
  what = `un groupe de champs (${Object.keys(shape).join(', ')})`,
) {
  return z.strictObject(shape, { error: unknownFieldMessage(Object.keys(shape), what) });
}
