/**
 * French typography for short texts written in front matter (titles,
 * summaries): the spaces editors type before `; ! ? :` and inside « » become
 * non-breaking, so that punctuation never starts a line.
 */

const NBSP = '\u00a0';
const NNBSP = '\u202f';

export function frenchSpacing(text: string): string {
  return (
    text
      // Narrow no-break space before ; ! ? and a full one before :
      .replace(/[ \u00a0\u202f]+([;!?])/g, `${NNBSP}$1`)
      .replace(/[ \u00a0\u202f]+:/g, `${NBSP}:`)
      // Guillemets always hold a narrow no-break space inside.
      .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
      .replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`)
  );
}
