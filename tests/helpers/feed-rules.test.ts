import { describe, expect, it } from 'vitest';
import { checkFeed } from './feed-rules.ts';

const location = 'https://pole-image.example/rss.xml';
const now = new Date('2026-11-27T12:00:00Z');

function feed({ channel = '', item = '' } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Pôle</title><description>d</description><link>https://pole-image.example/</link><language>fr</language><lastBuildDate>Thu, 02 Jul 2009 00:00:00 +0200</lastBuildDate><atom:link href="${location}" rel="self" type="application/rss+xml"/><image><url>https://pole-image.example/feed-icon.png</url><title>Pôle</title><link>https://pole-image.example/</link><width>144</width><height>144</height></image>${channel}<item><title>A</title><link>https://pole-image.example/a/</link><guid isPermaLink="false">urn:uuid:1</guid><pubDate>Thu, 02 Jul 2009 00:00:00 +0200</pubDate>${item}</item></channel></rss>`;
}

const rules = (xml: string) => checkFeed(xml, { location, now }).map((p) => p.rule);

describe('checkFeed', () => {
  it('finds nothing wrong with a correct feed', () => {
    expect(checkFeed(feed(), { location, now })).toEqual([]);
  });

  it('reports XML that is not well formed', () => {
    expect(rules(feed({ item: '<description>a & b</description>' }))).toEqual(['SAXError']);
  });

  it('reports a character XML 1.0 forbids, even inside CDATA', () => {
    expect(rules(feed({ item: '<description><![CDATA[le budget\u000best]]></description>' }))).toEqual(['SAXError']);
    expect(rules(feed({ item: '<description>un\u001fdeux</description>' }))).toEqual(['SAXError']);
  });

  it('reports a missing self link, and one that does not match where the feed is', () => {
    expect(rules(feed().replace(/<atom:link[^>]*\/>/, ''))).toContain('MissingAtomSelfLink');
    expect(
      checkFeed(feed(), { location: 'https://pole-image.example/pole-image/rss.xml', now }).map((p) => p.rule),
    ).toContain('SelfDoesntMatchLocation');
  });

  it('reports relative URLs, scripts, event handlers and style attributes in content', () => {
    const content =
      '<content:encoded>&lt;a href="/membres/"&gt;x&lt;/a&gt;&lt;img src="a.png" onerror="x()" style="a" /&gt;&lt;script&gt;&lt;/script&gt;</content:encoded>';
    expect(rules(feed({ item: content }))).toEqual(
      expect.arrayContaining(['ContainsRelRef', 'SecurityRiskAttr', 'DangerousStyleAttr', 'ContainsScript']),
    );
  });

  it('reports duplicate guids and a permalink guid that is not a URL', () => {
    const twice = feed().replace(
      '</channel>',
      '<item><title>B</title><guid isPermaLink="false">urn:uuid:1</guid><pubDate>Thu, 02 Jul 2009 00:00:00 +0200</pubDate></item></channel>',
    );
    expect(rules(twice)).toContain('DuplicateEntries');
    expect(rules(feed().replace('<guid isPermaLink="false">', '<guid>'))).toContain('InvalidPermalink');
  });

  it('reports malformed, wrong-weekday and implausible dates', () => {
    expect(rules(feed().replace('<pubDate>Thu, 02 Jul 2009 00:00:00 +0200', '<pubDate>2009-07-02'))).toContain(
      'InvalidRFC2822Date',
    );
    expect(rules(feed().replace('<pubDate>Thu, 02 Jul', '<pubDate>Fri, 02 Jul'))).toContain('IncorrectDOW');
    expect(rules(feed().replace('<pubDate>Thu, 02 Jul 2009', '<pubDate>Fri, 01 Jan 2999'))).toContain(
      'ImplausibleDate',
    );
  });

  it('reports an author that is a name rather than an e-mail address (RSS 2.0 wants dc:creator for names)', () => {
    expect(rules(feed({ item: '<author>Geneviève Hermann</author>' }))).toContain('InvalidContact');
  });

  it('reports a channel image whose link or title differ from the channel, or that is too wide', () => {
    expect(rules(feed().replace('<width>144</width>', '<width>200</width>'))).toContain('InvalidWidth');
    expect(
      rules(
        feed().replace(
          '<title>Pôle</title><link>https://pole-image.example/</link><width>',
          '<title>Autre</title><link>https://pole-image.example/</link><width>',
        ),
      ),
    ).toContain('ImageTitleDoesntMatch');
  });

  it('reports an element RSS 2.0 does not define and a last build date that is not the newest item', () => {
    expect(rules(feed({ channel: '<updated>x</updated>' }))).toContain('UndefinedElement');
    expect(rules(feed().replace('<lastBuildDate>Thu, 02 Jul', '<lastBuildDate>Fri, 03 Jul'))).toContain(
      'LastBuildDateNotNewestItem',
    );
  });
});
