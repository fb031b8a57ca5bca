// Long tasks as the e2e bounds (e2e/long-tasks.spec.ts) and the bench (bench/hostile.bench.ts) read them. The first
// three functions run in the page (passed to page.evaluate or addInitScript), so they use nothing from outside.

/** A long task as the page's PerformanceObserver saw it: when it started and how long it ran (ms). */
export type LongTaskSpan = readonly [start: number, duration: number]

type ObservedWindow = Window & { __longTaskSpans?: LongTaskSpan[]; __pastedAt?: number }

/** In the page: from now on, records every long task there (starting afresh). */
export function recordLongTasks(): void {
  const w = window as ObservedWindow
  w.__longTaskSpans = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longTaskSpans?.push([entry.startTime, entry.duration])
  }).observe({ type: 'longtask' })
}

/** In the page: notes when the next paste event comes, before anything in the page handles it. */
export function markNextPaste(): void {
  const w = window as ObservedWindow
  window.addEventListener('paste', () => (w.__pastedAt ??= performance.now()), { capture: true, once: true })
}

/** In the page: the long tasks recorded so far, and when the marked paste came (-1 before it). */
export function readLongTasks(): { spans: LongTaskSpan[]; pastedAt: number } {
  const w = window as ObservedWindow
  return { spans: w.__longTaskSpans ?? [], pastedAt: w.__pastedAt ?? -1 }
}

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
