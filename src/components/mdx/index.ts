/** Components editors may use in `.mdx` content without importing them (see `specs.ts`). */
import CallToAction from './CallToAction.astro';
import Figure from './Figure.astro';
import KeyFigures from './KeyFigures.astro';
import Quote from './Quote.astro';
import Video from './Video.astro';
import type { MdxComponentName } from './specs.ts';

export const mdxComponents = { CallToAction, Figure, KeyFigures, Quote, Video } satisfies Record<
  MdxComponentName,
  unknown
>;
