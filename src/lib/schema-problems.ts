/**
 * Schema errors as editors read them: `« field » : what was expected`, with
 * the line where the field is written, whatever the nesting.
 */

/** What this module reads of a Zod issue. */
export interface SchemaIssue {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
}

export interface LineProblem {
  line?: number | undefined;
  message: string;
}

/** `« source.url »`, `« tags » (élément 3)`: a field path in words. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const names = path.filter((part) => typeof part === 'string').join('.');
  const items = path.filter((part) => typeof part === 'number').map((index) => ` (élément ${index + 1})`);
  return `« ${names} »${items.join('')}`;
}

/** One problem per issue; `lineOf` finds the line of a top-level field. */
export function describeIssues(
  issues: readonly SchemaIssue[],
  lineOf: (field: string) => number | undefined,
): LineProblem[] {
  return issues.map((issue) => {
    const top = issue.path[0] ?? (issue.code === 'unrecognized_keys' ? issue.keys?.[0] : undefined);
    const line = typeof top === 'string' ? lineOf(top) : undefined;
    const message = issue.path.length ? `${fieldLabel(issue.path)} : ${issue.message}` : issue.message;
    return { line, message };
  });
}
