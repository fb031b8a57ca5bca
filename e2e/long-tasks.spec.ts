import type { Page } from '@playwright/test'
import { encodeShareLink } from '../src/core/share/share-link.ts'
import {
  billionIterationsDocument,
  catastrophicHeader,
  catastrophicRegexDocument,
  longQueryDocument,
  manyKeysDocument,
} from '../src/test-support/hostile-inputs.ts'
import { expect, test } from './fixtures.ts'
import { Panels } from './pages/Panels.ts'

// Issue #18's bound: on these inputs no task holds the page's main thread longer than 200 ms, so a click or a key
// is always answered. Chromium's long-task entries (tasks over 50 ms) are read back from the page.
const longestAllowedMs = 200

type ObservedWindow = Window & { __longTasks?: number[] }

/** From now on, records every long task's duration in the page. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as ObservedWindow
    w.__longTasks = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks?.push(Math.round(entry.duration))
    }).observe({ type: 'longtask' })
  })
}

async function longTasks(page: Page): Promise<number[]> {
  // A task still running now is reported when it ends: let a frame pass first.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))))
  return page.evaluate(() => (window as ObservedWindow).__longTasks ?? [])
}

async function open(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByTestId('import-file-input')
    .setInputFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) })
}

async function waitForAnalysis(page: Page): Promise<void> {
  await expect(page.getByRole('status')).toContainText('YAML valid', { timeout: 60_000 })
}

test.describe('big and hostile inputs keep every main-thread task under 200 ms', () => {
  test.slow()

  test('opening a 4.8 MB file of 100,000 keys', async ({ studio, page }) => {
    const text = manyKeysDocument(100_000)
    await watchLongTasks(page)
    await open(page, 'many-keys.yaml', text)
    await expect(page.getByRole('status')).toContainText('analysing large document', { timeout: 30_000 })
    await waitForAnalysis(page)
    await expect(studio.form.root.locator('[data-path="metadata.annotations"]')).toBeVisible()
    expect((await studio.yaml.text()).length).toBe(text.length)
    expect(Math.max(0, ...(await longTasks(page)))).toBeLessThanOrEqual(longestAllowedMs)
  })

  test('the Metrics panel on a query of 80,000 template actions', async ({ studio, page }) => {
    await open(page, 'long-query.yaml', longQueryDocument(80_000))
    await waitForAnalysis(page)
    await watchLongTasks(page)
    const panels = new Panels(page)
    await panels.open('Metrics')
    const card = panels.metric('huge-query')
    await expect(card.getByTestId('metric-query')).toContainText('podinfo')
    await expect(card.getByTestId('metric-query-cut')).toHaveText(
      'Showing the first 10,000 of 519,999 characters; Copy copies the whole query.',
    )
    expect(Math.max(0, ...(await longTasks(page)))).toBeLessThanOrEqual(longestAllowedMs)
    void studio
  })

  test('tracing a request against a catastrophic match regex', async ({ studio, page }) => {
    await open(page, 'regex.yaml', catastrophicRegexDocument())
    await waitForAnalysis(page)
    await watchLongTasks(page)
    const panels = new Panels(page)
    await panels.open('Try a request')
    await panels.addHeader('x-canary', catastrophicHeader)
    await expect(panels.explanation).toContainText('x-canary')
    await panels.expectShares(['podinfo-primary 100'])
    expect(Math.max(0, ...(await longTasks(page)))).toBeLessThanOrEqual(longestAllowedMs)
    void studio
  })

  test('a share link of a billion iterations and 3,000 webhooks', async ({ studio, page }) => {
    const link = await encodeShareLink(billionIterationsDocument(3000))
    expect(link.ok).toBe(true)
    if (!link.ok) return
    await page.addInitScript(() => {
      const w = window as ObservedWindow
      w.__longTasks = []
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks?.push(Math.round(entry.duration))
      }).observe({ type: 'longtask' })
    })
    await page.goto(`/?testHooks${link.hash}`)
    await studio.yaml.waitUntilReady()
    await waitForAnalysis(page)
    await expect(page.getByRole('region', { name: 'Rollout timeline' })).toContainText(/cut|stopped|bound/i)
    expect(Math.max(0, ...(await longTasks(page)))).toBeLessThanOrEqual(longestAllowedMs)
  })
})
