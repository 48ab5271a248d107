/**
 * What each MDX component accepts, in one place: the components check their
 * props against it when they render, `npm run check:content` checks every
 * use in `content/` against it, and the editor guide is generated from it.
 */
import { z } from 'astro/zod';
import { keyFigure } from '../../schemas/settings.ts';
import { describeIssues } from '../../lib/schema-problems.ts';
import { closestMatches } from '../../lib/suggest.ts';
import { videoSite } from '../../lib/video-url.ts';

/** A prop's value could not be known before the build (an expression using variables). */
export const UNKNOWN_VALUE = Symbol('unknown value');

interface PropSpec {
  required: boolean;
  /** What the prop holds, for the guide and the messages: one sentence. */
  doc: string;
  /** Checks a given value; returns what is wrong with it, in French. */
  check?: (value: unknown) => string | undefined;
}

export interface ComponentSpec {
  /** What the component shows, for the guide: one or two sentences. */
  doc: string;
  props: Record<string, PropSpec>;
  /** What goes between the opening and closing tags, if anything. */
  content?: { required: boolean; doc: string; image?: boolean };
  /** A complete example, as an editor would write it. */
  example: string;
}

const text = (value: unknown) =>
  typeof value !== 'string'
    ? 'doit être un texte entre guillemets droits, comme "…"'
    : value.trim() === ''
      ? 'ne doit pas être vide'
      : undefined;

const link = (value: unknown) =>
  typeof value === 'string' && /^(\/|https?:\/\/)/.test(value)
    ? undefined
    : 'doit commencer par / (une page du site, comme "/appels-a-projets/") ou par https:// (un autre site)';

const video = (value: unknown) =>
  typeof value === 'string' && videoSite(value)
    ? undefined
    : 'doit être l’adresse https:// d’une vidéo YouTube, Vimeo ou Dailymotion, copiée depuis la barre d’adresse, comme "https://www.youtube.com/watch?v=…"';

const figures = (value: unknown) => {
  const result = z.array(keyFigure).min(1, { error: 'doit contenir au moins un chiffre' }).safeParse(value);
  if (result.success) return undefined;
  if (!Array.isArray(value))
    return 'doit être une liste entre accolades et crochets, comme {[{ value: 4, label: "thèmes" }]}';
  return describeIssues(result.error.issues, () => undefined)
    .map((problem) => problem.message)
    .join(' ; ');
};

export const mdxComponentSpecs = {
  Figure: {
    doc: 'Une image avec sa légende et son crédit. L’image est convertie à la construction au format WebP, plus léger.',
    props: {
      caption: { required: true, doc: 'La légende : ce que montre l’image, en une phrase.', check: text },
      credit: {
        required: true,
        doc: 'Le crédit : qui a fait l’image, par exemple « Photo : Prénom Nom ».',
        check: text,
      },
    },
    content: {
      required: true,
      image: true,
      doc: 'L’image, écrite en Markdown avec son texte alternatif : `![Ce que montre l’image](./photo.jpg)`, le fichier étant à côté du fichier de l’article.',
    },
    example: [
      '<Figure caption="Le premier jour du festival." credit="Photo : Prénom Nom">',
      '  ![La salle comble, vue depuis la scène](./festival.jpg)',
      '</Figure>',
    ].join('\n'),
  },
  KeyFigures: {
    doc: 'Des chiffres clés en grand. Sans `items`, ce sont ceux des réglages du site (`keyFigures` dans `content/settings/site.yaml`), avec leur source.',
    props: {
      items: {
        required: false,
        doc: 'Les chiffres à montrer, entre `{[` et `]}` : chacun a une valeur `value`, un libellé `label` et, si besoin, un `qualifier` `"environ"` ou `"plus-de"`. Par défaut : les chiffres clés du site.',
        check: figures,
      },
      source: {
        required: false,
        doc: 'D’où viennent ces chiffres, affiché sous le bloc. Par défaut : la source des réglages du site sans `items`, aucune avec.',
        check: text,
      },
    },
    example: [
      '<KeyFigures',
      '  items={[',
      '    { value: 1850000, label: "euros pour le premier appel à projets" },',
      '    { value: 4, label: "thèmes" },',
      '  ]}',
      '  source="Le Quotidien des Usines, 2 juillet 2009"',
      '/>',
    ].join('\n'),
  },
  CallToAction: {
    doc: 'Un bouton qui mène à une page, pour l’action principale d’un article (candidater, s’inscrire…).',
    props: {
      href: {
        required: true,
        doc: 'Où mène le bouton : un chemin du site comme `/appels-a-projets/`, ou une adresse `https://`.',
        check: link,
      },
    },
    content: {
      required: true,
      doc: 'Le texte du bouton, qui dit où il mène : « Voir l’appel à projets » plutôt que « Cliquez ici ».',
    },
    example: '<CallToAction href="/appels-a-projets/">Voir les appels à projets</CallToAction>',
  },
  Quote: {
    doc: 'Une citation mise en valeur, avec son auteur et, si on la connaît, sa source.',
    props: {
      author: { required: true, doc: 'Qui parle : son nom, et si utile sa fonction.', check: text },
      source: { required: false, doc: 'Où la citation a été publiée. Par défaut : aucune.', check: text },
    },
    content: { required: true, doc: 'Les mots cités, sans guillemets : le site les présente comme une citation.' },
    example: [
      '<Quote author="Prénom Nom, directeur" source="Journal, 2 juillet 2009">',
      '  Les mots exacts de la personne citée.',
      '</Quote>',
    ].join('\n'),
  },
  Video: {
    doc: 'Une vidéo YouTube, Vimeo ou Dailymotion, présentée par un lien vers la page où la regarder, avec son titre et, si vous en enregistrez une, une vignette. Rien n’est chargé depuis le site de la vidéo : pas de pistage des lecteurs, et la politique de sécurité du site est respectée. Les fils RSS en reçoivent le lien.',
    props: {
      url: {
        required: true,
        doc: 'L’adresse de la vidéo, copiée depuis la barre d’adresse du navigateur : `https://www.youtube.com/watch?v=…`, `https://vimeo.com/…` ou `https://www.dailymotion.com/video/…`.',
        check: video,
      },
      title: { required: true, doc: 'Le titre de la vidéo, texte du lien.', check: text },
    },
    content: {
      required: false,
      image: true,
      doc: 'Une vignette, si vous le souhaitez : une image enregistrée à côté du fichier de l’article, écrite en Markdown, `![Ce que montre l’image](./vignette.jpg)`.',
    },
    example: [
      '<Video url="https://www.youtube.com/watch?v=XXXXXXXXXXX" title="La bande-annonce du festival">',
      '  ![Une image de la bande-annonce : la salle du festival](./bande-annonce.jpg)',
      '</Video>',
    ].join('\n'),
  },
} as const satisfies Record<string, ComponentSpec>;

