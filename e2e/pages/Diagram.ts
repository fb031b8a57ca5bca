import type { Locator, Page } from '@playwright/test'

/** The traffic diagram: nodes by their graph id (React Flow's data-id), edge labels by edge id. */
export class Diagram {
  readonly root: Locator
  readonly stale: Locator

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('traffic-diagram')
    this.stale = page.getByTestId('diagram-stale')
  }

  node(id: string): Locator {
    return this.root.locator(`.react-flow__node[data-id="${id}"]`)
  }

  edgeLabel(id: string): Locator {
    return this.root.locator(`[data-edge-id="${id}"]`)
  }

  labels(kind: string): Locator {
    return this.root.locator(`.traffic-edge-label--${kind}`)
  }

  /** Opens `text` as a new document, as "Open file" would (through the diagram's test hook). */
  load(text: string): Promise<void> {
    return this.page.evaluate(
      (t) =>
        (window as Window & { __canaryStudioDiagram?: { load: (text: string) => void } }).__canaryStudioDiagram?.load(
          t,
        ),
      text,
    )
  }

  /** A workload: its own node, or the badge of the Service that selects it when the pane is too small for a column. */
  workload(name: string): Locator {
    return this.node(`workload:${name}`).or(this.root.locator(`[data-workload="${name}"]`))
  }

  /** The line the YAML editor's cursor is on (through the editor's test hook). */
  cursorLine(): Promise<string> {
    return this.page.evaluate(
      () =>
        (
          window as Window & { __canaryStudioEditor?: { cursorLine: () => string } }
        ).__canaryStudioEditor?.cursorLine() ?? '',
    )
  }
}
