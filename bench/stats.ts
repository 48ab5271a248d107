/** The summaries the benchmark gives of repeated measures: the median, with the spread. */

/**
 * The item of median `value` among `items`; of an even number, the one with the higher of the two
 * middle values (the slower of two runs, for a time), so that the median is always a measured
 * item. Throws on an empty list.
 */
export function medianBy<T>(items: readonly T[], value: (item: T) => number): T {
  if (!items.length) throw new Error('medianBy: no item to take the median of');
  const sorted = [...items].sort((a, b) => value(a) - value(b));
  return sorted[Math.floor(sorted.length / 2)] as T;
}

/** Median, shortest and longest of some measures (in their own unit), and how many there were. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  count: number;
}

/** The median (see `medianBy`) and the spread of `values`; throws on an empty list. */
export function summarise(values: readonly number[]): Summary {
  return {
    median: medianBy(values, (v) => v),
    min: Math.min(...values),
    max: Math.max(...values),
    count: values.length,
  };
}
