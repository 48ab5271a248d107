import { load, YAMLException } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { impossibleDate, impossibleDates, impossibleDatesAmong, loadNoticingDates } from './yaml-dates.ts';

describe('impossibleDate', () => {
  it('names the month or the day out of range, with the nearest real date', () => {
    expect(impossibleDate('2026-13-01')).toEqual({
      reason: "le mois 13 n'existe pas (les mois vont de 01 à 12)",
      suggestion: '2026-12-01',
    });
    expect(impossibleDate('2026-02-30')).toEqual({
      reason: "février 2026 n'a pas de jour 30 (il va de 01 à 28)",
      suggestion: '2026-02-28',
    });
    expect(impossibleDate('2026-06-00')?.suggestion).toBe('2026-06-01');
    expect(impossibleDate('2026-01-01 25:00:00')?.reason).toBe(
      "l'heure 25:00:00 n'existe pas (de 00:00:00 à 23:59:59)",
    );
  });

  it('lets real dates through, 29 February of a leap year included', () => {
    expect(impossibleDate('2024-02-29')).toBeUndefined();
    expect(impossibleDate('2009-07-01')).toBeUndefined();
    expect(impossibleDate('2009-07-01T23:59:59')).toBeUndefined();
  });
});

describe('impossibleDates in a YAML text', () => {
  it('finds each unquoted impossible date with its line and field, nested and in lists too', () => {
    const yaml = [
      'title: Appel',
      'closes: 2026-13-01',
      'dates:',
      '  - label: Jury',
      '    date: 2026-06-31',
      '  - label: Résultats',
      '    date: 2026-06-30',
      'flow: [2024-02-29, 2025-02-29]',
    ].join('\n');
    expect(impossibleDates(yaml)).toEqual([
      {
        index: 1,
        message:
          "« closes » : « 2026-13-01 » n'est pas une date du calendrier : le mois 13 n'existe pas (les mois vont de 01 à 12) ; le site la publierait à une autre date. Écrivez la date voulue, par exemple 2026-12-01",
      },
      {
        index: 4,
        message:
          "« dates.date » : « 2026-06-31 » n'est pas une date du calendrier : juin 2026 n'a pas de jour 31 (il va de 01 à 30) ; le site la publierait à une autre date. Écrivez la date voulue, par exemple 2026-06-30",
      },
      {
        index: 7,
        message:
          "« flow » : « 2025-02-29 » n'est pas une date du calendrier : février 2025 n'a pas de jour 29 (il va de 01 à 28) ; le site la publierait à une autre date. Écrivez la date voulue, par exemple 2025-02-28",
      },
    ]);
  });

  it('leaves quoted values and text that only looks like a date to the fields', () => {
    expect(impossibleDates('closes: "2026-13-01"\ntitle: Bilan 2026-13-01\nnote: |\n  2026-02-30\n')).toEqual([]);
  });
});

describe('loadNoticingDates', () => {
  it('reads YAML to the values js-yaml gives Astro, with the text of each value read as a date', () => {
    const yaml = [
      'title: Appel',
      'date: 2009-07-02',
      'opens: 2026-03-01T09:30:00+01:00',
      'closes: "2026-04-01"',
      'dates:',
      '  - date: 2026-13-01',
      '    label: Jury',
      'flow: [2024-02-29, 2026-06-30 18:00:00]',
    ].join('\n');
    const { data, dates } = loadNoticingDates(yaml);
    expect(data).toEqual({
      title: 'Appel',
      date: new Date(Date.UTC(2009, 6, 2)),
      opens: new Date(Date.UTC(2026, 2, 1, 8, 30)),
      closes: '2026-04-01',
      dates: [{ date: new Date(Date.UTC(2027, 0, 1)), label: 'Jury' }],
      flow: [new Date(Date.UTC(2024, 1, 29)), new Date(Date.UTC(2026, 5, 30, 18))],
    });
    expect(data).toEqual(load(yaml));
    expect(dates).toEqual([
      '2009-07-02',
      '2026-03-01T09:30:00+01:00',
      '2026-13-01',
      '2024-02-29',
      '2026-06-30 18:00:00',
    ]);
    expect(impossibleDatesAmong(yaml, dates).map(({ index }) => index)).toEqual([5]);
  });

  it('notes nothing in a text without dates, and starts afresh at each call', () => {
    expect(loadNoticingDates('title: Bilan 2026-13-01\nyear: 2026\n')).toEqual({
      data: { title: 'Bilan 2026-13-01', year: 2026 },
      dates: [],
    });
    expect(loadNoticingDates('a: 2026-01-01').dates).toEqual(['2026-01-01']);
    expect(loadNoticingDates('b: 2026-01-02').dates).toEqual(['2026-01-02']);
  });

  it('throws js-yaml’s error on a text that is not YAML', () => {
    expect(() => loadNoticingDates('title: [Appel')).toThrow(YAMLException);
  });
});
