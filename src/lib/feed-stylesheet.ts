/** The page a browser shows for the site's RSS feeds, written as an XSLT stylesheet. */
import tokens from '../styles/tokens.css?raw';
import { escapeXml } from './xml.ts';
import { MONTHS } from './months.ts';
import { feedStrings } from '../i18n/feeds.ts';
import type { Language } from '../i18n/strings.ts';

const css = `${tokens}
*,*::before,*::after{box-sizing:border-box}
body{margin:0;background:var(--color-bg);color:var(--color-text);font-family:var(--font-body);font-size:var(--text-base);line-height:var(--leading-normal)}
a{color:var(--color-accent)}
a:focus-visible{outline:var(--border-thick) solid var(--color-focus);outline-offset:2px}
.bar{background:var(--color-surface);border-bottom:var(--border-width) solid var(--color-border)}
.bar::before{content:'';display:block;height:var(--motif-height);background:var(--motif-bars)}
.wrap{max-width:calc(var(--width-content) + 2 * var(--gutter));margin:0 auto;padding:var(--space-4) var(--gutter)}
.brand{font-family:var(--font-heading);font-weight:var(--weight-black);color:var(--color-text);text-decoration:none}
.eyebrow{margin:var(--space-6) 0 var(--space-2);font-size:var(--text-sm);font-weight:var(--weight-bold);letter-spacing:var(--tracking-caps);text-transform:uppercase;color:var(--color-accent)}
h1{font-size:var(--text-2xl);line-height:var(--leading-tight);margin:0 0 var(--space-4)}
h2{font-size:var(--text-lg);margin:var(--space-6) 0 var(--space-3)}
.about{padding:var(--space-5);border-radius:var(--radius-lg);background:var(--color-accent-soft)}
.about h2:first-child{margin-top:0}
code{font-family:var(--font-mono);font-size:var(--text-sm);overflow-wrap:anywhere;background:var(--color-surface);padding:0 var(--space-1);border-radius:var(--radius-sm)}
ol.items{list-style:none;padding:0;margin:0;display:grid;gap:var(--space-4)}
.items li{padding:var(--space-4) var(--space-5);background:var(--color-surface);border:var(--border-width) solid var(--color-border);border-radius:var(--radius-lg)}
.items h3{margin:0 0 var(--space-1);font-size:var(--text-lg);line-height:var(--leading-tight)}
.items p{margin:0}
.date{font-size:var(--text-sm);color:var(--color-text-muted)}
`;

/**
 * The XSLT stylesheet that makes a feed of `lang` readable when opened in a
 * browser, in that language, and explains how to subscribe. `faviconPath`
 * is the favicon's path with the base path (`href()`). Dates are read from
 * the items' RFC 822 `pubDate`.
 */
export function feedStylesheet(siteName: string, faviconPath: string, lang: Language): string {
  const t = feedStrings[lang];
  const monthChoices = MONTHS.map(
    (month) => `<xsl:when test="$m = '${month.rfc822}'">${lang === 'fr' ? month.french : month.english}</xsl:when>`,
  ).join('');
  // « 1er juillet 2009 » in French, "1 July 2009" in English.
  const firstDay = lang === 'fr' ? '<xsl:if test="$d = 1">er</xsl:if>' : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
<xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>
<xsl:template name="date">
<xsl:param name="rfc822"/>
<xsl:variable name="d" select="number(substring($rfc822, 6, 2))"/>
<xsl:variable name="m" select="substring($rfc822, 9, 3)"/>
<xsl:value-of select="$d"/>${firstDay}
<xsl:text> </xsl:text><xsl:choose>${monthChoices}</xsl:choose><xsl:text> </xsl:text>
<xsl:value-of select="substring($rfc822, 13, 4)"/>
</xsl:template>
<xsl:template match="/">
<html lang="${lang}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="robots" content="noindex"/>
<link rel="icon" href="${escapeXml(faviconPath)}" type="image/svg+xml"/>
<title><xsl:value-of select="/rss/channel/title"/> – ${t.stylesheetTitle}</title>
<style>${escapeXml(css)}</style>
</head>
<body>
<header class="bar"><div class="wrap"><a class="brand" href="{/rss/channel/link}">${escapeXml(siteName)}</a></div></header>
<main class="wrap">
<p class="eyebrow">${t.stylesheetEyebrow}</p>
<h1><xsl:value-of select="/rss/channel/title"/></h1>
<p><xsl:value-of select="/rss/channel/description"/></p>
<section class="about" aria-labelledby="quoi">
<h2 id="quoi">${t.whatIsIt}</h2>
<p>${t.whatIsItText}</p>
<h2>${t.subscribe}</h2>
<ol>
<li>${t.copyAddress} <code><xsl:value-of select="/rss/channel/atom:link[@rel='self']/@href"/></code></li>
<li>${t.pasteAddress}</li>
</ol>
</section>
<h2>${t.latest}</h2>
<ol class="items">
<xsl:for-each select="/rss/channel/item">
<li>
<h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
<p class="date"><xsl:call-template name="date"><xsl:with-param name="rfc822" select="pubDate"/></xsl:call-template></p>
<p><xsl:value-of select="description"/></p>
</li>
</xsl:for-each>
</ol>
<p><a href="{/rss/channel/link}">${t.backToSite}</a></p>
</main>
</body>
</html>
</xsl:template>
</xsl:stylesheet>
`;
}
