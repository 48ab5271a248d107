/**
 * A strict offline check of RSS 2.0 feeds, encoding the rules of the W3C
 * Feed Validation Service (feedvalidator.org) that apply to our feeds, since
 * the service itself cannot be reached from here. Each problem carries the
 * name the W3C validator gives it, and whether it is an error or a warning;
 * the site's feeds must have neither.
 */
import { parse as parseHtml } from 'node-html-parser';
import { XmlError, readXml, type XmlNode as Node } from './xml.ts';

export interface FeedProblem {
  level: 'error' | 'warning';
  rule: string;
  where: string;
  detail: string;
}

const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
};

const CHANNEL_ELEMENTS = new Set([
  'title',
  'link',
  'description',
  'language',
  'copyright',
  'managingEditor',
  'webMaster',
  'pubDate',
  'lastBuildDate',
  'category',
  'generator',
  'docs',
  'cloud',
  'ttl',
  'image',
  'rating',
  'textInput',
  'skipHours',
  'skipDays',
  'item',
  'atom:link',
]);
const ITEM_ELEMENTS = new Set([
  'title',
  'link',
  'description',
  'author',
  'category',
  'comments',
  'enclosure',
  'guid',
  'pubDate',
  'source',
  'content:encoded',
  'dc:creator',
]);
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const list = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
/** A number, a boolean or a string as text; anything else (absent, a list, an element) as ''. */
const scalar = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
const text = (value: unknown): string =>
  typeof value === 'object' && value !== null ? scalar((value as Node)['#text']) : scalar(value);

function isAbsoluteHttp(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url).protocol) && /^https?:\/\//i.test(url);
  } catch {
    return false;
  }
}

/** RFC 822 as the validator reads it, with a check of the day of the week. */
function checkDate(value: string, where: string, now: Date, problems: FeedProblem[]): Date | undefined {
  const match =
    /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? ([+-]\d{4}|GMT|UT)$/.exec(
      value,
    );
  if (!match) {
    problems.push({ level: 'error', rule: 'InvalidRFC2822Date', where, detail: value });
    return undefined;
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    problems.push({ level: 'error', rule: 'InvalidRFC2822Date', where, detail: value });
    return undefined;
  }
  const [, weekday, day, month, year] = match;
  const local = new Date(Date.UTC(Number(year), MONTHS.indexOf(month ?? ''), Number(day)));
  if (weekday && DAYS[local.getUTCDay()] !== weekday) {
    problems.push({ level: 'error', rule: 'IncorrectDOW', where, detail: value });
  }
  if (date.getTime() > now.getTime() || date.getUTCFullYear() < 1995) {
    problems.push({ level: 'warning', rule: 'ImplausibleDate', where, detail: value });
  }
  return date;
}

function checkHtml(html: string, where: string, problems: FeedProblem[]): void {
  const root = parseHtml(html);
  for (const element of root.querySelectorAll('*')) {
    const tag = element.rawTagName.toLowerCase();
    if (
      [
        'script',
        'iframe',
        'embed',
        'object',
        'meta',
        'link',
        'style',
        'form',
        'applet',
        'frame',
        'frameset',
        'base',
      ].includes(tag)
    ) {
      problems.push({
        level: 'warning',
        rule: tag === 'script' ? 'ContainsScript' : 'SecurityRisk',
        where,
        detail: `<${tag}>`,
      });
    }
    for (const [name, value] of Object.entries(element.attributes)) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on'))
        problems.push({ level: 'warning', rule: 'SecurityRiskAttr', where, detail: `${tag}@${name}` });
      if (attribute === 'style')
        problems.push({ level: 'warning', rule: 'DangerousStyleAttr', where, detail: `${tag}@style` });
      if (['href', 'src', 'cite', 'action', 'poster', 'background'].includes(attribute)) {
        if (/^\s*javascript:/i.test(value))
          problems.push({ level: 'warning', rule: 'SecurityRisk', where, detail: `${tag}@${name}=${value}` });
        else if (!/^(https?:|mailto:|tel:)/i.test(value))
          problems.push({ level: 'warning', rule: 'ContainsRelRef', where, detail: `${tag}@${name}=${value}` });
      }
      if (attribute === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0] ?? '';
          if (!isAbsoluteHttp(url))
            problems.push({ level: 'warning', rule: 'ContainsRelRef', where, detail: `${tag}@srcset=${url}` });
        }
      }
    }
  }
}

