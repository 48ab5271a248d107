/**
 * Drafts and articles dated in the future are built nowhere: no page, no
 * listing, no count, no feed, no sitemap entry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readPage } from '../helpers/dist.ts';
import { PUBLISHED_NEWS } from '../setup/build-sites.ts';

const { site } = inject('sites');
const page = (path: string) => readPage(site.dir, path);

describe('drafts and future articles', () => {
  it('appear nowhere in the built site: pages, feed, sitemap', () => {
    for (const file of listFiles(site.dir).filter((f) => /\.(html|xml|txt|json)$/.test(f))) {
      expect(readFileSync(join(site.dir, file), 'utf8'), file).not.toContain('zorglubine');
    }
  });

  it('get no page, and their keywords no keyword page', () => {
    for (const path of [
      'actualites/article-en-brouillon',
      'actualites/article-a-paraitre',
      'actualites/modele-de-test',
      'membres/membre-en-brouillon',
      'appels-a-projets/appel-en-brouillon',
      'page-en-brouillon',
      'mots-cles/brouillon-de-test',
      'mots-cles/avenir-de-test',
    ]) {
      expect(existsSync(join(site.dir, path)), path).toBe(false);
    }
  });

  it('are not counted in listings', () => {
    const total = PUBLISHED_NEWS;
    expect(page('actualites/').querySelector('.lede')?.text).toContain(`${total} articles`);
  });

  it('are counted nowhere: members, calls, keywords, search sections', () => {
    const words = (text = '') => text.replace(/&nbsp;|\u00a0|\s+/g, ' ').trim();
    // The draft member is a company: counted, it would make three (Ankama and the test studio are the two).
    expect(words(page('membres/').querySelector('.lede')?.text)).toContain('Les 7 membres');
    expect(words(page('').querySelector('#membres')?.parentNode?.text)).toContain('7 membres : 2 entreprises,');
    const chips = page('mots-cles/')
      .querySelectorAll('main .chip')
      .map((chip) => words(chip.text));
    expect(chips.some((chip) => /brouillon|avenir/.test(chip))).toBe(false);
    const sections = page('recherche/')
      .querySelectorAll('.browse li')
      .map((item) => words(item.text));
    expect(sections).toEqual([
      `Actualités (${PUBLISHED_NEWS})`,
      'Membres (7)',
      'Appels à projets (4)',
      'Agenda (8)',
      `Mots clés (${chips.length})`,
    ]);
    expect(page('appels-a-projets/').querySelectorAll('[data-call-list] > li')).toHaveLength(4);
  });

  it('are not in the sitemap, even by their address', () => {
    const sitemap = readFileSync(join(site.dir, 'sitemap.xml'), 'utf8');
    for (const id of ['article-en-brouillon', 'article-a-paraitre', 'membre-en-brouillon', 'page-en-brouillon']) {
      expect(sitemap).not.toContain(id);
    }
  });
});
