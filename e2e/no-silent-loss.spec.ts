import type { Page } from '@playwright/test'
import { encodeShareLink } from '../src/core/share/share-link.ts'
import { findTemplate } from '../src/core/templates/templates.ts'
import { DRAFT_KEY, saveDraft } from '../src/store/autosave.ts'
import { TAB_ID_KEY } from '../src/store/tab-drafts.ts'
import { manyKeysDocument } from '../src/test-support/hostile-inputs.ts'
import { expect, test } from './fixtures.ts'
import { Io } from './pages/Io.ts'
import { Panels } from './pages/Panels.ts'
import { YamlPane } from './pages/YamlPane.ts'

async function shareHash(text: string): Promise<string> {
  const link = await encodeShareLink(text)
  if (!link.ok) throw new Error(link.message)
  return link.hash
}

test('a #yaml= link pasted into the address bar after a reload asks before replacing the restored draft', async ({
  page,
  studio,
}) => {
  const io = new Io(page)
  await studio.yaml.replace('maxWeight: 50', 'maxWeight: 45')
  const draft = await studio.yaml.text()
  await page.reload()
  await studio.yaml.waitUntilReady()
  await expect.poll(() => studio.yaml.text()).toBe(draft)
  const hash = await shareHash(findTemplate('blue-green')!.text)
  await page.evaluate((h) => (window.location.hash = h), hash)
  await expect(io.dialog).toContainText('replaces your autosaved draft')
  await io.dialog.getByRole('button', { name: 'Keep current' }).click()
  expect(await studio.yaml.text()).toBe(draft)
  // Open and templates ask too: the restored draft has no undo to bring it back.
  await io.chooseTemplate('ab-testing')
  await expect(io.dialog).toContainText('replaces your autosaved draft')
  await io.dialog.getByRole('button', { name: 'Keep current' }).click()
  expect(await studio.yaml.text()).toBe(draft)
})

test('CRLF line ends and a byte-order mark survive Open, editor and form edits, and export byte for byte', async ({
  page,
  studio,
}) => {
  const io = new Io(page)
  const lf = await studio.yaml.text()
  const windowsFile = `\uFEFF${lf.replace(/\n/g, '\r\n')}`
  await io.openFile('windows.yaml', windowsFile)
  await expect.poll(() => studio.yaml.text()).toBe(lf)
  await studio.yaml.replace('maxWeight: 50', 'maxWeight: 40')
  await studio.form.fill('spec.analysis.threshold', '7')
  await expect.poll(() => studio.yaml.text()).toContain('threshold: 7')
  const file = await io.download(() => io.exportMenu(/Download Canary/))
  const expected = windowsFile.replace('maxWeight: 50', 'maxWeight: 40').replace(/threshold: \d+/, 'threshold: 7')
  expect(file.text).toBe(expected)
})

