import type { Page } from '@playwright/test'
import { expect, test as studioTest } from './fixtures.ts'
import { Timeline } from './pages/Timeline.ts'

// Depends on the studio fixture: the app is open and the test fails on console errors or foreign requests.
const test = studioTest.extend<{ timeline: Timeline }>({
  timeline: async ({ page, studio }, provide) => {
    await expect(studio.yaml.root).toBeVisible()
    await provide(new Timeline(page))
  },
})

// Monaco (which the studio fixture waits for) can take most of a minute on a loaded machine.
test.describe.configure({ timeout: 180_000 })

/**
 * The canary weight the traffic diagram shows. Resilient to the diagram's rebuild: the interim pane writes
 * "weight N%" on the canary Service, the @xyflow diagram labels the canary edge "N%".
 */
function diagramCanaryWeight(page: Page, weight: number) {
  return page.getByRole('region', { name: 'Traffic' }).getByText(new RegExp(`^(weight )?${weight}\\s?%`)).first()
}

test('the default document rises 10 % → 50 % in 10-point steps, with pre-rollout and rollout lanes', async ({ timeline }) => {
  await expect(timeline.summary).toContainText('weight rises 10 → 20 → 30 → 40 → 50 % every 1m, then promotes')
  await expect(timeline.figure('steps')).toHaveText('5 (10→50%)')
  await expect(timeline.figure('promotion')).toHaveText('6m')
  await expect(timeline.figure('succeeded')).toHaveText('8m')
  await expect(timeline.lane('pre-rollout')).toBeVisible()
  await expect(timeline.lane('rollout')).toBeVisible()
  // flagger-semantics §a.9 Ex1: canary weight and hooks after each tick T0…T8.
  const expected = [
    [0, 'none'],
    [10, 'pre-rollout'],
    [20, 'rollout'],
    [30, 'rollout'],
    [40, 'rollout'],
    [50, 'rollout'],
    [50, 'rollout'],
    [0, 'none'],
    [0, 'none'],
  ] as const
  await timeline.press('Home')
  for (const [tick, [weight, hooks]] of expected.entries()) {
    if (tick > 0) await timeline.press('ArrowRight')
    await expect(timeline.position).toHaveText(`T${tick} / 8`)
    await expect(timeline.canaryWeight).toHaveText(`canary ${weight}%`)
    await expect(timeline.details.locator('dd').nth(2)).toHaveText(hooks === 'none' ? 'none' : `${hooks}`)
  }
  await expect(timeline.details).toContainText('Succeeded')
})

test('→ moves the selected tick and the diagram follows; a click and End choose ticks too', async ({ page, timeline }) => {
  await expect(timeline.chart).toHaveAttribute('aria-valuenow', '1')
  await expect(diagramCanaryWeight(page, 10)).toBeVisible()
  await timeline.press('ArrowRight')
  await expect(timeline.chart).toHaveAttribute('aria-valuenow', '2')
  await expect(page.getByTestId('timeline-announcement')).toContainText('canary 20%')
  await expect(diagramCanaryWeight(page, 20)).toBeVisible()
  await timeline.press('ArrowRight')
  await expect(diagramCanaryWeight(page, 30)).toBeVisible()
  await timeline.clickTick(4, 9)
  await expect(timeline.position).toHaveText('T4 / 8')
  await expect(diagramCanaryWeight(page, 40)).toBeVisible()
  await timeline.press('End')
  await expect(timeline.position).toHaveText('T8 / 8')
  await timeline.press('ArrowRight')
  await expect(timeline.position).toHaveText('T8 / 8')
})

test('a what-if with checks failing from tick 3 rolls back at 6m; reset restores the promotion', async ({ page, timeline }) => {
  await expect(timeline.figure('outcome')).toHaveText('promoted')
  await timeline.failChecksFrom(3)
  await expect(timeline.figure('outcome')).toHaveText('rolled back')
  await expect(timeline.figure('rollback')).toHaveText('6m')
  await expect(timeline.figure('promotion')).toHaveText('—')
  await expect(timeline.summary).toContainText('rolls back after 6m')
  await expect(timeline.lane('failed checks')).toContainText('123')
  await timeline.press('End')
  await expect(timeline.position).toHaveText('T6 / 6')
  await expect(timeline.details).toContainText('Failed')
  await expect(timeline.canaryWeight).toHaveText('canary 0%')
  // Weights freeze at 20 % while checks fail (T3–T5).
  await timeline.press('ArrowLeft')
  await expect(timeline.canaryWeight).toHaveText('canary 20%')
  await expect(diagramCanaryWeight(page, 20)).toBeVisible()

  await timeline.whatIf.getByRole('button', { name: 'Reset' }).click()
  await expect(timeline.figure('outcome')).toHaveText('promoted')
  await timeline.press('Home', 'ArrowRight', 'ArrowRight')
  await timeline.details.getByRole('button', { name: 'Fail from here' }).click()
  await expect(timeline.whatIf.getByLabel('Checks fail from tick')).toHaveValue('2')
  await expect(timeline.figure('rollback')).toHaveText('5m')
})

test('play steps through the ticks; broken YAML keeps the last timeline, dimmed', async ({ timeline, studio }) => {
  await timeline.root.getByRole('button', { name: 'Play through the ticks' }).click()
  await expect(timeline.position).toHaveText('T3 / 8')
  await timeline.root.getByRole('button', { name: 'Pause' }).click()
  await expect(timeline.root.getByRole('button', { name: 'Play through the ticks' })).toHaveAttribute('aria-pressed', 'false')

  await studio.yaml.replace('threshold: 3', 'threshold: 3:')
  await expect(timeline.root).toHaveClass(/is-stale/)
  await expect(timeline.summary).toContainText('weight rises 10 → 20 → 30 → 40 → 50 %')
  await studio.yaml.replace('threshold: 3:', 'threshold: 3')
  await expect(timeline.root).not.toHaveClass(/is-stale/)
})
