import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFacts, documentLocation, documentProblem } from './call-documents.ts';

const root = mkdtempSync(join(tmpdir(), 'call-documents-'));
const calls = join(root, 'content/calls');
const publicDir = join(root, 'public');
mkdirSync(calls, { recursive: true });
mkdirSync(join(publicDir, 'documents'), { recursive: true });
writeFileSync(join(calls, 'reglement.pdf'), Buffer.alloc(240_000));
writeFileSync(join(publicDir, 'documents/budget.ods'), Buffer.alloc(1_250_000));
const entry = join(calls, 'appel.md');
const label = 'content/calls/appel.md';

describe('documentProblem', () => {
  it('finds a document beside the call and one in public/', () => {
    expect(documentProblem('./reglement.pdf', entry, label, publicDir)).toBeUndefined();
    expect(documentProblem('/documents/budget.ods', entry, label, publicDir)).toBeUndefined();
    expect(documentLocation('/documents/budget.ods', entry, publicDir)).toBe(join(publicDir, 'documents/budget.ods'));
  });

  it('names a missing file where it was looked for, with the closest name', () => {
    expect(documentProblem('./reglemnt.pdf', entry, label, publicDir)).toBe(
      'document introuvable « ./reglemnt.pdf » : aucun fichier content/calls/reglemnt.pdf (vouliez-vous dire « ./reglement.pdf » ?)',
    );
    expect(documentProblem('/documents/budjet.ods', entry, label, publicDir)).toBe(
      'document introuvable « /documents/budjet.ods » : aucun fichier public/documents/budjet.ods (vouliez-vous dire « /documents/budget.ods » ?)',
    );
  });

  it('refuses a web address, a subfolder beside the call and a file that is not a document', () => {
    expect(documentProblem('https://example.org/r.pdf', entry, label, publicDir)).toMatch(
      /^doit être un fichier enregistré/,
    );
    expect(documentProblem('./docs/reglement.pdf', entry, label, publicDir)).toMatch(/^doit être le nom d'un fichier/);
    expect(documentProblem('./photo.jpg', entry, label, publicDir)).toMatch(/^doit être un document PDF, ODT/);
  });
});

describe('documentFacts', () => {
  it('gives the format in capitals and the weight in bytes', () => {
    expect(documentFacts(join(calls, 'reglement.pdf'))).toEqual({ format: 'PDF', bytes: 240_000 });
  });
});
