/**
 * Calls for projects: their facts, their status and their order.
 */
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../helpers/dist.ts';

const { site } = inject('sites');
const page = (path: string) => readPage(site.dir, path);

describe('calls for projects', () => {
  it('shows budget, themes, opening date, status and the unknown deadline', () => {
    const call = page('appels-a-projets/appel-a-projets-2009/');
    const text = call.querySelector('main')?.text ?? '';
    expect(text).toContain('1,85\u00a0M€');
    for (const theme of ['Serious games', 'Webdocumentaires', 'Séries d’animation', 'Documentaire de proximité']) {
      expect(text).toContain(theme);
    }
    expect(text).toContain('2 juillet 2009');
    expect(text).toContain('Date limite non communiquée');
    const badge = call.querySelector('[data-call-opens]');
    expect(badge?.text).toBe('Ouvert');
    expect(badge?.getAttribute('data-call-opens')).toBe('2009-07-02');
    expect(badge?.hasAttribute('data-call-closes')).toBe(false);
  });

  it('carries a script that brings the status up to date in the reader’s browser', () => {
    const scripts = page('appels-a-projets/appel-a-projets-2009/').querySelectorAll('script[type="module"]');
    expect(scripts.length).toBeGreaterThan(0);
  });

  it('lists open calls first, then upcoming, then closed', () => {
    const statuses = page('appels-a-projets/')
      .querySelectorAll('[data-call-list] [data-status]')
      .map((badge) => badge.getAttribute('data-status'));
    expect(statuses).toEqual(['open', 'upcoming', 'closed']);
  });
});
