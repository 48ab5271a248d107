/** What a call's schema refuses across its fields: amounts against the budget, results against the themes, Markdown fields. */
import { describe, expect, it } from 'vitest';
import { callsSchema } from './calls.ts';

const base = {
  title: 'Appel d’essai',
  summary: 'Un appel inventé.',
  budget: 200000,
  themes: ['Jeu vidéo', 'Animation'],
  opens: '2009-07-01',
};

/** The messages of the schema for `fields` added to a valid call, each with its path. */
function problems(fields: Record<string, unknown>): string[] {
  const result = callsSchema().safeParse({ ...base, ...fields });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the amounts of a call', () => {
  it('refuses a grant above the budget, whichever end is given', () => {
    expect(problems({ grant: { min: 250000 } })).toEqual([
      "grant.min: l'aide par projet (250\u202f000\u00a0€) dépasse le budget de l'appel (« budget », 200\u202f000\u00a0€) : vérifiez les deux montants, écrits en euros sans espace (150000)",
    ]);
    expect(problems({ grant: { min: 20000, max: 200000 } })).toEqual([]);
  });

  it('refuses funded projects totalling more than the budget, and a project funded with nothing', () => {
    const result = (amount: number) => ({ title: 'P', amount, holder: 'H' });
    expect(problems({ results: [result(150000), result(50001)] })).toEqual([
      "results: le total des montants accordés (200\u202f001\u00a0€) dépasse le budget de l'appel (« budget », 200\u202f000\u00a0€) : vérifiez les montants, écrits en euros sans espace (45000), et le budget",
    ]);
    expect(problems({ results: [result(150000), result(50000)] })).toEqual([]);
    expect(problems({ results: [result(0)] })).toEqual([
      'results.0.amount: doit être le montant accordé, supérieur à 0, comme 20000',
    ]);
  });
});

describe('the funded projects of a call', () => {
  it('refuses a theme the call does not have, suggesting none when none is close', () => {
    expect(problems({ results: [{ title: 'P', amount: 1000, holder: 'H', theme: 'Cuisine' }] })).toEqual([
      "results.0.theme: thème « Cuisine » absent des thèmes de l'appel (« themes » : Jeu vidéo, Animation) ; écrivez l'un d'eux exactement, ou ajoutez ce thème à « themes »",
    ]);
    expect(problems({ results: [{ title: 'P', amount: 1000, holder: 'H', theme: 'Animation' }] })).toEqual([]);
  });

  it('refuses a member and a holder together, on the second project too', () => {
    expect(
      problems({
        results: [
          { title: 'P', amount: 1000, member: 'studio-a' },
          { title: 'Q', amount: 1000, member: 'studio-b', holder: 'Studio B' },
        ],
      }),
    ).toEqual([expect.stringMatching(/^results\.1\.holder: « member » et « holder » ensemble : /)]);
  });
});

describe('the Markdown fields of a call', () => {
  it('refuses HTML in an answer and a list in a change note, each at its own item', () => {
    expect(
      problems({
        faq: [
          { question: 'Q ?', answer: 'Oui.' },
          { question: 'R ?', answer: 'Voir <iframe src="https://example.org/"></iframe>' },
        ],
        changes: [{ date: '2009-07-02', note: '- un\n- deux' }],
      }),
    ).toEqual([
      expect.stringMatching(
        /^faq\.1\.answer: « <iframe src="https:\/\/example\.org\/"> » : balise <iframe> non permise/,
      ),
      expect.stringMatching(/^changes\.0\.note: une liste ne s’affiche pas dans ce champ/),
    ]);
  });
});

describe('the application address', () => {
  it('is refused in http://, and in any other scheme than https://', () => {
    for (const applyUrl of ['http://example.org/depot', 'ftp://example.org/depot']) {
      expect(problems({ applyUrl })).toEqual([
        `applyUrl: doit être une adresse web complète commençant par https:// (un dépôt de projet transmet des données personnelles : une adresse http:// ne les protège pas), trouvé « ${applyUrl} »`,
      ]);
    }
    expect(problems({ applyUrl: 'https://example.org/depot' })).toEqual([]);
  });
});
