import type { RoutingState } from '../../core/model/routing.ts'
import type { Tick } from '../../core/simulate/types.ts'

function formatSeconds(total: number): string {
  const minutes = Math.floor(total / 60)
  const seconds = total % 60
  return minutes > 0 ? `${minutes}m${seconds > 0 ? `${seconds}s` : ''}` : `${seconds}s`
}

/** Which timeline tick the generated objects are for, and the weights Flagger would have written then. */
export function TickHeader({ tick, routing }: { readonly tick: Tick | undefined; readonly routing: RoutingState }) {
  return (
    <div className="generated__tick" data-testid="generated-tick">
      <strong>{tick ? `Tick ${tick.tick}` : 'Before the first run'}</strong>
      {tick && <span>at {formatSeconds(tick.atSeconds)} · {tick.phase}</span>}
      <span className="generated__weight generated__weight--primary">primary {routing.primaryWeight}%</span>
      <span className="generated__weight generated__weight--canary">canary {routing.canaryWeight}%</span>
      {routing.mirrored && <span className="generated__weight">mirroring to canary</span>}
    </div>
  )
}
