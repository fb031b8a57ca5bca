import type { Canary } from '../../core/catalog/canary-fields.ts'
import { derivedNames, effectiveGateways } from '../../core/model/effective.ts'
import { selectRouting, selectShownCanary } from '../../store/selectors.ts'
import { useStudio } from '../studio-context.ts'

// The names and routes Flagger's Istio router derives, drawn as columns until the traffic diagram lands.

/** Flagger istio.go reconcileVirtualService: service.hosts in order, then <apex> unless listed or "*". */
function virtualServiceHosts(canary: Canary, apex: string): string[] {
  const hosts = canary.spec?.service?.hosts ?? []
  return hosts.includes(apex) || hosts.includes('*') ? [...hosts] : [...hosts, apex]
}

function Node({
  kind,
  name,
  detail,
  tone,
}: {
  kind: string
  name: string
  detail?: string
  tone?: 'primary' | 'canary'
}) {
  return (
    <div className={`flow-node${tone ? ` flow-node--${tone}` : ''}`}>
      <span className="flow-node__kind">{kind}</span>
      <span className="flow-node__name">{name || '—'}</span>
      {detail && <span className="flow-node__detail">{detail}</span>}
    </div>
  )
}

function Column({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="flow-column">
      <h3>{title}</h3>
      {children}
    </div>
  )
}

/** The traffic path of the shown Canary before any rollout: entry, VirtualService, Services, workloads. */
export function DiagramPane() {
  const canary = useStudio(selectShownCanary)
  const routing = useStudio(selectRouting)
  const names = canary ? derivedNames(canary) : undefined
  const gateways = canary ? effectiveGateways(canary) : []
  const kind = canary?.spec?.targetRef?.kind ?? 'Deployment'
  return (
    <section className="pane pane--diagram" aria-label="Traffic">
      <header className="pane__header">
        <h2>Traffic</h2>
        <span className="pane__hint">weights at the timeline’s selected tick</span>
      </header>
      {canary && names ? (
        <div className="pane__body flow" data-testid="traffic-flow">
          <Column title="Entry">
            {gateways.map((g) => (
              <Node
                key={g}
                kind={g === 'mesh' ? 'Mesh' : 'Gateway'}
                name={g}
                detail={g === 'mesh' ? 'in-mesh callers' : undefined}
              />
            ))}
          </Column>
          <Column title="Routing">
            <Node
              kind="VirtualService"
              name={names.apex}
              detail={`hosts: ${virtualServiceHosts(canary, names.apex).join(', ')}`}
            />
          </Column>
          <Column title="Services">
            <Node kind="Service" name={names.primaryService} detail={`weight ${routing.primaryWeight}%`} tone="primary" />
            <Node kind="Service" name={names.canaryService} detail={`weight ${routing.canaryWeight}%${routing.mirrored ? ', mirrored' : ''}`} tone="canary" />
            <Node kind="Service (apex)" name={names.apex} detail="selects the primary pods" />
          </Column>
          <Column title="Workloads">
            <Node kind={kind} name={names.primaryWorkload} detail="stable version, created by Flagger" tone="primary" />
            <Node kind={kind} name={names.target} detail="new version under test" tone="canary" />
          </Column>
          {!gateways.includes('mesh') && (
            <p className="flow__note">
              service.gateways has no <code>mesh</code>: in-mesh calls to {names.apex} skip this VirtualService and
              reach the apex Service, so they never see the canary.
            </p>
          )}
        </div>
      ) : (
        <p className="pane__empty">No Canary to draw yet.</p>
      )}
    </section>
  )
}
