/** Keyboard use: the skip link comes first, and focus is always visible. */
import { describe, expect, it } from 'vitest';
import { servedSites } from '../helpers/served-sites.ts';

const served = servedSites();

const pages = [
  '',
  'actualites/',
  'actualites/lancement-du-pole-image/',
  'membres/',
  'appels-a-projets/appel-a-projets-2009/',
  'recherche/?q=fresnoy',
];

describe('keyboard', () => {
  it.each(pages)(
    'on /%s, the skip link comes first and every focused element shows a visible outline',
    async (path) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await served.page({ colorScheme });
        await page.goto(served.siteBase.url + path, { waitUntil: 'networkidle' });
        if (path.startsWith('recherche/')) {
          expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
        }
        const seen: string[] = [];
        for (let i = 0; i < 25; i++) {
          await page.keyboard.press('Tab');
          const focus = await page.evaluate(() => {
            const element = document.activeElement as HTMLElement | null;
            if (!element || element === document.body) return undefined;
            const visible = (style: CSSStyleDeclaration) =>
              style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
            return {
              name: `${element.tagName.toLowerCase()} ${element.textContent.trim().slice(0, 40)}`,
              skip: element.classList.contains('skip-link'),
              // Cards draw their focus ring on the ::after that covers the card.
              visible: visible(getComputedStyle(element)) || visible(getComputedStyle(element, '::after')),
            };
          });
          if (!focus) break;
          // The search page with a query puts the focus in its field, ready to refine the search.
          if (i === 0 && !path.startsWith('recherche/')) expect(focus.skip, `${path}: first Tab`).toBe(true);
          expect(focus.visible, `${path} (${colorScheme}): ${focus.name}`).toBe(true);
          seen.push(focus.name);
        }
        expect(seen.length).toBeGreaterThan(5);
      }
    },
  );
});

describe('the language switcher', () => {
  it.each([375, 1280])(
    'is reached by keyboard at %i px, without opening the menu, and leads to the same entry in the other language',
    async (width) => {
      const page = await served.page({ viewport: { width, height: 800 } });
      /** Tabs until the switcher has the focus; the number of presses, or -1 when it never gets it. */
      const tabToSwitcher = async () => {
        for (let presses = 1; presses <= 20; presses++) {
          await page.keyboard.press('Tab');
          if (await page.evaluate(() => document.activeElement?.classList.contains('language'))) return presses;
        }
        return -1;
      };
      await page.goto(`${served.siteBase.url}en/members/ankama/`);
      expect(await tabToSwitcher()).toBeGreaterThan(0);
      // Its name as read out: the language's name, after its code where the code is shown (phones).
      expect(
        await page.getByRole('link', { name: /^(FR )?Français$/ }).evaluate((link) => link === document.activeElement),
      ).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/pole-image\/membres\/ankama\/$/);
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
      expect(await tabToSwitcher()).toBeGreaterThan(0);
      // Its name as read out: the language's name, after its code where the code is shown (phones).
      expect(
        await page.getByRole('link', { name: /^(EN )?English$/ }).evaluate((link) => link === document.activeElement),
      ).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/pole-image\/en\/members\/ankama\/$/);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      // The menu stayed closed: the switcher sits in the bar.
      expect(await page.locator('details.menu[open]').count()).toBe(0);
    },
  );
});

describe('motion', () => {
  it('stops transitions for readers who ask for reduced motion', async () => {
    const durations: string[] = [];
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const page = await served.page({ reducedMotion });
      await page.goto(`${served.siteBase.url}actualites/`);
      durations.push(
        await page
          .locator('.card')
          .first()
          .evaluate((card) => getComputedStyle(card).transitionDuration),
      );
    }
    // One duration per transitioned property: some without the preference, none with it.
    expect(durations[0]?.split(', ').some((duration) => duration !== '0s')).toBe(true);
    expect(durations[1]?.split(', ').every((duration) => duration === '0s')).toBe(true);
  });
});
