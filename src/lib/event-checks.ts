/**
 * What an event's schema cannot see: its body. A cancelled or postponed
 * event keeps its page and its place in subscribed calendars, so its text
 * must tell readers why, and for a postponed one until when.
 */
import type { FileProblem } from './content-files.ts';
import { bodyHasText } from './content-checks.ts';

/** The facts of an event this check reads. */
export interface EventBody {
  /** The file as messages name it: `content/events/festival.md`. */
  file: string;
  /** The line of its `status` field, when known. */
  line?: number | undefined;
  status: string;
  /** The text after the front matter, as written. */
  body: string;
}

/**
 * The problem of a cancelled (`annulé`) or postponed (`reporté`) event
 * whose body is empty, or nothing.
 */
export function eventBodyProblem({ file, line, status, body }: EventBody): FileProblem | undefined {
  if (status === 'prévu' || bodyHasText(body)) return undefined;
  return {
    file,
    line,
    message: `« status » : un événement ${status} doit l'expliquer dans son texte, sous l'en-tête : écrivez en une phrase ou deux pourquoi${status === 'reporté' ? ' et à quand' : ''}, par exemple « La soirée est ${status === 'reporté' ? 'reportée à une date à fixer, les inscriptions restent valables' : "annulée : la salle n'est plus disponible"}. »`,
  };
}
