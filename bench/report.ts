/** The benchmark's report, in Markdown: machine, versions, one table of builds, ratios, then the page measures. */
import type { BuildResult } from './builders.ts';

export interface SizeResult {
  n: number;
  ours: BuildResult;
  baseline?: BuildResult | undefined;
  hugo?: BuildResult | undefined;
}

export interface Incremental {
  n: number;
  cold: BuildResult;
  /** The same build from nothing with `--incremental`, which keeps its pages for the next. */
  coldIncremental: BuildResult;
  /** The `--incremental` build after editing one article, with the caches of `coldIncremental`. */
  rebuilt: BuildResult;
  /** Pages the rebuild took from the previous build's cache instead of rendering them. */
  reused: number;
  baseline?: BuildResult | undefined;
  baselineRebuilt?: BuildResult | undefined;
}

export interface ReportInput {
  machine: { cores: number; cpu: string; memory: number };
  versions: { node: string; astro: string; pagefind: string; hugo?: string | undefined };
  runs: number;
  results: SizeResult[];
  incremental?: Incremental | undefined;
  /** The editors' loop on the dev servers (`formatDevLoop`). */
  devLoop?: string | undefined;
  weight?: string | undefined;
  search?: string | undefined;
  lighthouse?: string | undefined;
}

const total = (result: BuildResult) => result.buildMs + result.indexMs;
/** Milliseconds as seconds, two decimals under 10 s, one above (`9.48`, `25.3`). */
export const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
/** Bytes as mebibytes, one decimal under 10 MiB (`7.6 MiB`, `1385 MiB`). */
export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 1 : 0)} MiB`;
/** `a ÷ b` to two decimals (`1.48 ×`), or `—` without `b`. */
export const ratio = (a: number, b: number | undefined) => (b ? `${(a / b).toFixed(2)} ×` : '—');
const names = { ours: 'Pôle Image (complet)', baseline: 'Astro nu (baseline)', hugo: 'Hugo' } as const;

export function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function formatReport(input: ReportInput): string {
  const { machine, versions, results } = input;
  const lines: string[] = [];
  lines.push(
    `Machine : ${machine.cores} cœurs (${machine.cpu}), ${(machine.memory / 2 ** 30).toFixed(0)} Go de mémoire. ` +
      `Node ${versions.node}, Astro ${versions.astro}, Pagefind ${versions.pagefind}, ` +
      `${versions.hugo ? versions.hugo.replace(/ BuildDate.*$/, '') : 'Hugo absent (non mesuré : `apt-get install hugo`)'}. ` +
      `${input.runs > 1 ? `Médiane de ${input.runs} constructions par taille et par outil, les outils construisant tour à tour (entre parenthèses, le total le plus court et le plus long ; la mémoire est la plus haute des ${input.runs})` : 'Une construction par taille et par outil'}, à froid (cache vidé), sur les mêmes fichiers.`,
    '',
    '### Constructions',
    '',
    row([
      'N',
      'outil',
      'construction',
      'indexation',
      'total',
      'ms par article',
      'temps CPU',
      'mémoire max.',
      'dist/',
      'fichiers',
    ]),
    row(['--:', '---', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '--:']),
  );
  for (const { n, ours, baseline, hugo } of results) {
    for (const result of [ours, baseline, hugo]) {
      if (!result) continue;
      lines.push(
        row([
          n.toLocaleString('fr-FR'),
          names[result.builder],
          `${seconds(result.buildMs)} s`,
          `${seconds(result.indexMs)} s`,
          `${seconds(total(result))} s${result.spreadMs && (result.runs ?? 1) > 1 ? ` (${seconds(result.spreadMs[0])}–${seconds(result.spreadMs[1])})` : ''}`,
          (total(result) / n).toFixed(2),
          `${seconds(result.cpuMs)} s`,
          mib(result.peakRss),
          mib(result.distBytes),
          result.files.toLocaleString('fr-FR'),
        ]),
      );
    }
    if (!hugo && !versions.hugo)
      lines.push(row([n.toLocaleString('fr-FR'), 'Hugo', 'non installé', '', '', '', '', '', '']));
  }
  lines.push(
    '',
    '### Mémoire maximale par processus',
    '',
    'Chaque colonne est le maximum de ses processus à leur propre moment ; l’arbre, celui de la somme de tous à un même instant.',
    '',
    row(['N', 'outil', 'arbre', 'Astro', 'Pagefind', 'contrôle du contenu', 'autres']),
    row(['--:', '---', '--:', '--:', '--:', '--:', '--:']),
  );
  for (const { n, ours, baseline, hugo } of results) {
    for (const result of [ours, baseline, hugo]) {
      if (!result) continue;
      const { astro, pagefind, check, other } = result.peakByRole;
      lines.push(
        row([
          n.toLocaleString('fr-FR'),
          names[result.builder],
          mib(result.peakRss),
          astro ? mib(astro) : '—',
          pagefind ? mib(pagefind) : '—',
          check ? mib(check) : '—',
          mib(other),
        ]),
      );
    }
  }
  const reference = results.find((r) => r.n === 1000);
  lines.push(
    '',
    '### Rapports (Pôle Image ÷ autre outil, même exécution, mêmes fichiers)',
    '',
    row([
      'N',
      'temps ÷ baseline',
      'CPU ÷ baseline',
      'mémoire ÷ baseline',
      'temps ÷ Hugo',
      'CPU ÷ Hugo',
      'mémoire ÷ Hugo',
      'ms par article ÷ celui de N = 1 000',
    ]),
    row(['--:', '--:', '--:', '--:', '--:', '--:', '--:', '--:']),
  );
  for (const { n, ours, baseline, hugo } of results) {
    lines.push(
      row([
        n.toLocaleString('fr-FR'),
        ratio(total(ours), baseline && total(baseline)),
        ratio(ours.cpuMs, baseline?.cpuMs),
        ratio(ours.peakRss, baseline?.peakRss),
        ratio(total(ours), hugo && total(hugo)),
        ratio(ours.cpuMs, hugo?.cpuMs),
        ratio(ours.peakRss, hugo?.peakRss),
        reference ? ratio(total(ours) / n, total(reference.ours) / 1000) : '—',
      ]),
    );
  }
  const { incremental } = input;
  if (incremental) {
    lines.push(
      '',
      `### Reconstruction après la modification d'un article (N = ${incremental.n.toLocaleString('fr-FR')}, caches gardés)`,
      '',
      'Notre site : construction normale à froid ; puis à froid avec `--incremental`, qui garde ses pages pour la suivante ; ' +
        'puis, après la modification, avec `--incremental` et les caches de la précédente. Astro nu : cache de contenu gardé.',
      '',
      row([
        'outil',
        'à froid',
        'à froid, `--incremental`',
        'après modification',
        'rapport à froid',
        'rapport à froid `--incremental`',
        'pages reprises',
      ]),
      row(['---', '--:', '--:', '--:', '--:', '--:', '--:']),
      row([
        names.ours,
        `${seconds(total(incremental.cold))} s`,
        `${seconds(total(incremental.coldIncremental))} s`,
        `${seconds(total(incremental.rebuilt))} s`,
        ratio(total(incremental.rebuilt), total(incremental.cold)),
        ratio(total(incremental.rebuilt), total(incremental.coldIncremental)),
        incremental.reused.toLocaleString('fr-FR'),
      ]),
    );
    if (incremental.baseline && incremental.baselineRebuilt) {
      lines.push(
        row([
          names.baseline,
          `${seconds(total(incremental.baseline))} s`,
          '—',
          `${seconds(total(incremental.baselineRebuilt))} s`,
          ratio(total(incremental.baselineRebuilt), total(incremental.baseline)),
          '—',
          '—',
        ]),
      );
    }
  }
  for (const section of [input.devLoop, input.weight, input.search, input.lighthouse])
    if (section) lines.push('', section);
  return lines.join('\n');
}
