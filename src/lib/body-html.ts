/**
 * Which HTML editors may write in a content body, and what to write instead
 * of the rest: the site's Content Security Policy (`security.csp` in
 * `astro.config.mjs`) blocks frames, scripts and inline styles, the feeds keep
 * only `feedTags` (`feed-html.ts`), and an element HTML does not know (`<ville>`)
 * shows nothing. Messages are in French, for `npm run check:content`.
 */
import { feedTags } from './feed-html.ts';
import { videoPageUrl, videoSite } from './video-url.ts';

const VIDEO =
  'le site ne charge rien d’un autre site (sa politique de sécurité bloque les cadres, et les fils RSS les retirent) : pour une vidéo YouTube, Vimeo ou Dailymotion, écrivez <Video url="https://…" title="…" /> dans un fichier .mdx ; sinon, mettez un lien [Titre](https://…)';
const AUDIO =
  'le site ne met pas de lecteur de son dans ses pages (les fils RSS le retireraient, et sa politique de sécurité bloque ceux d’un autre site) : mettez un lien vers le son ou la page qui le diffuse, [Écouter l’entretien](https://…)';
const SCRIPT = 'le site n’exécute aucun script venu du texte : retirez-la';
const STYLE = 'la mise en forme vient de la feuille de style du site : retirez-la et écrivez le texte en Markdown';
const FORM =
  'un article ne contient pas de formulaire : mettez un lien vers le formulaire, [Remplir le formulaire](https://…)';

/** Elements refused with what to use instead, by tag name. */
const insteadOf: Record<string, string> = {
  iframe: VIDEO,
  embed: VIDEO,
  object: VIDEO,
  video: VIDEO,
  audio: AUDIO,
  frame: VIDEO,
  frameset: VIDEO,
  applet: VIDEO,
  script: SCRIPT,
  noscript: SCRIPT,
  template: SCRIPT,
  style: STYLE,
  link: STYLE,
  meta: STYLE,
  base: STYLE,
  form: FORM,
  input: FORM,
  button: FORM,
  select: FORM,
  textarea: FORM,
  img: 'écrivez l’image en Markdown, ![Ce que montre l’image](./photo.jpg), le fichier à côté du texte : le site l’optimise alors',
};

const allowed = new Set(feedTags);

/**
 * What is wrong with one element written in a body: its tag (`iframe`,
 * lower case) and its attributes by name (`onclick`, `style`, `src`).
 * Returns one French message per problem, none for an element the site keeps.
 */
export function htmlElementProblems(tag: string, attributes: Readonly<Record<string, unknown>>): string[] {
  const problems: string[] = [];
  const instead = insteadOf[tag];
  const src = attributes.src;
  if (typeof src === 'string' && videoSite(src) && instead === VIDEO) {
    const title =
      typeof attributes.title === 'string' && attributes.title.trim() ? attributes.title : 'Titre de la vidéo';
    problems.push(
      `balise <${tag}> non permise : le site ne charge rien d’un autre site (sa politique de sécurité bloque les cadres, et les fils RSS les retirent) ; renommez le fichier en .mdx et écrivez à la place <Video url="${videoPageUrl(src)}" title="${title}" />`,
    );
  } else if (instead) problems.push(`balise <${tag}> non permise : ${instead}`);
  else if (!allowed.has(tag)) {
    problems.push(
      `balise <${tag}> inconnue : le texte entre < et > disparaîtrait de la page ; pour écrire le signe « < » tel quel, écrivez \\< ou &lt;`,
    );
  }
  for (const attribute of Object.keys(attributes)) {
    if (attribute.toLowerCase() === 'style') {
      problems.push(
        `attribut style non permis sur <${tag}> : la politique de sécurité du site bloque les styles écrits dans le texte ; retirez-le, la mise en forme vient du site`,
      );
    } else if (/^on/i.test(attribute)) {
      problems.push(
        `attribut ${attribute} non permis sur <${tag}> : le site n’exécute aucun script venu du texte ; retirez-le`,
      );
    }
  }
  return problems;
}
