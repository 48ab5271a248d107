/**
 * Whether the content check runs beside this Astro process. `npm run build`
 * (scripts/build.ts) sets `POLE_IMAGE_CONTENT_CHECK=beside`: the check then
 * reads the text of every file and stops Astro at its first error, so Astro's
 * loaders read none of it and its content store keeps no entry's raw Markdown
 * (src/content.config.ts), and the site data's checks that need that text are
 * left to the check (src/data/site.ts). `npm run dev`, `astro sync` and
 * `npm run build -- --skip-content-check` run without it.
 * @param env The environment to read (this process's by default).
 */
export function checkedBeside(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env.POLE_IMAGE_CONTENT_CHECK === 'beside';
}
