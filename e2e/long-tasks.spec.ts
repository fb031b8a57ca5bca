import type { Page } from '@playwright/test'
import { encodeShareLink } from '../src/core/share/share-link.ts'
import { markNextPaste, readLongTasks, recordLongTasks, splitAtEvent } from '../src/test-support/long-task-spans.ts'
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
/** A fresh start counts the app's own start-up tasks too (see the start-up test). */
const startupAllowedMs = 300

/**
 * Reading a pasted 4.8 MB text off the clipboard is the browser's work, in the paste's own task (its getData alone
 * is ~115 ms here): that one task is held to this instead. Monaco's own paste held it for 590–650 ms.
 */
const clipboardReadAllowedMs = 300

type HookedWindow = Window & { __canaryStudioEditor?: { getTextLength: () => number } }

const watchLongTasks = (page: Page) => page.evaluate(recordLongTasks)

/** Every long task since watchLongTasks is at most `bound` ms (the message lists them all). */
async function expectNoTaskOver(page: Page, bound: number): Promise<void> {
  const tasks = await longTasks(page)
  const listed = tasks.join(', ') || 'none'
  test.info().annotations.push({ type: 'long tasks (ms)', description: listed })
  // Printed too, so CI's log shows how close each run came to the bound.
  console.log(`long tasks (ms), bound ${bound}: ${listed}`)
  expect(Math.max(0, ...tasks), `long tasks: ${listed} ms`).toBeLessThanOrEqual(bound)
}

async function longTasks(page: Page): Promise<number[]> {
  // A task still running now is reported when it ends: let a frame pass first.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))))
  const { spans } = await page.evaluate(readLongTasks)
  return spans.map(([, duration]) => Math.round(duration))
}

/**
 * Opens `text` as a file through the Open… input. The file is built in the page first: handing Playwright a 5 MB
 * buffer (setInputFiles) runs a long task of its own in the page, which would be counted against the app.
 */
async function open(page: Page, name: string, text: string, watch = false): Promise<void> {
  await page.evaluate(
    ([t, n]) => {
      const files = new DataTransfer()
      files.items.add(new File([t], n, { type: 'application/yaml' }))
      const input = document.querySelector<HTMLInputElement>('[data-testid="import-file-input"]')
      if (input) input.files = files.files
    },
    [text, name] as const,
  )
  if (watch) await watchLongTasks(page)
  await page.getByTestId('import-file-input').dispatchEvent('change')
}

/**
 * Waits, while tasks are watched, with one cheap selector per animation frame. Playwright's role and text queries
 * walk the whole DOM (the editor's and the form's too) and are long tasks of their own on a large document.
 */
async function waitFor(page: Page, selector: string, text: string | RegExp): Promise<void> {
  await page.waitForFunction(
    ([s, t, isRegExp]) => {
      const found = document.querySelector(s)?.textContent ?? ''
      return isRegExp ? new RegExp(t).test(found) : found.includes(t)
    },
    [selector, typeof text === 'string' ? text : text.source, typeof text !== 'string'] as const,
    { timeout: 60_000 },
  )
}

const waitForAnalysis = (page: Page) => waitFor(page, '.statusbar', 'YAML valid')

/** Lets what the load itself set going (autosave, tokenising) finish, so only the step under test is measured. */
const settle = (page: Page) => page.waitForTimeout(1500)

