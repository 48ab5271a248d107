import { describe, expect, it } from 'vitest';
import { isFreePrice } from './event-price.ts';

describe('isFreePrice', () => {
  it('reads a quoted zero, a zero amount in euros and the words for free as free', () => {
    for (const price of [
      '0',
      '0 €',
      '0€',
      '0,00 €',
      '0.0 euro',
      '00 EUR',
      'gratuit',
      'Gratuit.',
      'gratuite',
      'Entrée libre',
      'entrée gratuite',
      '0\u00a0€',
    ]) {
      expect(isFreePrice(price), price).toBe(true);
    }
  });

  it('keeps a real price, or a free entry with more to say, as written', () => {
    for (const price of [
      '10 €',
      '0,50 €',
      '5',
      '05 €',
      'Gratuit sur inscription',
      '0 € pour les membres, 10 € sinon',
      'libre participation',
    ]) {
      expect(isFreePrice(price), price).toBe(false);
    }
  });
});
