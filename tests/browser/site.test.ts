/** The built site in headless Chromium, as readers get it. */
import { describe, expect, it } from 'vitest';
import { watch } from '../helpers/browser.ts';
import { servedSites } from '../helpers/served-sites.ts';

const served = servedSites();

const keyPages = [
  '',
  'actualites/',
  'actualites/lancement-du-pole-image/',
  'membres/',
  'membres/ankama/',
  'membres/ankama/actualites/',
  'appels-a-projets/',
  'appels-a-projets/appel-a-projets-2009/',
  'appels-a-projets/appel-a-projets-2009/actualites/2/',
  'le-pole/',
  'composants-de-test/',
  'recherche/',
  'page-inexistante/',
];

describe('call status', () => {
  it('is recomputed from the reader’s date, so that it stays right without a rebuild', async () => {
    const context = await served.browser.newContext();
    const page = await context.newPage();
    // A reader on 1 June 2009, before the call opened on 2 July 2009 (the site was built after).
    await page.clock.setFixedTime(new Date('2009-06-01T10:00:00+02:00'));
    await page.goto(`${served.site.url}appels-a-projets/appel-a-projets-2009/`);
    await expect.poll(() => page.locator('main [data-call-opens]').first().textContent()).toBe('À venir');
    // The status line now gives the reader's day (here 1 June 2009) rather than the build's.
    expect(await page.locator('[data-status-stamp]').textContent()).toBe('Statut au 1er juin 2009.');
    await context.close();
  });

  it('reorders the calls list when statuses change', async () => {
    const context = await served.browser.newContext();
    const page = await context.newPage();
    // On 15 January 2008 only the test call of January 2008 is open; the others are still upcoming.
    await page.clock.setFixedTime(new Date('2008-01-15T12:00:00+01:00'));
    await page.goto(`${served.site.url}appels-a-projets/`);
    await expect
      .poll(() =>
        page.locator('[data-call-list] [data-status]').evaluateAll((badges) => badges.map((b) => b.textContent)),
      )
      .toEqual(['Ouvert — clôture dans 17 jours', 'À venir', 'À venir', 'À venir']);
    await context.close();
  });

  it('keeps the build-time status and says when it was computed without JavaScript', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.site.url}appels-a-projets/appel-a-projets-2009/`);
    expect(await page.locator('main [data-call-opens]').first().textContent()).toBe('Ouvert');
    expect(await page.locator('[data-status-stamp]').textContent()).toMatch(/^\s*Statut au \d{1,2}(er)? \S+ \d{4}/);
    await context.close();
  });
});

describe('every page', () => {
  it.each(keyPages)('/%s logs no error and makes no request outside the site', async (path) => {
    const page = await served.page();
    const { problems, stop } = watch(page, served.site.url.replace(/\/$/, ''));
    const response = await page.goto(served.site.url + path);
    expect(response?.status()).toBe(path === 'page-inexistante/' ? 404 : 200);
    await page.waitForLoadState('networkidle');
    stop();
    expect(problems.filter((p) => !p.includes('404 (Not Found)'))).toEqual([]);
  });

  it.each(keyPages)('/%s reads at 320 px without horizontal scrolling', async (path) => {
    const phone = await served.page({ viewport: { width: 320, height: 640 } });
    await phone.goto(served.site.url + path);
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });

  it('works with JavaScript off: the header leads to every section', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(served.site.url);
    for (const label of ['Le Pôle', 'Actualités', 'Membres', 'Appels à projets']) {
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: label }).click();
      await expect.poll(() => page.locator('h1').textContent()).toContain(label);
      await page.goBack();
    }
    await context.close();
  });

  it('the skip link moves the keyboard focus to the main content', async () => {
    const page = await served.page();
    await page.goto(`${served.site.url}membres/ankama/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
  });

  it('prints an article without navigation, in black on white, with link addresses', async () => {
    const page = await served.browser.newPage({ colorScheme: 'dark' });
    await page.goto(`${served.site.url}actualites/lancement-du-pole-image/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header nav').isHidden()).toBe(true);
    expect(await page.locator('.breadcrumbs').isHidden()).toBe(true);
    expect(await page.locator('footer.site-footer').isHidden()).toBe(true);
    expect(await page.locator('.prev-next').isHidden()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    expect(await page.locator('.lede').evaluate((lede) => getComputedStyle(lede).color)).toBe('rgb(0, 0, 0)');
    const printedLink = await page
      .locator('.prose a[href*="/membres/"], .prose a[href^="http"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content)
      .catch(() => 'none');
    expect(printedLink).not.toBe('none');
    await page.close();
  });

  it('follows the system’s dark colour scheme', async () => {
    const colours: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await served.page({ colorScheme });
      await page.goto(served.site.url);
      colours.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    }
    expect(colours[0]).not.toBe(colours[1]);
  });
});

describe('under a sub-path', () => {
  it('serves the home page with its styles and its links under /pole-image/', async () => {
    const page = await served.browser.newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(response.url());
    });
    await page.goto(served.siteBase.url);
    await page.waitForLoadState('networkidle');
    expect(failed).toEqual([]);
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Membres' })
      .click();
    await page.waitForURL('**/pole-image/membres/');
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe('/pole-image/membres/');
    // The stylesheet applied: the header has its background.
    expect(
      await page.evaluate(
        () => getComputedStyle(document.querySelector('.site-header') ?? document.documentElement).borderBottomStyle,
      ),
    ).toBe('solid');
    await page.close();
  });
});