test.describe('big and hostile inputs keep every main-thread task under 200 ms', () => {
  test.slow()
  // One at a time (and, in playwright.config.ts, after every other spec): a test beside it would share the CPU.
  test.describe.configure({ mode: 'serial' })

  test('opening a 4.8 MB file of 100,000 keys', async ({ studio, page }) => {
    await page.setViewportSize({ width: 1366, height: 768 })
    const text = manyKeysDocument(100_000)
    await open(page, 'many-keys.yaml', text, true)
    await waitFor(page, '.statusbar', 'analysing large document')
    await waitForAnalysis(page)
    await waitFor(page, '.form', '99,950 more annotations not shown')
    // The editor is read-only while it takes the text in parts (fill-model.ts): every part is counted.
    await page.waitForFunction(() => !document.querySelector('.yaml-editor')?.hasAttribute('data-filling'))
    await expectNoTaskOver(page, longestAllowedMs)
    // Read after the tasks: handing 5 MB of editor text to the test is a long task of the test's own. The editor
    // takes a text this large in parts, so its length is polled until the last part is in.
    await expect
      .poll(() => studio.yaml.measure('    key-99999: "'), { timeout: 30_000 })
      .toEqual({
        length: text.length,
        hasNeedle: true,
      })
  })

  test('typing fast in the 4.8 MB document keeps every key', async ({ studio, page }) => {
    const text = manyKeysDocument(100_000)
    await open(page, 'many-keys.yaml', text)
    await waitFor(page, '.form', '99,950 more annotations not shown')
    await page.waitForFunction(() => !document.querySelector('.yaml-editor')?.hasAttribute('data-filling'))
    // Keys pressed back to back: none may be lost to the store's copy of the text coming back into the editor.
    await studio.yaml.replace('key-99999', 'k')
    await page.keyboard.type('wxyz')
    await waitFor(page, '.statusbar', 'YAML valid')
    await settle(page)
    const typed = text.replace('key-99999', 'kwxyz')
    await expect
      .poll(() => studio.yaml.measure('    kwxyz: "'), { timeout: 30_000 })
      .toEqual({
        length: typed.length,
        hasNeedle: true,
      })
  })

  test('pasting a 4.8 MB file over the text in the editor, and undoing it', async ({ studio, page, context }) => {
    const text = manyKeysDocument(100_000)
    const sample = await studio.yaml.text()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.evaluate((t) => navigator.clipboard.writeText(t), text)
    await settle(page)
    await page.locator('.yaml-editor .view-lines').click()
    await page.keyboard.press('ControlOrMeta+a')
    await watchLongTasks(page)
    await page.evaluate(markNextPaste)
    await page.keyboard.press('ControlOrMeta+v')
    await waitFor(page, '.form', '99,950 more annotations not shown')
    await page.waitForFunction(
      (n) => {
        const w = window as HookedWindow
        return w.__canaryStudioEditor?.getTextLength() === n && !document.querySelector('[data-filling]')
      },
      text.length,
      { polling: 100, timeout: 60_000 },
    )
    await settle(page)
    const observed = await page.evaluate(readLongTasks)
    const { during: pasting, others } = splitAtEvent(observed.spans, observed.pastedAt)
    console.log(`long tasks (ms): the paste's own ${pasting.join(', ') || 'none'}; then ${others.join(', ') || 'none'}`)
    expect(Math.max(0, ...pasting), 'the task reading the clipboard').toBeLessThanOrEqual(clipboardReadAllowedMs)
    expect(Math.max(0, ...others), `long tasks after it: ${others.join(', ')} ms`).toBeLessThanOrEqual(longestAllowedMs)
    await expect
      .poll(() => studio.yaml.measure('    key-99999: "'), { timeout: 30_000 })
      .toEqual({ length: text.length, hasNeedle: true })
    // One paste, one step of the store's history: the editor's undo brings the sample back.
    await page.keyboard.press('ControlOrMeta+z')
    await expect.poll(() => studio.yaml.text(), { timeout: 30_000 }).toBe(sample)
  })

  test('starting again after work on the 4.8 MB file: its draft is offered, not opened', async ({ studio, page }) => {
    const text = manyKeysDocument(100_000)
    await open(page, 'many-keys.yaml', text)
    await waitFor(page, '.form', '99,950 more annotations not shown')
    // Leaving saves the draft, in the page being left (localStorage is synchronous: one write of 4.8 MB, measured by
    // the bench). The page is left for a blank one first: a reload runs the leaving page's pagehide and the new
    // page's first script in one task, and the observer would count that write against the new page's start.
    await page.goto('about:blank')
    await page.addInitScript(recordLongTasks)
    await page.goto('/?testHooks')
    await studio.yaml.waitUntilReady()
    await waitFor(page, '.large-draft', '4.8 MB')
    await settle(page)
    await expectNoTaskOver(page, startupAllowedMs)
  })

  test('the Metrics panel on a query of 80,000 template actions', async ({ studio, page }) => {
    await open(page, 'long-query.yaml', longQueryDocument(80_000))
    await waitForAnalysis(page)
    await settle(page)
    await watchLongTasks(page)
    await page.locator('#tab-metrics').click()
    await waitFor(page, '[data-metric="huge-query"] [data-testid="metric-query"]', 'podinfo')
    await expectNoTaskOver(page, longestAllowedMs)
    const card = new Panels(page).metric('huge-query')
    await expect(card.getByTestId('metric-query-cut')).toHaveText(
      'Showing the first 10,000 of 519,999 characters; Copy copies the whole query.',
    )
    void studio
  })

  test('tracing a request against a catastrophic match regex', async ({ studio, page }) => {
    await open(page, 'regex.yaml', catastrophicRegexDocument())
    await waitForAnalysis(page)
    await settle(page)
    await watchLongTasks(page)
    const panels = new Panels(page)
    await panels.open('Try a request')
    await panels.addHeader('x-canary', catastrophicHeader)
    await expect(panels.explanation).toContainText('x-canary')
    await panels.expectShares(['podinfo-primary 100'])
    await expectNoTaskOver(page, longestAllowedMs)
    void studio
  })

  test('a share link of a billion iterations and 3,000 webhooks', async ({ studio, page }) => {
    const link = await encodeShareLink(billionIterationsDocument(3000))
    expect(link.ok).toBe(true)
    if (!link.ok) return
    // The link arrives as a new hash in the running app (a same-document navigation: no new page, so the observer
    // is started in this one; an init script would never run and the test would see no task at all).
    await settle(page)
    await watchLongTasks(page)
    await page.goto(`/?testHooks${link.hash}`)
    await waitFor(page, '.statusbar', 'strategy: blue-green')
    void studio
    await expect(page.getByRole('region', { name: 'Rollout timeline' })).toContainText(/cut|stopped|bound/i)
    await expectNoTaskOver(page, longestAllowedMs)
  })
})
