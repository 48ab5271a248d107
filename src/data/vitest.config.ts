/**
 * The `data` test project: src/data/ under Astro's own Vite configuration
 * (`getViteConfig`), as Starlight tests its route data, so that its modules
 * import `astro:content` and `astro:assets` as in a build; each test file
 * replaces them with `vi.mock` (see `test-content.ts`).
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  { test: { name: 'data', root: '../..', include: ['src/data/**/*.test.ts'] } },
  { logLevel: 'error' },
);
