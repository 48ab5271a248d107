import { describe, expect, it } from 'vitest';
import { feedGuid, uuidV5 } from './guid.ts';

describe('uuidV5', () => {
  it('matches the RFC 9562 test vector', () => {
    // RFC 9562, appendix A.4: "www.example.com" in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });
});

describe('feedGuid', () => {
  it('is a URN that depends only on the collection and the id', () => {
    const guid = feedGuid('news', 'lancement-du-pole-image');
    expect(guid).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(feedGuid('news', 'lancement-du-pole-image')).toBe(guid);
  });

  it('never changes for a published item (the value subscribers already have)', () => {
    expect(feedGuid('news', 'lancement-du-pole-image')).toBe('urn:uuid:7b1bf3de-ff4e-5786-9f82-95915b847c45');
  });

  it('differs between items and between collections', () => {
    expect(feedGuid('news', 'a')).not.toBe(feedGuid('news', 'b'));
    expect(feedGuid('news', 'a')).not.toBe(feedGuid('calls', 'a'));
  });
});
