/**
 * The page background of each colour scheme, for the browser's own bar
 * (`<meta name="theme-color">`): read once from the tokens, not per page.
 */
import tokens from '../styles/tokens.css?raw';
import { colourTokens } from './css-tokens.ts';

export const pageBackground = colourTokens(tokens).get('color-bg');
