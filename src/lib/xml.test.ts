import { describe, expect, it } from 'vitest';
import { escapeXml } from './xml.ts';

describe('escapeXml', () => {
  it('escapes the five characters XML reserves, ampersands first', () => {
    expect(escapeXml(`Tom & Jerry <b>"l'épisode"</b> &amp;`)).toBe(
      'Tom &amp; Jerry &lt;b&gt;&quot;l&apos;épisode&quot;&lt;/b&gt; &amp;amp;',
    );
  });

  it('leaves other text as it is', () => {
    expect(escapeXml('Pôle Image – 1,85 M€')).toBe('Pôle Image – 1,85 M€');
  });
});
