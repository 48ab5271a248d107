/**
 * Dates that YAML moves to another day. js-yaml reads an unquoted
 * `2026-13-01` or `2026-02-30` as a date and lets JavaScript carry the
 * overflow (1 January 2027, 2 March 2026): the editor's impossible day would
 * be published as a real, different one. These functions find such values
 * in a YAML text, so that the content check and the build refuse them.
 */
import * as jsYaml from 'js-yaml';
import { DEFAULT_SCHEMA, Type, load } from 'js-yaml';
import { fieldAt } from './yaml-errors.ts';
import { MONTHS } from './months.ts';

/** What js-yaml reads as a date (its `timestamp` type's two forms), with the parts to check. */
const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2}):(\d{2}))?/;

/** The number of days of a month (1–12) of a year, leap years included. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * What is wrong with a value YAML reads as a date, in French — the month,
 * the day or the time of day out of range — with the nearest real date to
 * write instead; `undefined` when it is a real date.
 */
export function impossibleDate(written: string): { reason: string; suggestion: string } | undefined {
  const match = DATE.exec(written);
  if (!match) return undefined;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match.slice(1).map(Number);
  const pad = (n: number) => String(n).padStart(2, '0');
  const realMonth = Math.min(Math.max(month, 1), 12);
  const realDay = Math.min(Math.max(day, 1), daysIn(year, realMonth));
  const suggestion = `${String(year)}-${pad(realMonth)}-${pad(realDay)}`;
  if (month < 1 || month > 12) {
    return { reason: `le mois ${match[2] ?? ''} n'existe pas (les mois vont de 01 à 12)`, suggestion };
  }
  if (day < 1 || day > daysIn(year, month)) {
    const days = String(daysIn(year, month));
    return {
      reason: `${MONTHS[month - 1]?.french ?? ''} ${String(year)} n'a pas de jour ${match[3] ?? ''} (il va de 01 à ${days})`,
      suggestion,
    };
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return {
      reason: `l'heure ${match[4] ?? ''}:${match[5] ?? ''}:${match[6] ?? ''} n'existe pas (de 00:00:00 à 23:59:59)`,
      suggestion,
    };
  }
  return undefined;
}

/** Scalars js-yaml turned into dates during the current `loadNoticingDates`: filled by the type below. */
let seen: string[] = [];

/** js-yaml's own `timestamp` type, which js-yaml 4 exports as `types.timestamp` and its type declarations leave out. */
const yamlTimestamp = (jsYaml as unknown as { types: { timestamp: Type } }).types.timestamp;

/**
 * js-yaml's own `timestamp` type (same scalars, same `Date` values), noting the text of each
 * scalar it turns into a date.
 */
const noticedTimestamp = new Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (data: string | null) => yamlTimestamp.resolve(data),
  construct: (data: string) => {
    seen.push(data);
    return yamlTimestamp.construct(data) as Date;
  },
  instanceOf: Date,
});

/** The default schema, its timestamp type replaced by the noticing one (same tag: it wins). */
const NOTICING_SCHEMA = DEFAULT_SCHEMA.extend({ implicit: [noticedTimestamp] });

/**
 * `yaml` read as js-yaml's `load` reads it (the same values, dates included: what Astro gives
 * the schemas), with the text of every scalar read as a date, in the order of the text, for
 * `impossibleDatesAmong`: one parse for both.
 * @throws YAMLException when `yaml` is not valid YAML.
 */
export function loadNoticingDates(yaml: string): { data: unknown; dates: string[] } {
  seen = [];
  const data = load(yaml, { schema: NOTICING_SCHEMA });
  const dates = seen;
  seen = [];
  return { data, dates };
}

/**
 * Which of `dates`, the scalars of `yaml` read as dates (`loadNoticingDates`), are not real
 * ones (`2026-13-01`, `2026-02-30`), each with its 0-based line in `yaml` and a French message
 * naming the field and the fix. A quoted value is not read as a date: the fields' own checks
 * refuse it.
 */
export function impossibleDatesAmong(yaml: string, dates: readonly string[]): { index: number; message: string }[] {
  const lines = yaml.split('\n');
  const found = [];
  let from = 0;
  for (const value of dates) {
    const problem = impossibleDate(value);
    if (!problem) continue;
    // Values come in the order of the text: look for each from the line of the previous one.
    const offset = lines.slice(from).findIndex((line) => line.includes(value));
    const index = offset < 0 ? from : from + offset;
    from = index;
    const field = fieldAt(lines, index);
    found.push({
      index,
      message:
        `${field ? `« ${field} » : ` : ''}« ${value} » n'est pas une date du calendrier : ${problem.reason} ; ` +
        `le site la publierait à une autre date. Écrivez la date voulue, par exemple ${problem.suggestion}`,
    });
  }
  return found;
}

/**
 * The values of `yaml` that YAML would read as dates although they are not
 * real ones, as `impossibleDatesAmong` gives them. `yaml` must be valid YAML
 * (js-yaml's errors are reported before).
 * @throws YAMLException when it is not.
 */
export function impossibleDates(yaml: string): { index: number; message: string }[] {
  return impossibleDatesAmong(yaml, loadNoticingDates(yaml).dates);
}
