/**
 * The page of a call that fills every field, in Chromium: its status and
 * countdown recomputed at the reader's visit in Paris time, whatever the
 * reader's time zone; its questions opening with and without JavaScript;
 * axe and the Content Security Policy in both schemes, at phone and desktop
 * widths, questions open and closed, JavaScript on and off (the dark scheme
 * on the same load as the light one, with axe's colour rules).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { runAxe, switchScheme } from '../helpers/browser.ts';
import { servedSites } from '../helpers/served-sites.ts';

const served = servedSites();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PATH = 'appels-a-projets/appel-de-test-complet/';

/** What « Comment candidater » shows: the words of its visible parts. */
async function visibleApplyText(page: Page) {
  const parts = await page.locator('#candidater + [data-call-apply] [data-call-when]').all();
  const visible = [];
  for (const part of parts) if (await part.isVisible()) visible.push((await part.textContent())?.trim());
  return visible;
}

/** The status the page shows to a reader at `instant`, in `timezoneId`. */
async function statusAt(instant: string, timezoneId: string, options: BrowserContextOptions = {}, path = PATH) {
  const context = await served.browser.newContext({ timezoneId, ...options });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(instant));
  await page.goto(served.site.url + path);
  const badge = page.locator('main [data-call-opens]').first();
  await expect.poll(() => badge.getAttribute('data-status')).not.toBeNull();
  const status = {
    text: (await badge.textContent())?.trim(),
    stamp: (await page.locator('[data-status-stamp]').textContent())?.trim(),
    apply: await visibleApplyText(page),
  };
  await context.close();
  return status;
}

describe('the status of a call closing at 12:00 Paris time on 25 October 2009, the day summer time ends', () => {
  it('at 11:59 in Paris, says it closes today at 12 h', async () => {
    // Winter time from 03:00 that day: 11:59 in Paris is 10:59 UTC.
    expect(await statusAt('2009-10-25T10:59:00Z', 'Europe/Paris')).toEqual({
      text: 'Ouvert — clôture aujourd’hui à 12\u00a0h',
      stamp: 'Statut au 25 octobre 2009.',
      apply: ['Déposer un projet'],
    });
  });

  it('at 12:00 in Paris, says it is closed and offers no application button any more', async () => {
    expect(await statusAt('2009-10-25T11:00:00Z', 'Europe/Paris')).toEqual({
      text: 'Clôturé',
      stamp: 'Statut au 25 octobre 2009.',
      apply: ['Le dépôt des projets est clos depuis le 25 octobre 2009 à 12\u00a0h.'],
    });
  });

  it('counts the days in Paris for a reader in New York or Tokyo, whose day differs', async () => {
    // 22 October, 23:30 in New York, is 23 October in Paris (05:30) and in Tokyo (12:30).
    for (const zone of ['America/New_York', 'Asia/Tokyo', 'Europe/Paris']) {
      expect(await statusAt('2009-10-23T03:30:00Z', zone), zone).toEqual({
        text: 'Ouvert — clôture dans 2 jours',
        stamp: 'Statut au 23 octobre 2009.',
        apply: ['Déposer un projet'],
      });
    }
    // 11:59 in Paris on the deadline day is 06:59 in New York: still open, closing today Paris time.
    expect((await statusAt('2009-10-25T10:59:00Z', 'America/New_York')).text).toBe(
      'Ouvert — clôture aujourd’hui à 12\u00a0h',
    );
    expect((await statusAt('2009-10-25T11:00:00Z', 'Asia/Tokyo')).text).toBe('Clôturé');
  });

  it('is upcoming before its opening day, and keeps the build’s status without JavaScript', async () => {
    const before = await statusAt('2009-08-31T21:59:00Z', 'Europe/Paris');
    expect([before.text, before.apply]).toEqual(['À venir', ['Le dépôt des projets ouvrira le 1er septembre 2009.']]);
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(served.site.url + PATH);
    expect((await page.locator('main [data-call-opens]').first().textContent())?.trim()).toBe('Clôturé');
    expect(await visibleApplyText(page)).toEqual([
      'Le dépôt des projets est clos depuis le 25 octobre 2009 à 12\u00a0h.',
    ]);
    expect(await page.locator('[data-status-stamp]').textContent()).toMatch(/date de la dernière mise à jour du site/);
    await context.close();
  });
});

describe('the status of the same call on its English page', () => {
  it('is recomputed in English, with the reader’s day in British English', async () => {
    const english = 'en/calls/appel-de-test-complet/';
    // 11:59 in Paris on the deadline day (winter time from 03:00): 10:59 UTC.
    const today = await statusAt('2009-10-25T10:59:00Z', 'Asia/Tokyo', {}, english);
    expect([today.text, today.stamp]).toEqual([
      'Open — closes today at 12:00 (Paris time)',
      'Status as of 25 October 2009.',
    ]);
    const before = await statusAt('2009-10-23T03:30:00Z', 'America/New_York', {}, english);
    expect([before.text, before.stamp]).toEqual(['Open — closes in 2 days', 'Status as of 23 October 2009.']);
    expect((await statusAt('2009-10-25T11:00:00Z', 'Europe/Paris', {}, english)).text).toBe('Closed');
  });
});

