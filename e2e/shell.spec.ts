import { expect, test } from '@playwright/test'

// The entry is only the app shell; the studio chunk (parser, analysis, views) loads right after it.
test('the app shell paints the workspace frame first, then the studio replaces it', async ({ page }) => {
  let releaseStudio = () => {}
  const studioHeld = new Promise<void>((resolve) => (releaseStudio = resolve))
  await page.route(/\/assets\/start-studio-[^/]*\.js$/, async (route) => {
    await studioHeld
    await route.continue()
  })
  await page.goto('/')
  const frame = page.locator('.workspace--loading')
  await expect(frame).toHaveAttribute('aria-busy', 'true')
  for (const pane of ['Form', 'Traffic', 'Rollout timeline', 'YAML']) {
    await expect(frame.getByRole('region', { name: pane })).toContainText('Loading…')
  }
  releaseStudio()
  await expect(frame).toHaveCount(0)
  await expect(
    page.getByRole('region', { name: 'Form' }).locator('[data-path="spec.analysis.maxWeight"] input'),
  ).toHaveValue('50')
})

test('when the studio cannot be loaded, the shell says why and offers a reload', async ({ page }) => {
  await page.route(/\/assets\/start-studio-[^/]*\.js$/, (route) => route.abort('connectionrefused'))
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Canary Studio could not load')
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible()
  await page.unroute(/\/assets\/start-studio-[^/]*\.js$/)
  await alert.getByRole('button', { name: 'Reload' }).click()
  await expect(
    page.getByRole('region', { name: 'Form' }).locator('[data-path="spec.analysis.maxWeight"] input'),
  ).toHaveValue('50')
})
