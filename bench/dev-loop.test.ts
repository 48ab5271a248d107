import { describe, expect, it } from 'vitest';
import { astroReadyMs, formatDevLoop, pagePath, summariseSite, targets, type DevSession } from './dev-loop.ts';

const MIB = 2 ** 20;
const noRoles = { astro: 0, pagefind: 0, check: 0, other: 0 };

function session(site: DevSession['site'], coldReadyMs: number, editMs: (number | undefined)[], peakMib: number) {
  return {
    site,
    coldReadyMs,
    coldAstroReadyMs: coldReadyMs - 4000,
    warmReadyMs: coldReadyMs / 2,
    editMs,
    reloadMs: editMs.map((ms) => (ms === undefined ? undefined : ms - 400)),
    updates: editMs.map((ms) => (ms === undefined ? 'not shown' : 'full reload')),
    peaks: { peakRss: peakMib * MIB, peakByRole: { ...noRoles, astro: peakMib * MIB } },
  } satisfies DevSession;
}

describe('pagePath', () => {
  it('gives the article page of each site: ours under actualites/, the baseline under articles/', () => {
    expect(pagePath('ours', 'un-article-12')).toBe('actualites/un-article-12/');
    expect(pagePath('baseline', 'un-article-12')).toBe('articles/un-article-12/');
  });
});

describe('astroReadyMs', () => {
  it('reads the time of Astro’s ready line, coloured or not', () => {
    expect(astroReadyMs('03:53:11 [content] Synced content\n astro  v7.3.5 ready in 8846 ms\n┃ Local')).toBe(8846);
    expect(
      astroReadyMs(
        '\x1b[42m\x1b[1m astro \x1b[22m\x1b[49m \x1b[32mv7.3.5\x1b[39m \x1b[2mready in\x1b[22m 21814 \x1b[2mms\x1b[22m',
      ),
    ).toBe(21814);
  });

  it('gives nothing when the server has not said it is ready', () => {
    expect(astroReadyMs('03:53:06 [content] Syncing content\n')).toBeUndefined();
  });
});

describe('summariseSite', () => {
  const sessions = [
    session('ours', 30_000, [4000, 6000, 3000], 1800),
    session('baseline', 15_000, [2500, 2300, 3100], 1200),
    session('ours', 26_000, [5000, undefined, 4500], 1900),
  ];

  it('takes the median start and edit over all sessions of one site, and its highest memory', () => {
    const ours = summariseSite(sessions, 'ours');
    expect(ours.coldReady).toEqual({ median: 30_000, min: 26_000, max: 30_000, count: 2 });
    expect(ours.astroReady).toEqual({ median: 26_000, min: 22_000, max: 26_000, count: 2 });
    expect(ours.warmReady).toEqual({ median: 15_000, min: 13_000, max: 15_000, count: 2 });
    expect(ours.edit).toEqual({ median: 4500, min: 3000, max: 6000, count: 5 });
    expect(ours.reload).toEqual({ median: 4100, min: 2600, max: 5600, count: 5 });
    expect(ours.notShown).toBe(1);
    expect(ours.editCount).toBe(6);
    expect(ours.updates).toEqual(['full reload', 'not shown']);
    expect(ours.peakRss).toBe(1900 * MIB);
  });

  it('refuses a site with no session', () => {
    expect(() => summariseSite([session('ours', 1000, [], 100)], 'baseline')).toThrow('no dev server session');
  });
});

describe('targets', () => {
  it('holds the start within 1.2 × the baseline and an edit under a second', () => {
    const ours = summariseSite([session('ours', 12_000, [800, 900, 950], 100)], 'ours');
    const bare = summariseSite([session('baseline', 10_000, [500], 100)], 'baseline');
    expect(targets(ours, bare)).toBe('prêt : tenue ; modification : tenue');
  });

  it('misses the start above 1.2 × and the edit when one was never shown', () => {
    const ours = summariseSite([session('ours', 12_100, [800, undefined, 700], 100)], 'ours');
    const bare = summariseSite([session('baseline', 10_000, [500], 100)], 'baseline');
    expect(targets(ours, bare)).toBe('prêt : manquée ; modification : manquée');
  });

  it('cannot judge the start without the baseline', () => {
    const ours = summariseSite([session('ours', 12_000, [1000], 100)], 'ours');
    expect(targets(ours, undefined)).toBe('prêt : — ; modification : manquée');
  });
});

describe('formatDevLoop', () => {
  // Sizes are written with a narrow no-break space (U+202F) between thousands, as toLocaleString('fr-FR') does.
  it('writes one row per site and size, with the ratio, the edits and the targets on our row', () => {
    const text = formatDevLoop([
      {
        n: 1000,
        pages: { ours: 'actualites/a-1000/', baseline: 'articles/a-1000/' },
        sessions: [
          session('ours', 29_700, [3909, 6166, 4636, 3312, 5673], 1847),
          session('baseline', 14_800, [3046, 2592, 2275, 3117, 2294], 1264),
        ],
      },
    ]);
    expect(text).toContain('`/actualites/a-1000/` sur notre site, `/articles/a-1000/` sur le site nu');
    expect(text).toContain('Un démarrage par site');
    expect(text).toContain(
      '| 1\u202f000 | Pôle Image (complet) | 29.7 s | 25.7 s | 14.8 s | 2.01 × | 4636 ms (3312–6166) | 4236 ms (2912–5766) | rechargement complet | 1847 MiB | prêt\u00a0: manquée\u202f; modification\u00a0: manquée |',
    );
    expect(text).toContain(
      '| 1\u202f000 | Astro nu (baseline) | 14.8 s | 10.8 s | 7.40 s | — | 2592 ms (2275–3117) | 2192 ms (1875–2717) | rechargement complet | 1264 MiB |  |',
    );
  });

  it('says how many edits were not shown', () => {
    const text = formatDevLoop([
      {
        n: 100,
        pages: { ours: 'actualites/a/', baseline: 'articles/a/' },
        sessions: [session('ours', 5000, [700, undefined], 500)],
      },
    ]);
    expect(text).toContain('| 700 ms, 1 sur 2 non affichées | 300 ms | rechargement complet, non affichée en 1 min |');
  });
});