describe('the questions of a call', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`open on a click and close on another, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
      const context = await served.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(served.site.url + PATH);
      const question = page.locator('.faq details').first();
      const answer = question.locator('.answer');
      expect(await answer.isVisible()).toBe(false);
      await question.locator('summary').click();
      expect(await answer.isVisible()).toBe(true);
      expect(await answer.textContent()).toContain('entreprise de production');
      await question.locator('summary').click();
      expect(await answer.isVisible()).toBe(false);
      await context.close();
    });
  }
});

describe('accessibility and security of the call page', () => {
  // Each width loads the page, questions closed, then opens them (so a load per width, where
  // accessibility.test.ts resizes one load); on each state axe runs every rule in light, and the
  // dark scheme, which changes only colours (every colour is a `light-dark()` token), is switched
  // on the same load and checked with the rules that read colours.
  for (const javaScriptEnabled of [true, false]) {
    it(`no axe violation, console error or CSP violation, light and dark, 375 and 1280 px, questions closed and open, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
      const violations: string[] = [];
      for (const width of [375, 1280]) {
        const context = await served.browser.newContext({ colorScheme: 'light', viewport: { width, height: 900 } });
        // JavaScript off for the page: its scripts are not served, while axe, run by the test, still can run.
        if (!javaScriptEnabled) await context.route(/\.m?js(\?|$)/, (route) => route.abort());
        const page = await context.newPage();
        let where = `light ${String(width)}`;
        page.on('console', (message) => {
          const blocked = !javaScriptEnabled && message.text().startsWith('Failed to load resource');
          if (message.type() === 'error' && !blocked) violations.push(`${where} console: ${message.text()}`);
        });
        page.on('pageerror', (error) => violations.push(`${where} error: ${error.message}`));
        await page.goto(served.site.url + PATH, { waitUntil: 'load' });
        // Evaluated by the test driver, not by the page: its CSP does not apply.
        await page.evaluate(axeSource);
        for (const state of ['closed', 'open']) {
          if (state === 'open') {
            for (const summary of await page.locator('.faq summary').all()) await summary.click();
          }
          for (const colorScheme of ['light', 'dark'] as const) {
            where = `${colorScheme} ${String(width)}`;
            expect(await switchScheme(page, colorScheme), where).toBe(colorScheme === 'dark');
            const result = await runAxe(page, colorScheme === 'dark');
            expect(result.colourRules, where).toEqual(['color-contrast', 'link-in-text-block']);
            expect(result.testEngine.name).toBe('axe-core');
            for (const violation of result.violations) {
              violations.push(
                `${where} ${state} ${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
              );
            }
          }
        }
        await context.close();
      }
      expect(violations).toEqual([]);
    });
  }
});

/**
 * The calls of a list as a reader sees them at `instant` (Paris): each shown
 * card's call, in the order shown, once the status script has run.
 */
async function callsShownAt(path: string, instant: string | undefined, javaScriptEnabled = true) {
  const context = await served.browser.newContext({ timezoneId: 'Europe/Paris', javaScriptEnabled });
  const page = await context.newPage();
  if (instant) await page.clock.setFixedTime(new Date(instant));
  await page.goto(served.site.url + path);
  const list = page.locator('main [data-call-list]').first();
  if (javaScriptEnabled) {
    // The script marks every badge with the status it computed.
    await expect
      .poll(async () => (await list.locator('[data-call-opens]:not([data-status])').count()) === 0)
      .toBe(true);
  }
  const shown = await list.evaluate((ul) =>
    [...ul.children]
      .filter((li) => li.checkVisibility())
      .map((li) => li.querySelector('.card-title a')?.getAttribute('href')?.split('/')[2]),
  );
  await context.close();
  return shown;
}

describe('the order of the calls list at the reader’s visit', () => {
  it('is the build’s order for that instant: open calls first, the newest opening first, then upcoming, then closed', async () => {
    // 15 September 2009: the complete test call (opened 1 September) and the 2009 call (2 July) are open.
    expect(await callsShownAt('appels-a-projets/', '2009-09-15T10:00:00Z')).toEqual([
      'appel-de-test-complet',
      'appel-a-projets-2009',
      'appel-de-test-a-venir',
      'appel-de-test-clos',
    ]);
    // 15 January 2999: the upcoming test call (opened 1 January 2999) comes before the 2009 call, both open.
    expect(await callsShownAt('appels-a-projets/', '2999-01-15T12:00:00Z')).toEqual([
      'appel-de-test-a-venir',
      'appel-a-projets-2009',
      'appel-de-test-complet',
      'appel-de-test-clos',
    ]);
  });
});

describe('the calls of the home page at the reader’s visit', () => {
  it('are the two the build would show at that instant, not those of the build’s day', async () => {
    // Without JavaScript, the build's two: the 2009 call (open) and the test call opening in 2999 (upcoming).
    expect(await callsShownAt('', undefined, false)).toEqual(['appel-a-projets-2009', 'appel-de-test-a-venir']);
    // 15 September 2009: the complete test call, open, comes in first; the upcoming one leaves.
    expect(await callsShownAt('', '2009-09-15T10:00:00Z')).toEqual(['appel-de-test-complet', 'appel-a-projets-2009']);
    // 1 July 2009, before the 2009 call opens: three upcoming calls, the latest openings first; the 2009 call leaves.
    expect(await callsShownAt('', '2009-07-01T10:00:00Z')).toEqual(['appel-de-test-a-venir', 'appel-de-test-complet']);
    // 1 March 2999: the call of 2999 has closed, behind the 2009 call still open.
    expect(await callsShownAt('', '2999-03-01T10:00:00Z')).toEqual(['appel-a-projets-2009', 'appel-de-test-a-venir']);
  });
});

describe('landmarks of a call page with results', () => {
  it('are each named apart (axe landmark-unique), the results section and its table’s scroll region too', async () => {
    const context = await served.browser.newContext();
    const page = await context.newPage();
    await page.goto(served.site.url + PATH);
    await page.evaluate(axeSource);
    const result = await page.evaluate(() =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
        runOnly: { type: 'rule', values: ['landmark-unique'] },
      }),
    );
    expect(result.passes.map((rule) => rule.id)).toEqual(['landmark-unique']);
    expect(result.violations).toEqual([]);
    await context.close();
  });
});
