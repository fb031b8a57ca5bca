/** A long task as the page's PerformanceObserver saw it: when it started and how long it ran (ms). */
export type LongTaskSpan = readonly [start: number, duration: number]

/**
 * The durations of the tasks running at `at` (an event's time, as performance.now() gave it in the page) and of all
 * the others: the e2e test and the bench hold a paste's own task, the browser reading the clipboard, to its own bound.
 */
export function splitAtEvent(spans: readonly LongTaskSpan[], at: number): { during: number[]; others: number[] } {
  const holds = ([start, duration]: LongTaskSpan) => start <= at && at <= start + duration
  return {
    during: spans.filter(holds).map(([, duration]) => Math.round(duration)),
    others: spans.filter((span) => !holds(span)).map(([, duration]) => Math.round(duration)),
  }
}
