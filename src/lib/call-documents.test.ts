import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFacts, documentLocation, documentProblem, unlistedDocuments } from './call-documents.ts';

const root = mkdtempSync(join(tmpdir(), 'call-documents-'));
const calls = join(root, 'content/calls');
const publicDir = join(root, 'public');
mkdirSync(calls, { recursive: true });
mkdirSync(join(publicDir, 'documents'), { recursive: true });
writeFileSync(join(calls, 'reglement.pdf'), Buffer.alloc(240_000));
writeFileSync(join(publicDir, 'documents/budget.ods'), Buffer.alloc(1_250_000));
mkdirSync(join(calls, 'appel'));
writeFileSync(join(calls, 'appel/reglement.pdf'), Buffer.alloc(10));
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

describe('documentProblem, on folders and names', () => {
  it('finds a document in a folder named after its call, and refuses one in another call’s folder', () => {
    expect(documentProblem('./appel/reglement.pdf', entry, label, publicDir)).toBeUndefined();
    expect(documentProblem('./autre-appel/reglement.pdf', entry, label, publicDir)).toBe(
      "doit être le nom d'un fichier enregistré à côté de l'appel, précédé de ./ (comme ./reglement.pdf), ou dans un dossier au nom de l'appel (./appel/reglement.pdf), ou un chemin de public/ commençant par / (comme /documents/reglement.pdf), trouvé « ./autre-appel/reglement.pdf »",
    );
    expect(documentProblem('./appel/annexes/plan.pdf', entry, label, publicDir)).toBe(
      'doit être un fichier posé directement dans le dossier ./appel/, sans autre sous-dossier, trouvé « ./appel/annexes/plan.pdf »',
    );
  });

  it('refuses a name with a space, an accent or capitals, beside the call or in public/, with the name to give it', () => {
    expect(documentProblem('./Règlement de l’appel.PDF', entry, label, publicDir)).toBe(
      "nom de fichier « Règlement de l’appel.PDF » refusé : il fait partie de l'adresse du document et ne doit contenir que des minuscules sans accents, des chiffres et des tirets ; renommez le fichier « reglement-de-l-appel.pdf » et écrivez « ./reglement-de-l-appel.pdf »",
    );
    expect(documentProblem('/documents/Budget 2009.ods', entry, label, publicDir)).toBe(
      "nom de fichier « Budget 2009.ods » refusé : il fait partie de l'adresse du document et ne doit contenir que des minuscules sans accents, des chiffres et des tirets ; renommez le fichier « budget-2009.ods » et écrivez « /documents/budget-2009.ods »",
    );
    expect(documentProblem('/mes documents/budget.ods', entry, label, publicDir)).toMatch(
      /^chemin « \/mes documents\/budget\.ods » refusé : ses dossiers font partie de l'adresse/,
    );
  });
});

describe('unlistedDocuments', () => {
  it('names each document of the folder that no call lists, in a call’s folder too, and leaves images and texts alone', () => {
    const files = ['appel.md', 'appel/reglement.pdf', 'photo.jpg', 'reglement.pdf', 'notes.docx'];
    const listed = new Set([join(calls, 'reglement.pdf')]);
    expect(unlistedDocuments(calls, 'content/calls', files, listed).map(({ file }) => file)).toEqual([
      'content/calls/appel/reglement.pdf',
      'content/calls/notes.docx',
    ]);
  });
});

describe('documentFacts', () => {
  it('gives the format in capitals and the weight in bytes', () => {
    expect(documentFacts(join(calls, 'reglement.pdf'))).toEqual({ format: 'PDF', bytes: 240_000 });
  });
});
