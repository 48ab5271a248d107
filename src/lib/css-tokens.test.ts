import { describe, expect, it } from 'vitest';
import { colourTokens } from './css-tokens.ts';

describe('colourTokens', () => {
  it('reads the light and dark value of each colour and field token', () => {
    const css = [
      ':root {',
      '  --color-bg: light-dark(#f6f4ef, #111018);',
      '  --field-cinema:light-dark( #c33 ,#f77 );',
      '  --space-1: 0.25rem;',
      '  --color-accent: var(--field-cinema);',
      '}',
    ].join('\n');
    expect(colourTokens(css)).toEqual(
      new Map([
        ['color-bg', { light: '#f6f4ef', dark: '#111018' }],
        ['field-cinema', { light: '#c33', dark: '#f77' }],
      ]),
    );
  });
});
