/**
 * The agenda in Chromium with a fixed clock: which events are « à venir »,
 * « en cours » or « passés » is recomputed at the visit, in Paris time,
 * whatever the reader's time zone; without JavaScript the build's state stays.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { servedSites } from '../helpers/served-sites.ts';

const served = servedSites();

/** Opens `path` for a reader whose clock reads `now`; the page and a function closing it. */
async function visit(path: string, now: string, options: BrowserContextOptions = {}) {
  const context = await served.browser.newContext(options);
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(now));
  await page.goto(`${served.site.url}${path}`);
  return { page, close: () => context.close() };
}

const badge = '[data-event-live]';
const listIds = (selector: string) => `${selector} a[href*="/agenda/"]`;

describe('event statuses in the reader’s browser', () => {
  it('an evening ending at 21:00 in Paris is under way at 20:59 and past at 21:00', async () => {
    const before = await visit('agenda/atelier-de-test-en-ligne/', '2999-02-01T20:59:00+01:00');
    await expect.poll(() => before.page.locator(`main ${badge}`).textContent()).toBe('En cours');
    await before.close();
    const after = await visit('agenda/atelier-de-test-en-ligne/', '2999-02-01T21:00:00+01:00');
    await expect.poll(() => after.page.locator(`main ${badge}`).textContent()).toBe('Passé');
    expect(await after.page.locator('[data-event-stamp]').textContent()).toBe('État au 1er février 2999.');
    await after.close();
  });

  it('a multi-day event is under way until the end of its last day, then past, its registration gone', async () => {
    const last = await visit('agenda/festival-de-test/', '2999-07-03T23:59:00+02:00');
    await expect.poll(() => last.page.locator(`main ${badge}`).textContent()).toBe('En cours');
    expect(await last.page.getByRole('link', { name: 'S’inscrire' }).isVisible()).toBe(true);
    await last.close();
    const after = await visit('agenda/festival-de-test/', '2999-07-04T00:00:00+02:00');
    await expect.poll(() => after.page.locator(`main ${badge}`).textContent()).toBe('Passé');
    // Still in the page, hidden: a reader with an older copy of the page never registers for a past event.
    expect(await after.page.locator('[data-event-registration]').count()).toBe(1);
    expect(await after.page.locator('[data-event-registration]').isHidden()).toBe(true);
    await after.close();
  });

  it('on the English page, the status and the reader’s day are written in English', async () => {
    const during = await visit('en/events/festival-de-test/', '2999-07-03T23:59:00+02:00');
    await expect.poll(() => during.page.locator(`main ${badge}`).textContent()).toBe('Happening now');
    await during.close();
    const after = await visit('en/events/festival-de-test/', '2999-07-04T00:00:00+02:00');
    await expect.poll(() => after.page.locator(`main ${badge}`).textContent()).toBe('Past');
    expect(await after.page.locator('[data-event-stamp]').textContent()).toBe('As of 4 July 2999.');
    await after.close();
  });

  it('a reader in New York sees the Paris evening end at 15:00 their time', async () => {
    const options = { timezoneId: 'America/New_York' };
    const before = await visit('agenda/atelier-de-test-en-ligne/', '2999-02-01T14:59:00-05:00', options);
    await expect.poll(() => before.page.locator(`main ${badge}`).textContent()).toBe('En cours');
    await before.close();
    const after = await visit('agenda/atelier-de-test-en-ligne/', '2999-02-01T15:00:00-05:00', options);
    await expect.poll(() => after.page.locator(`main ${badge}`).textContent()).toBe('Passé');
    await after.close();
  });

  it('moves an event that has ended from the upcoming list to the past one on the agenda', async () => {
    const { page, close } = await visit('agenda/', '2999-02-01T21:00:00+01:00');
    await expect
      .poll(() => page.locator(listIds('[data-event-list="past"]')).first().getAttribute('href'))
      .toBe('/agenda/atelier-de-test-en-ligne/');
    expect(
      await page
        .locator(listIds('[data-event-list="upcoming"]'))
        .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual([
      '/agenda/rencontre-de-test-annulee/',
      '/agenda/projection-de-test-reportee/',
      '/agenda/festival-de-test/',
      '/agenda/soiree-de-test-jusqu-a-minuit/',
      '/agenda/rendez-vous-de-test-a-heure-fixe/',
    ]);
    await close();
  });

  it('keeps a postponed event « Reporté » among the upcoming ones after its old date', async () => {
    const { page, close } = await visit('agenda/', '2999-04-16T12:00:00+02:00');
    await expect
      .poll(() => page.locator(listIds('[data-event-list="past"]')).first().getAttribute('href'))
      .toBe('/agenda/rencontre-de-test-annulee/');
    const postponed = page.locator('[data-event-list="upcoming"] li', { hasText: 'Projection de test reportée' });
    expect(await postponed.locator('.status').textContent()).toBe('Reporté');
    expect(await page.locator('main').textContent()).not.toMatch(/Passé\s*Projection de test reportée/);
    await close();
    const event = await visit('agenda/projection-de-test-reportee/', '2999-04-16T12:00:00+02:00');
    expect(await event.page.locator('main .status-line').textContent()).toContain('Reporté');
    await event.close();
  });

  it('the home page takes the next event in as one ends after the build, and never a cancelled one', async () => {
    const visible = (page: Awaited<ReturnType<typeof visit>>['page']) =>
      page
        .locator('[data-agenda] .card-title a:visible')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    // The build's three: the fourth waits hidden in the page.
    const atBuild = await visit('', '2999-01-15T12:00:00+01:00');
    await expect
      .poll(() => visible(atBuild.page))
      .toEqual([
        '/agenda/atelier-de-test-en-ligne/',
        '/agenda/festival-de-test/',
        '/agenda/soiree-de-test-jusqu-a-minuit/',
      ]);
    await atBuild.close();
    // The workshop and the cancelled meeting are over: the fourth comes in, the cancelled one never shows.
    const later = await visit('', '2999-03-11T12:00:00+01:00');
    await expect
      .poll(() => visible(later.page))
      .toEqual([
        '/agenda/festival-de-test/',
        '/agenda/soiree-de-test-jusqu-a-minuit/',
        '/agenda/rendez-vous-de-test-a-heure-fixe/',
      ]);
    expect(await later.page.locator('[data-event-latest]').isHidden()).toBe(true);
    await later.close();
  });

  it('shows on the home page the latest event that took place once every event is over', async () => {
    const home = await visit('', '3000-01-01T12:00:00+01:00');
    await expect
      .poll(() =>
        home.page
          .locator('[data-agenda] a[href*="/agenda/"]:visible')
          .evaluateAll((l) => l.map((a) => a.getAttribute('href'))),
      )
      .toEqual(['/agenda/', '/agenda/rendez-vous-de-test-a-heure-fixe/']);
    expect(await home.page.getByText('Dernier événement').isVisible()).toBe(true);
    await home.close();
  });

  it('keeps the build’s statuses without JavaScript, and says when they were computed', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.site.url}agenda/atelier-de-test-en-ligne/`);
    expect(await page.locator(`main ${badge}`).textContent()).toContain('À venir');
    expect(await page.locator('[data-event-stamp]').textContent()).toMatch(
      /^\s*État au \d{1,2}(er)? \S+ \d{4}, date de la dernière mise à jour du site\.\s*$/,
    );
    await page.goto(`${served.site.url}agenda/lancement-du-pole-image/`);
    expect(await page.locator(`main ${badge}`).textContent()).toContain('Passé');
    await context.close();
  });
});

describe('searching the agenda', () => {
  it('finds an event by a word of its description, shown as an « Événement »', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.site.url}recherche/?q=${encodeURIComponent('stéréoscopie')}`);
    const first = page.locator('[data-search-results] a.result-link').first();
    await expect
      .poll(() => first.getAttribute('href'), { timeout: 15_000 })
      .toMatch(/\/agenda\/festival-de-test\/(\?|$)/);
    const result = page.locator('[data-search-results] li').first();
    expect(await result.textContent()).toContain('Événement');
    await page.close();
  });
});
