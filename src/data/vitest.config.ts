/**
 * The `data` test project: src/data/ under Astro's own Vite configuration
 * (`getViteConfig`), as Starlight tests its route data, so that its modules
 * import `astro:content` and `astro:assets` as in a build; each test file
 * replaces them with `vi.mock` (see `test-content.ts`).
 */
import type { UserConfig } from 'vite';
import { getViteConfig } from 'astro/config';

const astroViteConfig = getViteConfig(
  {
    // As many workers as the `unit` project, which runs beside it (vitest.config.ts).
    test: { name: 'data', root: '../..', include: ['src/data/**/*.test.ts'], maxWorkers: 2 },
  },
  { logLevel: 'error' },
);

export default async (env: { mode: string; command: 'build' | 'serve' }): Promise<UserConfig> => {
  const config = await astroViteConfig(env);
  // Vitest copies `import.meta.env.*` defines into its own process.env, which every build a
  // test spawns inherits: Astro's BASE_URL would then replace the base path of the test sites.
  const define = Object.fromEntries(
    Object.entries(config.define ?? {}).filter(([key]) => !key.startsWith('import.meta.env.')),
  );
  return { ...config, define };
};