export type MdxComponentName = keyof typeof mdxComponentSpecs;

export function isMdxComponent(name: string): name is MdxComponentName {
  return Object.hasOwn(mdxComponentSpecs, name);
}

/**
 * What is wrong with one use of a component: a required prop missing or
 * empty, an unknown prop, a wrong value, content missing or not expected.
 * Each message names the component and the prop.
 */
export function componentProblems(
  name: MdxComponentName,
  props: Readonly<Record<string, unknown>>,
  hasContent: boolean,
): string[] {
  const spec: ComponentSpec = mdxComponentSpecs[name];
  const known = Object.keys(spec.props);
  const problems: string[] = [];
  for (const [prop, { required, doc, check }] of Object.entries(spec.props)) {
    const value = props[prop];
    if (value === undefined) {
      if (required) problems.push(`<${name}> : propriété obligatoire manquante « ${prop} » : ${doc}`);
      continue;
    }
    const wrong = value === UNKNOWN_VALUE ? undefined : check?.(value);
    if (wrong) problems.push(`<${name}> : « ${prop} » ${wrong}`);
  }
  for (const prop of Object.keys(props)) {
    if (known.includes(prop) || prop === 'children') continue;
    const close = closestMatches(prop, known);
    problems.push(
      `<${name}> : propriété inconnue « ${prop} »` +
        (close.length ? ` (vouliez-vous dire « ${close[0]} » ?)` : '') +
        ` ; propriétés possibles : ${known.join(', ')}`,
    );
  }
  if (spec.content?.required && !hasContent) {
    problems.push(`<${name}> : contenu manquant entre <${name}> et </${name}> : ${spec.content.doc}`);
  }
  if (!spec.content && hasContent) {
    problems.push(`<${name}> ne prend pas de contenu : écrivez-le seul, <${name} … />`);
  }
  return problems;
}

/** An error that stops the build when a component is misused in content. */
export class MdxComponentError extends Error {
  override name = 'MdxComponentError';
}

/** Called by each component as it renders: a misused component stops the build. */
export function assertComponentProps(name: MdxComponentName, props: object, hasContent: boolean): void {
  const problems = componentProblems(name, props as Record<string, unknown>, hasContent);
  if (problems.length) {
    throw new MdxComponentError(
      `${problems.join('\n')}\n(composant utilisé dans un fichier .mdx de content/ : lancez npm run check:content pour savoir lequel)`,
    );
  }
}
