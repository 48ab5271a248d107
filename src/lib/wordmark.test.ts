import { describe, expect, it } from 'vitest';
import { splitName } from './wordmark.ts';

describe('splitName', () => {
  it('puts the first two words large and the region below', () => {
    expect(splitName('Pôle Image Nord-Pas-de-Calais')).toEqual({ main: 'Pôle Image', region: 'Nord-Pas-de-Calais' });
  });

  it('keeps a short name whole, with no region', () => {
    expect(splitName('Pôle Image')).toEqual({ main: 'Pôle Image', region: '' });
    expect(splitName('  Pôle  ')).toEqual({ main: 'Pôle', region: '' });
  });
});