export interface FeedCheckOptions {
  /** Where the feed is published: its `atom:link rel="self"` must say the same. */
  location: string;
  /** "Now" for implausible dates; defaults to the real now. */
  now?: Date;
}

/** Every problem the W3C validator would report for this RSS 2.0 feed. */
export function checkFeed(xml: string, { location, now = new Date() }: FeedCheckOptions): FeedProblem[] {
  const problems: FeedProblem[] = [];
  let doc: Node;
  try {
    doc = readXml(xml);
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    return [{ level: 'error', rule: 'SAXError', where: 'document', detail: error.message }];
  }
  if (!/^<\?xml version="1\.0" encoding="UTF-8"\?>/.test(xml)) {
    problems.push({ level: 'warning', rule: 'MissingEncoding', where: 'document', detail: 'no UTF-8 XML declaration' });
  }
  const rss = doc.rss as Node | undefined;
  if (!rss || rss['@_version'] !== '2.0') {
    return [
      ...problems,
      { level: 'error', rule: 'InvalidRSSVersion', where: 'rss', detail: 'not <rss version="2.0">' },
    ];
  }
  for (const [prefix, uri] of Object.entries(NS)) {
    const declared = rss[`@_xmlns:${prefix}`];
    if (xml.includes(`<${prefix}:`) && declared !== uri) {
      problems.push({
        level: 'error',
        rule: 'UndefinedNamespace',
        where: 'rss',
        detail: `${prefix} → ${String(declared)}`,
      });
    }
  }
  for (const key of Object.keys(rss).filter((k) => k.startsWith('@_xmlns:'))) {
    if (!Object.values(NS).includes(String(rss[key])))
      problems.push({ level: 'warning', rule: 'UnknownNamespace', where: 'rss', detail: key });
  }
  const channels = list(rss.channel) as Node[];
  if (channels.length !== 1)
    return [...problems, { level: 'error', rule: 'MissingElement', where: 'rss', detail: 'exactly one channel' }];
  const channel = channels[0] as Node;

  for (const key of Object.keys(channel)) {
    if (!key.startsWith('@_') && !CHANNEL_ELEMENTS.has(key))
      problems.push({ level: 'error', rule: 'UndefinedElement', where: 'channel', detail: key });
  }
  for (const required of ['title', 'link', 'description']) {
    if (!text(channel[required]).trim())
      problems.push({ level: 'error', rule: 'MissingElement', where: 'channel', detail: required });
  }
  const channelLink = text(channel.link);
  if (!isAbsoluteHttp(channelLink))
    problems.push({ level: 'error', rule: 'InvalidURLAttribute', where: 'channel/link', detail: channelLink });
  const language = text(channel.language);
  if (!language)
    problems.push({ level: 'warning', rule: 'MissingLanguage', where: 'channel', detail: 'no <language>' });
  else if (!/^[a-z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(language))
    problems.push({ level: 'error', rule: 'InvalidLanguage', where: 'channel/language', detail: language });

  const selfLinks = list(channel['atom:link']).filter((link) => (link as Node)['@_rel'] === 'self') as Node[];
  if (selfLinks.length === 0)
    problems.push({
      level: 'warning',
      rule: 'MissingAtomSelfLink',
      where: 'channel',
      detail: 'no atom:link rel="self"',
    });
  for (const self of selfLinks) {
    const hrefValue = scalar(self['@_href']);
    if (!isAbsoluteHttp(hrefValue))
      problems.push({ level: 'warning', rule: 'RelativeSelf', where: 'channel/atom:link', detail: hrefValue });
    if (hrefValue !== location)
      problems.push({
        level: 'warning',
        rule: 'SelfDoesntMatchLocation',
        where: 'channel/atom:link',
        detail: `${hrefValue} ≠ ${location}`,
      });
    if (self['@_type'] !== 'application/rss+xml')
      problems.push({
        level: 'warning',
        rule: 'MissingTypeAttr',
        where: 'channel/atom:link',
        detail: String(self['@_type']),
      });
  }

  const image = channel.image as Node | undefined;
  if (image) {
    for (const required of ['url', 'title', 'link']) {
      if (!text(image[required]))
        problems.push({ level: 'error', rule: 'MissingElement', where: 'channel/image', detail: required });
    }
    if (!/\.(png|gif|jpe?g)$/i.test(text(image.url)))
      problems.push({ level: 'warning', rule: 'ImageUrlFormat', where: 'channel/image/url', detail: text(image.url) });
    if (text(image.link) !== channelLink)
      problems.push({
        level: 'warning',
        rule: 'ImageLinkDoesntMatch',
        where: 'channel/image/link',
        detail: text(image.link),
      });
    if (text(image.title) !== text(channel.title))
      problems.push({
        level: 'warning',
        rule: 'ImageTitleDoesntMatch',
        where: 'channel/image/title',
        detail: text(image.title),
      });
    if (Number(text(image.width) || 88) > 144)
      problems.push({ level: 'error', rule: 'InvalidWidth', where: 'channel/image/width', detail: text(image.width) });
    if (Number(text(image.height) || 31) > 400)
      problems.push({
        level: 'error',
        rule: 'InvalidHeight',
        where: 'channel/image/height',
        detail: text(image.height),
      });
  }

  const lastBuild =
    channel.lastBuildDate === undefined
      ? undefined
      : checkDate(text(channel.lastBuildDate), 'channel/lastBuildDate', now, problems);
  const guids = new Set<string>();
  let newest: Date | undefined;
  list(channel.item).forEach((value, index) => {
    const item = value as Node;
    const where = `item ${index + 1}`;
    for (const key of Object.keys(item)) {
      if (!key.startsWith('@_') && !ITEM_ELEMENTS.has(key))
        problems.push({ level: 'error', rule: 'UndefinedElement', where, detail: key });
    }
    if (!text(item.title) && !text(item.description))
      problems.push({ level: 'error', rule: 'ItemMustContainTitleOrDescription', where, detail: '' });
    const link = text(item.link);
    if (link && !isAbsoluteHttp(link))
      problems.push({ level: 'error', rule: 'InvalidURLAttribute', where: `${where}/link`, detail: link });
    const guid = item.guid as Node | string | undefined;
    if (guid === undefined) problems.push({ level: 'warning', rule: 'MissingGuid', where, detail: '' });
    else {
      const value = text(guid);
      const permalink = typeof guid === 'object' ? guid['@_isPermaLink'] !== 'false' : true;
      if (permalink && !isAbsoluteHttp(value))
        problems.push({ level: 'error', rule: 'InvalidPermalink', where: `${where}/guid`, detail: value });
      if (!value) problems.push({ level: 'error', rule: 'NotBlank', where: `${where}/guid`, detail: '' });
      if (guids.has(value))
        problems.push({ level: 'warning', rule: 'DuplicateEntries', where: `${where}/guid`, detail: value });
      guids.add(value);
    }
    if (item.pubDate === undefined)
      problems.push({ level: 'warning', rule: 'MissingElement', where, detail: 'pubDate' });
    else {
      const date = checkDate(text(item.pubDate), `${where}/pubDate`, now, problems);
      if (date && (!newest || date > newest)) newest = date;
    }
    if (item.author !== undefined && !/\S+@\S+\.\S+/.test(text(item.author))) {
      problems.push({ level: 'error', rule: 'InvalidContact', where: `${where}/author`, detail: text(item.author) });
    }
    for (const category of list(item.category)) {
      if (!text(category).trim())
        problems.push({ level: 'error', rule: 'NotBlank', where: `${where}/category`, detail: '' });
    }
    for (const field of ['description', 'content:encoded']) {
      if (item[field] !== undefined) checkHtml(text(item[field]), `${where}/${field}`, problems);
    }
  });
  if (lastBuild && newest && lastBuild.getTime() !== newest.getTime()) {
    problems.push({
      level: 'warning',
      rule: 'LastBuildDateNotNewestItem',
      where: 'channel/lastBuildDate',
      detail: `${lastBuild.toISOString()} ≠ ${newest.toISOString()}`,
    });
  }
  return problems;
}
