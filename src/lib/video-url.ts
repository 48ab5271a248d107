/**
 * Video addresses editors may give the `<Video>` MDX component: a page of
 * YouTube, Vimeo or Dailymotion, named for the reader. Nothing is loaded from
 * these sites: the component only links to them.
 */

const sites: [RegExp, string][] = [
  [/^(?:(?:www|m)\.)?youtube(?:-nocookie)?\.com$|^youtu\.be$/, 'YouTube'],
  [/^(?:www\.|player\.)?vimeo\.com$/, 'Vimeo'],
  [/^(?:www\.)?dailymotion\.com$|^dai\.ly$/, 'Dailymotion'],
];

/**
 * The name of the video site of `url` (`YouTube`, `Vimeo`, `Dailymotion`),
 * or `undefined` when `url` is not an `https://` address of one of them.
 */
export function videoSite(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.pathname === '/') return undefined;
  return sites.find(([host]) => host.test(parsed.hostname))?.[1];
}

/**
 * The page where readers watch the video whose player (`<iframe src>`) is at
 * `url`: `https://www.youtube.com/watch?v=<id>`, `https://vimeo.com/<id>` or
 * `https://www.dailymotion.com/video/<id>`; `url` itself when it is no player.
 */
export function videoPageUrl(url: string): string {
  const players: [RegExp, (id: string) => string][] = [
    [
      /^https:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]+)/,
      (id) => `https://www.youtube.com/watch?v=${id}`,
    ],
    [/^https:\/\/player\.vimeo\.com\/video\/(\d+)/, (id) => `https://vimeo.com/${id}`],
    [/^https:\/\/(?:www\.)?dailymotion\.com\/embed\/video\/(\w+)/, (id) => `https://www.dailymotion.com/video/${id}`],
  ];
  for (const [player, page] of players) {
    const id = player.exec(url)?.[1];
    if (id) return page(id);
  }
  return url;
}
