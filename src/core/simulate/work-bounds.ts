import type { TickLog } from './sim-state.ts'

// Flagger logs one event per webhook and has no bound on webhooks or ticks; a Canary with thousands of gate or
// rollback webhooks and `iterations: 1000000000` would make the simulation log millions of strings and crash the
// tab (or the CLI run out of memory). These caps bound its work; a run cut by them ends 'halted', truncated.

/** The most events one tick lists; the rest are counted in one closing line. */
export const maxEventsPerTick = 50

/** The most events a whole simulation logs before it stops early, marked truncated. */
export const maxSimulatedEvents = 100_000

/** Logs one event per webhook name, at most maxEventsPerTick in the tick, then one line counting the rest. */
export function logPerHookEvents(log: TickLog, names: readonly string[], describe: (name: string) => string): void {
  const room = Math.max(0, maxEventsPerTick - 1 - log.events.length)
  const shown = names.length <= room + 1 ? names.length : room
  for (let i = 0; i < shown; i++) log.events.push(describe(names[i] ?? ''))
  const hidden = names.length - shown
  if (hidden > 0)
    log.events.push(
      `… and ${hidden} more events like the one above (one per webhook), not listed: the simulation lists at most ${maxEventsPerTick} per tick`,
    )
}