test('the Paste dialog keeps the clipboard text’s CRLF line ends', async ({ page, studio, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const io = new Io(page)
  const crlf = (await studio.yaml.text()).replace('maxWeight: 50', 'maxWeight: 30').replace(/\n/g, '\r\n')
  await page.evaluate((t) => navigator.clipboard.writeText(t), crlf)
  await page.getByRole('button', { name: 'Paste…' }).click()
  await page.getByLabel('YAML to open').focus()
  await page.keyboard.press('ControlOrMeta+v')
  await expect(page.getByLabel('YAML to open')).toHaveValue(crlf.replace(/\r\n/g, '\n'))
  await io.dialog.getByRole('button', { name: 'Open', exact: true }).click()
  await expect.poll(() => studio.yaml.text()).toContain('maxWeight: 30')
  const file = await io.download(() => io.exportMenu(/Download Canary/))
  expect(file.text).toBe(crlf)
})

test('a control character is an error in Problems and never reaches the clipboard', async ({
  page,
  studio,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const io = new Io(page)
  const withEscape = (await studio.yaml.text()).replace(
    '  name: podinfo\n',
    '  name: podinfo\n  annotations:\n    note: |\n      \u001b[201~\n      echo pwned\n',
  )
  await io.openFile('escape.yaml', withEscape)
  await expect.poll(() => studio.yaml.text()).toContain('echo pwned')
  const panels = new Panels(page)
  await panels.open('Problems')
  await expect(panels.root).toContainText('U+001B (ESC) is not allowed in YAML')
  await page.evaluate(() => navigator.clipboard.writeText('before'))
  await io.exportMenu('Copy as kubectl apply command')
  await expect(io.notice).toContainText('Not copied')
  await expect(io.notice).toContainText('U+001B (ESC)')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before')
})

/** Opens the app in a new tab of the same browser (shared localStorage, its own sessionStorage). */
async function openTab(page: Page): Promise<{ tab: Page; yaml: YamlPane }> {
  const tab = await page.context().newPage()
  await tab.goto('/?testHooks')
  const yaml = new YamlPane(tab)
  await yaml.waitUntilReady()
  return { tab, yaml }
}

test('two tabs keep both drafts: the second tab’s autosave no longer replaces the first’s', async ({
  page,
  studio,
}) => {
  test.slow() // three tabs and two reloads
  await studio.yaml.replace('maxWeight: 50', 'maxWeight: 45')
  const first = await studio.yaml.text()
  await page.waitForTimeout(600) // the autosave writes after 400 ms of quiet
  const second = await openTab(page)
  await expect.poll(() => second.yaml.text()).toBe(first)
  await second.yaml.replace('maxWeight: 45', 'maxWeight: 25')
  const secondText = await second.yaml.text()
  // The first tab sees the second save over its draft, keeps its own from now on and says so.
  const io = new Io(page)
  await expect(io.notice).toContainText('open in another tab too')
  await studio.yaml.replace('maxWeight: 45', 'maxWeight: 44')
  const firstText = await studio.yaml.text()
  await page.waitForTimeout(600)
  await page.reload()
  await studio.yaml.waitUntilReady()
  await expect.poll(() => studio.yaml.text()).toBe(firstText)
  await second.tab.reload()
  await second.yaml.waitUntilReady()
  await expect.poll(() => second.yaml.text()).toBe(secondText)
  // A third tab starts from the shared draft and offers the first tab's under New.
  const third = await openTab(page)
  await expect.poll(() => third.yaml.text()).toBe(secondText)
  await third.tab.getByRole('button', { name: 'New', exact: true }).click()
  const drafts = third.tab.getByRole('region', { name: 'Autosaved drafts from other tabs' })
  await expect(drafts.getByRole('button')).toHaveCount(1)
  await drafts.getByRole('button').click()
  await third.tab.locator('dialog[open]').getByRole('button', { name: 'Replace' }).click()
  await expect.poll(() => third.yaml.text()).toBe(firstText)
  await third.tab.close()
  await second.tab.close()
})

/** The stored entry autosave would write for `text` (built by the app's own saveDraft). */
function draftEntry(text: string, tab?: string): string {
  let entry = ''
  const storage = {
    getItem: () => null,
    removeItem: () => {},
    setItem: (_key: string, value: string) => (entry = value),
  }
  saveDraft(storage, text, new Date(), { key: DRAFT_KEY, ...(tab === undefined ? {} : { tab }) })
  return entry
}

test('a large autosaved draft is offered, not opened, at every start, and opens when asked', async ({
  page,
  studio,
}) => {
  test.slow() // three starts and a 1.4 MB document
  const io = new Io(page)
  const sample = await studio.yaml.text()
  const large = manyKeysDocument(30_000)
  // Saved as this tab's own autosave would be: the write reaches the reloaded page as a storage event (its delivery
  // races the reload), and a draft of another tab under the shared key would rightly move this tab to a key of its own.
  const tab = await page.evaluate((key) => sessionStorage.getItem(key), TAB_ID_KEY)
  await page.evaluate(({ key, entry }) => localStorage.setItem(key, entry), {
    key: DRAFT_KEY,
    entry: draftEntry(large, tab ?? undefined),
  })
  await page.reload()
  await studio.yaml.waitUntilReady()
  await expect(io.largeDraftOffer).toContainText(`(${(large.length / 1e6).toFixed(1)} MB, saved`)
  expect(await studio.yaml.text()).toBe(sample)
  await io.largeDraftOffer.getByRole('button', { name: 'Keep it for later' }).click()
  await expect(io.largeDraftOffer).toBeHidden()
  await expect(io.notice).toContainText('Your large draft is kept')
  // Kept, not dropped: the next start offers it again, and New lists it with its size.
  await page.reload()
  await studio.yaml.waitUntilReady()
  await expect(io.largeDraftOffer).toBeVisible()
  expect(await studio.yaml.text()).toBe(sample)
  await page.getByRole('button', { name: 'New', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Autosaved drafts from other tabs' })).toContainText('A large draft')
  await page.keyboard.press('Escape')
  await io.largeDraftOffer.getByRole('button', { name: 'Open it' }).click()
  await expect
    .poll(() => studio.yaml.measure('    key-29999: "'), { timeout: 30_000 })
    .toEqual({
      length: large.length,
      hasNeedle: true,
    })
  await expect(io.largeDraftOffer).toBeHidden()
  // Opened, it stays where it was set aside (moving megabytes in localStorage is one long synchronous write) until
  // this tab saves the document, which for a text this large happens when the tab is hidden or left: under a
  // set-aside key of the tab's own, replacing the one opened.
  const drafts = () =>
    page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('canary-studio:draft'))
        .map((k) => [k, localStorage.getItem(k)?.length ?? 0] as const),
    )
  const [opened, ...others] = await drafts()
  expect(others).toEqual([])
  await page.reload()
  await studio.yaml.waitUntilReady()
  await expect(io.largeDraftOffer).toBeVisible()
  const [saved, ...more] = await drafts()
  expect(more).toEqual([])
  expect(saved?.[0]).not.toBe(opened?.[0])
  expect(saved?.[0]).toMatch(/^canary-studio:draft:set-aside:/)
  expect(saved?.[1]).toBeGreaterThan(large.length)
})
