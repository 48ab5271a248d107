/**
 * The directory of members and their profiles.
 */
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../helpers/dist.ts';

const { site } = inject('sites');
const page = (path: string) => readPage(site.dir, path);

describe('members', () => {
  it('groups the directory by kind', () => {
    const directory = page('membres/');
    const groups = directory.querySelectorAll('section.group');
    expect(
      groups.map((g) =>
        g
          .querySelector('h2')
          ?.text.replace(/\s+\d+$/, '')
          .trim(),
      ),
    ).toEqual(['Entreprises', 'Institutions', 'Collectivités']);
    expect(groups[0]?.querySelectorAll('.card-title a').map((a) => a.getAttribute('href'))).toEqual([
      '/membres/ankama/',
      '/membres/studio-de-test/',
    ]);
  });

  it('shows a profile’s facts, with a lower bound of employees as « 400+ »', () => {
    const facts = page('membres/ankama/').querySelector('.facts')?.text.replace(/\s+/g, ' ') ?? '';
    expect(facts).toContain('Roubaix-Tourcoing');
    expect(facts).toContain('Jeu vidéo');
    expect(facts).toContain('2001');
    expect(facts).toContain('400+');
    expect(facts).toContain('(en 2009)');
  });
});
