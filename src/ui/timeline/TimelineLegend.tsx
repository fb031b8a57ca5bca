import type { Timeline } from '../../core/simulate/types.ts'
import type { Track } from './ChartTracks.tsx'

/** Swatches for the phases in this run and the marker shapes the lanes use. */
export function TimelineLegend({ timeline, tracks }: { timeline: Timeline; tracks: readonly Track[] }) {
  const phases = [...new Set(timeline.ticks.map((t) => t.phase))]
  const hasGates = tracks.some((t) => t.id === 'hook' && t.hook.startsWith('confirm-'))
  const hasHooks = tracks.some((t) => t.id === 'hook' && !t.hook.startsWith('confirm-'))
  return (
    <ul className="tl-legend" aria-label="Legend">
      <li>
        <i className="tl-key tl-key--canary" /> canary weight
      </li>
      <li>
        <i className="tl-key tl-key--primary" /> primary weight
      </li>
      {phases.map((p) => (
        <li key={p}>
          <i className={`tl-key tl-key--phase tl-phase--${p}`} /> {p}
        </li>
      ))}
      {tracks.some((t) => t.id === 'analysis') && (
        <>
          <li>
            <i className="tl-key tl-key--passed" /> passed
          </li>
          <li>
            <i className="tl-key tl-key--failed" /> failed
          </li>
        </>
      )}
      {hasHooks && (
        <li>
          <i className="tl-key tl-key--hook" /> hook called
        </li>
      )}
      {hasGates && (
        <li>
          <i className="tl-key tl-key--gate" /> gate asked
        </li>
      )}
    </ul>
  )
}
