/** Components editors may use in `.mdx` content without importing them. */
import KeyFigures from './KeyFigures.astro';

export const mdxComponents = { KeyFigures };
