/**
 * The wordmark's two lines: the Pôle's name (« Pôle Image ») large, its
 * region (« Nord-Pas-de-Calais ») small below, from the site's name in
 * `content/settings/site.yaml`.
 */
export function splitName(name: string): { main: string; region: string } {
  const words = name.trim().split(/\s+/);
  if (words.length <= 2) return { main: words.join(' '), region: '' };
  return { main: words.slice(0, 2).join(' '), region: words.slice(2).join(' ') };
}
