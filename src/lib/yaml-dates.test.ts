import { describe, expect, it } from 'vitest';
import { impossibleDate, impossibleDates } from './yaml-dates.ts';

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
