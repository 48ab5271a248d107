import { describe, expect, it } from 'vitest';
import { allocatorPurgeDelay, outputFolder } from './build-options.ts';

describe('outputFolder', () => {
  it('reads --outDir followed by the folder, and --outDir=folder, as Astro does', () => {
    expect(outputFolder(['--outDir', 'sortie'], '/site')).toBe('/site/sortie');
    expect(outputFolder(['--outDir=/tmp/essai'], '/site')).toBe('/tmp/essai');
    expect(outputFolder(['--verbose', '--outDir=../à côté/sortie'], '/site/projet')).toBe('/site/à côté/sortie');
  });

  it('takes the last one given', () => {
    expect(outputFolder(['--outDir', 'premier', '--outDir=second'], '/site')).toBe('/site/second');
  });

  it('is dist/ when no folder is given', () => {
    expect(outputFolder([], '/site')).toBe('/site/dist');
    expect(outputFolder(['--outDir'], '/site')).toBe('/site/dist');
    expect(outputFolder(['--outDir='], '/site')).toBe('/site/dist');
  });
});

describe('allocatorPurgeDelay', () => {
  it('gives freed memory back at once unless the caller says otherwise', () => {
    expect(allocatorPurgeDelay({})).toBe('0');
    expect(allocatorPurgeDelay({ MIMALLOC_PURGE_DELAY: '250' })).toBe('250');
    expect(allocatorPurgeDelay({ MIMALLOC_PURGE_DELAY: '-1' })).toBe('-1');
  });

  it('takes an empty or blank value for none', () => {
    expect(allocatorPurgeDelay({ MIMALLOC_PURGE_DELAY: '' })).toBe('0');
    expect(allocatorPurgeDelay({ MIMALLOC_PURGE_DELAY: '  ' })).toBe('0');
  });
});
