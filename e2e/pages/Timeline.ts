import type { Locator, Page } from '@playwright/test'

/** The rollout timeline under the diagram: chart, selected tick, figures and what-if controls. */
export class Timeline {
  readonly root: Locator
  readonly chart: Locator
  readonly summary: Locator
  readonly position: Locator
  readonly details: Locator
  readonly canaryWeight: Locator
  readonly whatIf: Locator

  constructor(private readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Rollout timeline' })
    this.chart = page.getByRole('slider', { name: /Rollout timeline/ })
    this.summary = page.getByTestId('timeline-summary')
    this.position = page.getByTestId('timeline-position')
    this.details = this.root.getByRole('region', { name: 'Selected tick' })
    this.canaryWeight = page.getByTestId('timeline-canary-weight')
    this.whatIf = this.root.getByRole('region', { name: 'What-if' })
  }

  /** A headline figure's value, e.g. figure('rollback'). */
  figure(id: 'strategy' | 'steps' | 'interval' | 'promotion' | 'succeeded' | 'rollback' | 'outcome'): Locator {
    return this.root.locator(`[data-figure="${id}"] dd`)
  }

  /** The chart lane of a track, e.g. lane('pre-rollout'). */
  lane(name: string): Locator {
    return this.root.locator(`[data-lane="${name}"]`)
  }

  /** Presses keys with the chart focused, as a keyboard user would. */
  async press(...keys: string[]): Promise<void> {
    await this.chart.focus()
    for (const key of keys) await this.page.keyboard.press(key)
  }

  /** Clicks the chart in the middle of tick k's column (ticks are equal-width columns). */
  async clickTick(k: number, tickCount: number): Promise<void> {
    const hit = this.root.getByTestId('timeline-hit-area')
    const box = await hit.boundingBox()
    if (!box) throw new Error('the timeline chart is not visible')
    await hit.click({ position: { x: ((k + 0.5) * box.width) / tickCount, y: 40 } })
  }

  async failChecksFrom(tick: number | ''): Promise<void> {
    await this.whatIf.getByLabel('Checks fail from tick').fill(String(tick))
  }
}
