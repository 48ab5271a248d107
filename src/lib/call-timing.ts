/**
 * A call's timing from its front matter, at the build: apart from
 * call-status.ts, which the browser loads and which must not pull in the
 * dates module.
 */
import type { CallTiming } from './call-status.ts';
import { isoDay, momentEnd, startOfParisDay, type ParisMoment } from './dates.ts';

/**
 * The timing of a call as its front matter gives it: the deadline passes at
 * its Paris time, or when the next Paris day starts (`momentEnd`).
 */
export function timingOf(data: {
  opens: Date;
  closes?: ParisMoment | undefined;
  rolling?: boolean | undefined;
}): CallTiming {
  const opens = isoDay(data.opens);
  return {
    opens,
    opensAt: startOfParisDay(opens),
    closes: data.closes && { day: isoDay(data.closes.day), time: data.closes.time, at: momentEnd(data.closes) },
    rolling: data.rolling,
  };
}
