import { describe, expect, it } from 'vitest';
import { changeGuid, feedGuid } from './guid.ts';

describe('feedGuid', () => {
  it('is a URN that depends only on the collection and the id', () => {
    const guid = feedGuid('news', 'lancement-du-pole-image');
    expect(guid).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(feedGuid('news', 'lancement-du-pole-image')).toBe(guid);
  });

  it('never changes for a published item (the value subscribers already have)', () => {
    expect(feedGuid('news', 'lancement-du-pole-image')).toBe('urn:uuid:7b1bf3de-ff4e-5786-9f82-95915b847c45');
    expect(feedGuid('calls', 'appel-a-projets-2009')).toBe('urn:uuid:69eeb39e-e504-5422-a309-c92fc2d3c825');
  });

  it('differs between items and between collections', () => {
    expect(feedGuid('news', 'a')).not.toBe(feedGuid('news', 'b'));
    expect(feedGuid('news', 'a')).not.toBe(feedGuid('calls', 'a'));
  });
});

describe('changeGuid', () => {
  it('is a name-based UUID of the call, the day and the rank within the day, never of the text', () => {
    const first = changeGuid('appel-2009', '2009-09-15');
    expect(first).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(changeGuid('appel-2009', '2009-09-15')).toBe(first);
    expect(changeGuid('appel-2009', '2009-09-15', 1)).toBe(first);
    expect(
      new Set([
        first,
        changeGuid('appel-2009', '2009-09-15', 2),
        changeGuid('appel-2009', '2009-09-16'),
        changeGuid('appel-2010', '2009-09-15'),
        feedGuid('calls', 'appel-2009'),
      ]).size,
    ).toBe(5);
  });
});
