import { describe, expect, it } from 'vitest';
import { XmlError, readXml } from './xml.ts';

describe('readXml', () => {
  it('gives text, attributes and repeated elements the shapes the tests read', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><urlset a="1"><url><loc> https://x.example/ </loc></url><url><loc>https://x.example/b/</loc><lastmod>2009-07-02</lastmod></url><guid isPermaLink="false">urn:1</guid><empty/></urlset>';
    expect(readXml(xml)).toEqual({
      urlset: {
        '@_a': '1',
        url: [{ loc: 'https://x.example/' }, { loc: 'https://x.example/b/', lastmod: '2009-07-02' }],
        guid: { '@_isPermaLink': 'false', '#text': 'urn:1' },
        empty: '',
      },
    });
  });

  it('keeps prefixed names, decodes entities and reads CDATA as text', () => {
    const xml =
      '<rss xmlns:atom="http://www.w3.org/2005/Atom"><atom:link href="a"/><t>a &amp; b &#233;</t><c><![CDATA[<p>x</p>]]></c></rss>';
    expect(readXml(xml)).toEqual({
      rss: {
        '@_xmlns:atom': 'http://www.w3.org/2005/Atom',
        'atom:link': { '@_href': 'a' },
        t: 'a & b é',
        c: '<p>x</p>',
      },
    });
  });

  it.each([
    ['a bare ampersand', '<a>a & b</a>'],
    ['an unbound prefix', '<a><dc:creator>x</dc:creator></a>'],
    ['an unclosed element', '<a><b></a>'],
    ['a control character inside CDATA', '<a><![CDATA[le budget\u000best]]></a>'],
    ['a control character in text', '<a>un\u001fdeux</a>'],
    ['a reference to a control character', '<a>un&#11;deux &#x1F;</a>'],
  ])('refuses %s', (_, xml) => {
    expect(() => readXml(xml)).toThrow(XmlError);
  });

  it('accepts tabs, line ends, no-break spaces and emoji, raw or as references', () => {
    expect(readXml('<a>a\tb\nc&#9;&#10;&#13;&#160;&#x202F; 😀</a>')).toEqual({ a: 'a\tb\nc\t\n\r\u00a0\u202f 😀' });
  });
});
