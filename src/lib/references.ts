/**
 * Cross-references between collections: an article names members and calls
 * by id. An unknown id is a content error naming the file, the field, the id
 * and the closest existing ids.
 */
import type { FileProblem } from './content-files.ts';
import { closestMatches } from './suggest.ts';

export interface Referencing {
  /** Path of the file, e.g. `content/news/lancement.md`. */
  file: string;
  /** Field name in front matter, e.g. `members`. */
  field: string;
  /** The line where the field is written, when known. */
  line?: number | undefined;
  /** The ids listed in that field. */
  ids: readonly string[];
  /** What the ids point to, for the message ("membre"). */
  target: string;
  /** Folder of the target collection, for the message (`content/members`). */
  targetDir: string;
}

export function checkReferences(
  refs: readonly Referencing[],
  known: ReadonlyMap<string, ReadonlySet<string>>,
): FileProblem[] {
  const problems: FileProblem[] = [];
  for (const ref of refs) {
    const existing = known.get(ref.field) ?? new Set<string>();
    const seen = new Set<string>();
    for (const id of ref.ids) {
      if (seen.has(id)) {
        problems.push({
          file: ref.file,
          line: ref.line,
          message: `« ${ref.field} » : l'identifiant « ${id} » est cité deux fois`,
        });
      }
      seen.add(id);
      if (existing.has(id)) continue;
      const close = closestMatches(id, [...existing]);
      problems.push({
        file: ref.file,
        line: ref.line,
        message:
          `« ${ref.field} » : ${ref.target} inconnu « ${id} » ; aucun fichier ${ref.targetDir}/${id}.md ou .mdx` +
          (close.length ? ` (vouliez-vous dire ${close.map((c) => `« ${c} »`).join(' ou ')} ?)` : ''),
      });
    }
  }
  return problems;
}
