/** The page-weight section of the report: five page types of our built site, against their budgets. */
import { overBudget, pageBudgets, pageWeight, type PageType } from '../tests/helpers/page-weight.ts';
import { row } from './report.ts';

/** The five measured pages of a site built by the benchmark. */
export function measuredPages(articleId: string): Record<PageType, string> {
  return {
    home: '/',
    article: `/actualites/${articleId}/`,
    member: '/membres/ankama/',
    call: '/appels-a-projets/appel-a-projets-2009/',
    search: '/recherche/',
  };
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
  for (const [type, path] of Object.entries(measuredPages(articleId)) as [PageType, string][]) {
    const weight = pageWeight(distDir, path);
    const budget = pageBudgets[type];
    const problems = overBudget(weight, budget);
    lines.push(
      row([
        `${type} \`${path.length > 40 ? `${path.slice(0, 37)}…` : path}\``,
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
