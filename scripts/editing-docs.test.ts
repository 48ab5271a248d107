import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mdxComponentSpecs } from '../src/components/mdx/specs.ts';
import { GUIDE, updatedGuide } from './editing-docs.ts';
import { errorCases } from './error-cases.ts';

describe('the editor guide docs/editing.md', () => {
  const guide = readFileSync(GUIDE, 'utf8');

  // Runs the content check on a copy of the test content for each error case: seconds, not milliseconds.
  it(
    'is the one generated from the schemas, the components and the error cases (run `npm run docs`)',
    { timeout: 60_000 },
    async () => {
      expect(guide).toBe(await updatedGuide(guide));
    },
  );

  it('explains every error case and every component', () => {
    for (const { title } of errorCases) expect(guide).toContain(`### ${title}\n`);
    for (const name of Object.keys(mdxComponentSpecs)) expect(guide).toContain(`### \`<${name}>\`\n`);
  });

  it('is linked from the README', () => {
    expect(readFileSync(new URL('../README.md', import.meta.url), 'utf8')).toContain('(docs/editing.md)');
  });
});
