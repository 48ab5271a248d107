/**
 * The generated parts of the editor guide, `docs/editing.md`: every field
 * with its example (from the schemas' JSDoc), every MDX component (from
 * their spec) and every error message as `npm run check:content` prints it
 * (from the error cases). `npm run docs` rewrites them; a test fails when
 * they are out of date.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { mdxComponentSpecs, propDoc, type ComponentSpec } from '../src/components/mdx/specs.ts';
import { collections, fieldDocs } from './field-docs.ts';
import { checkContent } from './check-content.ts';
import { contentWithErrors, errorCases } from './error-cases.ts';

const ROOT = resolve(import.meta.dirname, '..');
export const GUIDE = resolve(ROOT, 'docs/editing.md');

function fieldsSection(): string {
  return collections
    .map(({ file, title, where }) => {
      const fields = fieldDocs(readFileSync(resolve(ROOT, file), 'utf8')).map(
        ({ name, doc, example }) => `#### \`${name}\`\n\n${doc}\n\n\`\`\`yaml\n${example}\n\`\`\``,
      );
      return [`### ${title} (${where})`, ...fields].join('\n\n');
    })
    .join('\n\n');
}

/** After a colon, French goes on in lower case. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function componentsSection(): string {
  return Object.entries(mdxComponentSpecs as Record<string, ComponentSpec>)
    .map(([name, spec]) => {
      const props = Object.entries(spec.props).map(([prop, schema]) => {
        const { required, doc } = propDoc(schema);
        return `- \`${prop}\`${required ? ' (obligatoire)' : ''} : ${lowerFirst(doc)}`;
      });
      const content = spec.content
        ? `- entre les balises${spec.content.required ? ' (obligatoire)' : ''} : ${lowerFirst(spec.content.doc)}`
        : `- rien entre les balises : écrivez \`<${name} … />\`.`;
      return [`### \`<${name}>\``, spec.doc, [...props, content].join('\n'), `\`\`\`mdx\n${spec.example}\n\`\`\``].join(
        '\n\n',
      );
    })
    .join('\n\n');
}

/** Each case's messages, printed by the content check on a copy of the test content named `content`. */
function errorsSection(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'pole-image-guide-'));
  try {
    return errorCases
      .map((errorCase) => {
        const content = contentWithErrors([errorCase], join(workspace, errorCase.id));
        const lines = checkContent(content, 'content').problems.map(
          (p) => `${p.file}${p.line ? `:${p.line}` : ''} : ${p.message}`,
        );
        return `### ${errorCase.title}\n\n\`\`\`text\n${lines.join('\n')}\n\`\`\`\n\n${errorCase.fix}`;
      })
      .join('\n\n');
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

const sections = { champs: fieldsSection, composants: componentsSection, erreurs: errorsSection };

const start = (name: string) => `<!-- ${name}:start (généré par npm run docs, ne pas modifier à la main) -->`;
const end = (name: string) => `<!-- ${name}:end -->`;

/** The guide with its generated parts replaced by the current ones, formatted by Prettier. */
export async function updatedGuide(guide: string): Promise<string> {
  let text = guide;
  for (const [name, render] of Object.entries(sections)) {
    const from = text.indexOf(start(name));
    const to = text.indexOf(end(name));
    if (from < 0 || to < from) throw new Error(`docs/editing.md must hold the markers ${start(name)} and ${end(name)}`);
    text = `${text.slice(0, from + start(name).length)}\n\n${render()}\n\n${text.slice(to)}`;
  }
  const options = await resolveConfig(GUIDE);
  return format(text, { ...options, filepath: GUIDE });
}

if (import.meta.main) {
  writeFileSync(GUIDE, await updatedGuide(readFileSync(GUIDE, 'utf8')));
  console.log('docs/editing.md : champs, composants et messages d’erreur mis à jour.');
}
