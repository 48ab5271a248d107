/** The site's MDX components, as simple copies, passed to every MDX article. */
import CallToAction from './CallToAction.astro';
import Figure from './Figure.astro';
import KeyFigures from './KeyFigures.astro';
import Quote from './Quote.astro';

export const components: Record<string, unknown> = { CallToAction, Figure, KeyFigures, Quote };
