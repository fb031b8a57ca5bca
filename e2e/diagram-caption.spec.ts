import { abTestingTemplate } from '../src/core/templates/ab-testing.ts'
import { expect, test } from './fixtures.ts'
import { Diagram } from './pages/Diagram.ts'
import { Panels } from './pages/Panels.ts'
import { Timeline } from './pages/Timeline.ts'

test('the traffic header names what its numbers are, for a weighted canary and for A/B', async ({ page, studio }) => {
  void studio
  const caption = page.getByTestId('traffic-caption')
  await expect(caption).toHaveText('T1 · weights at this tick: primary 90 % · canary 10 %')
  await new Diagram(page).load(abTestingTemplate)
  await expect(caption).toHaveText('T1 · matching requests → canary 100 %, all others → primary')
})

test('when an edit shortens the run under the chosen tick, the timeline and the diagram say which tick they now show', async ({
  page,
  studio,
}) => {
  const timeline = new Timeline(page)
  await timeline.press('End')
  await expect(timeline.position).toHaveText('T8 / 8')
  await expect(page.getByTestId('timeline-tick-notice')).toHaveCount(0)
  await studio.yaml.replace('maxWeight: 50', 'maxWeight: 20')
  const notice = page.getByTestId('timeline-tick-notice')
  await expect(notice).toHaveText(/^now showing T\d+, the last tick of the shorter run$/)
  const shown = /T(\d+)/.exec((await notice.textContent()) ?? '')?.[1]
  await expect(timeline.position).toHaveText(`T${shown} / ${shown}`)
  await expect(page.getByTestId('traffic-caption')).toHaveText(
    `now showing T${shown}, the last tick of the shorter run`,
  )
  // choosing a tick oneself clears the notice
  await timeline.press('Home')
  await expect(page.getByTestId('timeline-tick-notice')).toHaveCount(0)
  await expect(page.getByTestId('traffic-caption')).toHaveText(/^T0 · /)
})

test('in the dark theme the boxes off the traced request stay visible', async ({ page, studio }) => {
  void studio
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.setViewportSize({ width: 1440, height: 900 })
  await new Panels(page).open('Try a request')
  const diagram = new Diagram(page)
  const off = diagram.root.locator('.react-flow__node.trace-off').first()
  await expect(off).toBeVisible()
  expect(Number(await off.evaluate((e) => getComputedStyle(e).opacity))).toBeGreaterThanOrEqual(0.5)
  await expect(diagram.root.locator('.react-flow__node.trace-on').first()).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('traced-1440-dark.png') })
})
