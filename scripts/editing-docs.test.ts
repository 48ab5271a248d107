import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from './check-content.ts';
import { mdxComponentSpecs } from '../src/components/mdx/specs.ts';
import { GUIDE, updatedGuide } from './editing-docs.ts';
import { contentWithErrors, errorCases } from './error-cases.ts';

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

  it('gives a call filling every field that the content check accepts once copied where the guide says', () => {
    const example = /Un appel qui remplit chaque champ[^]*?```yaml\n([^]*?)```/.exec(guide)?.[1];
    expect(example).toContain('results:');
    const workspace = mkdtempSync(join(tmpdir(), 'pole-image-example-'));
    try {
      const content = contentWithErrors([], workspace);
      writeFileSync(join(content, 'calls/appel-nouvelles-ecritures.md'), `${example ?? ''}\nUn appel d’exemple.\n`);
      mkdirSync(join(content, 'calls/appel-nouvelles-ecritures'));
      writeFileSync(join(content, 'calls/appel-nouvelles-ecritures/reglement.pdf'), '%PDF-1.4\n%%EOF\n');
      expect(checkContent(content, 'content').problems).toEqual([]);
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('is linked from the README', () => {
    expect(readFileSync(new URL('../README.md', import.meta.url), 'utf8')).toContain('(docs/editing.md)');
  });
});
