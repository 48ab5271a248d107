/** The page-weight section of the report: the measured pages of our built site, against their budgets. */
import { overBudget, pageBudgets, pageWeight, type PageType } from '../tests/helpers/page-weight.ts';
import { FULL_CALL_ID } from './generate-calls.ts';
import { FULL_EVENT_ID } from './generate-events.ts';
import { row } from './report.ts';

/** A page the benchmark measures: its name in the report, the type whose budget it has, its path. */
export interface MeasuredPage {
  name: string;
  type: PageType;
  path: string;
}

/**
 * The measured pages of a site built by the benchmark, `articleId` being the
 * article to measure: the five page types, plus the English home page, the
 * generated call that fills every field and the generated event that does.
 */
export function measuredPages(articleId: string): MeasuredPage[] {
  return [
    { name: 'home', type: 'home', path: '/' },
    { name: 'home (en)', type: 'home', path: '/en/' },
    { name: 'article', type: 'article', path: `/actualites/${articleId}/` },
    { name: 'member', type: 'member', path: '/membres/ankama/' },
    { name: 'call', type: 'call', path: '/appels-a-projets/appel-a-projets-2009/' },
    { name: 'call (full)', type: 'call', path: `/appels-a-projets/${FULL_CALL_ID}/` },
    { name: 'event', type: 'event', path: `/agenda/${FULL_EVENT_ID}/` },
    { name: 'search', type: 'search', path: '/recherche/' },
  ];
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

export function pageWeightReport(distDir: string, articleId: string): string {
  const lines = [
    '### Poids des pages (site complet, N le plus grand mesuré)',
    '',
    'En ko (1 000 octets), fichier brut / compressé gzip. JavaScript : ce qui est chargé avant toute recherche. Budgets : `pageBudgets` de `tests/helpers/page-weight.ts`.',
    '',
    row([
      'page',
      'HTML',
      'CSS',
      'JS',
      'polices',
      'images',
      'HTML+CSS gzip',
      'budget',
      'JS gzip',
      'budget',
      'dépassements',
    ]),
    row(['---', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '---']),
  ];
  for (const { name, type, path } of measuredPages(articleId)) {
    const weight = pageWeight(distDir, path);
    const budget = pageBudgets[type];
    const problems = overBudget(weight, budget);
    lines.push(
      row([
        `${name} \`${path.length > 40 ? `${path.slice(0, 37)}…` : path}\``,
        `${kb(weight.html.raw)} / ${kb(weight.html.gzip)}`,
        `${kb(weight.css.raw)} / ${kb(weight.css.gzip)}`,
        `${kb(weight.js.raw)} / ${kb(weight.js.gzip)}`,
        kb(weight.fonts.raw),
        kb(weight.images.raw),
        kb(weight.html.gzip + weight.css.gzip),
        kb(budget.htmlCss),
        kb(weight.js.gzip),
        kb(budget.js),
        problems.length ? problems.join(' ; ') : 'aucun',
      ]),
    );
  }
  return lines.join('\n');
}
