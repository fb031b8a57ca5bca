import { encodeShareLink } from '../src/core/share/share-link.ts'
import { findTemplate } from '../src/core/templates/templates.ts'
import { expect, test } from './fixtures.ts'
import { Io } from './pages/Io.ts'

const configMap =
  '# kept as is\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings # trailing comment\ndata:\n  mode: "fast"\n'

test('Ctrl+S downloads the edited text byte for byte, as <name>.yaml', async ({ page, studio }) => {
  const io = new Io(page)
  await studio.yaml.replace('maxWeight: 50', 'maxWeight: 40 # ünïcode comment')
  const edited = await studio.yaml.text()
  expect(edited).toContain('maxWeight: 40 # ünïcode comment')
  await page.locator('.toolbar__brand').click()
  const file = await io.download(() => page.keyboard.press('ControlOrMeta+s'))
  expect(file.name).toBe('podinfo.yaml')
  expect(file.text).toBe(edited)
})

test('a two-document file keeps its second document on export', async ({ page, studio }) => {
  const io = new Io(page)
  const canary = await studio.yaml.text()
  const file = `${canary}---\n${configMap}`
  await io.openFile('podinfo-all.yaml', file)
  await expect.poll(() => studio.yaml.text()).toBe(file)
  await studio.form.fill('spec.analysis.maxWeight', '30')
  await expect.poll(() => studio.yaml.text()).toContain('maxWeight: 30')
  const everything = await io.download(() => io.exportMenu(/Download whole file/))
  expect(everything.name).toBe('podinfo-all.yaml')
  expect(everything.text.endsWith(`---\n${configMap}`)).toBe(true)
  expect(everything.text).toBe(await studio.yaml.text())
  const canaryOnly = await io.download(() => io.exportMenu('Download Canary'))
  expect(canaryOnly.text).not.toContain('ConfigMap')
  expect(canaryOnly.text).toContain('maxWeight: 30')
})

test('a file with two Canaries asks which one to edit; the form edits the chosen one', async ({ page, studio }) => {
  const io = new Io(page)
  const canary = await studio.yaml.text()
  const second = canary.replace('name: podinfo\n  namespace: test', 'name: backend\n  namespace: test')
  await io.openFile('two.yaml', `${canary}---\n${second}`)
  await expect(io.dialog).toContainText('Which Canary')
  await io.dialog.getByLabel('test / backend').check()
  await io.dialog.getByRole('button', { name: 'Edit this Canary' }).click()
  await expect(page.locator('.toolbar__doc')).toContainText('backend')
  await studio.form.fill('spec.analysis.maxWeight', '20')
  const text = await studio.yaml.text()
  expect(text.indexOf('maxWeight: 20')).toBeGreaterThan(text.indexOf('name: backend'))
  expect(text).toContain('maxWeight: 50')
})

test('a file that is not a Canary opens as it is, with a message saying so', async ({ page, studio }) => {
  const io = new Io(page)
  await io.paste(configMap)
  await expect.poll(() => studio.yaml.text()).toBe(configMap)
  await expect(io.notice).toContainText('There is no Canary in this file')
})

test('a binary file is refused with the reason and changes nothing', async ({ page, studio }) => {
  const io = new Io(page)
  const before = await studio.yaml.text()
  await page
    .getByTestId('import-file-input')
    .setInputFiles({
      name: 'x.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0xc3]),
    })
  await expect(io.notice).toContainText('not UTF-8 text')
  expect(await studio.yaml.text()).toBe(before)
})

test('a broken file opens in the editor with its error; a click on the error in Problems puts the cursor there to fix it', async ({
  page,
  studio,
}) => {
  const io = new Io(page)
  const good = await studio.yaml.text()
  const broken = good.replace('    threshold: 3\n', '    threshold: [3\n')
  await io.openFile('broken.yaml', broken)
  await expect.poll(() => studio.yaml.text()).toBe(broken)
  await expect(io.notice).toContainText('not valid YAML')
  await expect(studio.form.banner).toBeVisible()
  await page.getByRole('tab', { name: 'Problems' }).click()
  const problem = page.getByRole('region', { name: 'Errors' }).locator('.problem').first()
  const where = (await problem.locator('.problem__where').textContent())?.trim() ?? ''
  const [line] = where.split(':').map(Number)
  expect(line).toBeGreaterThan(0)
  await studio.yaml.replace('apiVersion: flagger', 'apiVersion: flagger') // park the cursor at the top
  await problem.locator('.problem__main').click()
  await expect.poll(() => studio.yaml.cursorLine()).toBe(line)
  for (const [width, height] of [
    [1366, 768],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: `test-results/shots/broken-open-${width}.png` })
  }
  // Back to the wide layout, where the editor is beside the form (below 1600 px it is behind the YAML tab).
  await page.setViewportSize({ width: 1600, height: 1000 })
  // The layout changed around the editor: wait until it is back in place before typing into it.
  await studio.yaml.waitUntilReady()
  await expect(studio.yaml.root).toBeVisible()
  // Fix it in the editor: the form comes back editable.
  await studio.yaml.replace('threshold: [3', 'threshold: 3')
  await expect(studio.form.banner).toBeHidden()
  await expect(studio.form.field('spec.analysis.threshold')).toBeEnabled()
})

test('a share link made in Node opens that document', async ({ page, studio }) => {
  const shared = `# shared ✓ comment\n${(await studio.yaml.text()).replace('name: podinfo\n  namespace: test', 'name: shared-app\n  namespace: test')}`
  const link = await encodeShareLink(shared)
  if (!link.ok) throw new Error(link.message)
  await page.goto('about:blank')
  await page.goto(`/?testHooks${link.hash}`)
  await studio.yaml.waitUntilReady()
  await expect.poll(() => studio.yaml.text()).toBe(shared)
  expect(new URL(page.url()).hash).toBe('')
})

test('a share link over a different autosaved draft asks first', async ({ page, studio }) => {
  const io = new Io(page)
  await studio.yaml.replace('maxWeight: 50', 'maxWeight: 45')
  const draft = await studio.yaml.text()
  const link = await encodeShareLink(findTemplate('blue-green')!.text)
  if (!link.ok) throw new Error(link.message)
  await page.goto('about:blank')
  await page.goto(`/?testHooks${link.hash}`)
  await studio.yaml.waitUntilReady()
  await expect(io.dialog).toContainText('replaces your autosaved draft')
  await io.dialog.getByRole('button', { name: 'Keep current' }).click()
  expect(await studio.yaml.text()).toBe(draft)
})

test('reload restores the autosaved text', async ({ page, studio }) => {
  await studio.yaml.replace('maxWeight: 50', 'maxWeight: 35')
  const edited = await studio.yaml.text()
  await page.reload()
  await studio.yaml.waitUntilReady()
  await expect.poll(() => studio.yaml.text()).toBe(edited)
})

test('a corrupt autosave entry is ignored with a notice and start-up goes on', async ({ page, studio }) => {
  const io = new Io(page)
  const sample = await studio.yaml.text()
  await page.evaluate(() => localStorage.setItem('canary-studio:draft', '{"app":"canary-studio","version":1,"te'))
  await page.reload()
  await studio.yaml.waitUntilReady()
  await expect(io.notice).toContainText('damaged and has been ignored')
  expect(await studio.yaml.text()).toBe(sample)
})

test('choosing a template loads it; over edits it asks first', async ({ page, studio }) => {
  const io = new Io(page)
  const abTesting = findTemplate('ab-testing')!.text
  await io.chooseTemplate('ab-testing')
  await expect.poll(() => studio.yaml.text()).toBe(abTesting)
  await studio.yaml.replace('iterations: 10', 'iterations: 12')
  await io.chooseTemplate('blue-green')
  await expect(io.dialog).toContainText('Replace the current document?')
  await io.dialog.getByRole('button', { name: 'Replace' }).click()
  await expect.poll(() => studio.yaml.text()).toBe(findTemplate('blue-green')!.text)
})

test('undo and redo from the keyboard outside the editor cover form edits', async ({ page, studio }) => {
  await studio.form.fill('spec.analysis.maxWeight', '60')
  await expect.poll(() => studio.yaml.text()).toContain('maxWeight: 60')
  await page.locator('.toolbar__brand').click()
  await page.keyboard.press('ControlOrMeta+z')
  await expect.poll(() => studio.yaml.text()).toContain('maxWeight: 50')
  await page.keyboard.press('ControlOrMeta+Shift+z')
  await expect.poll(() => studio.yaml.text()).toContain('maxWeight: 60')
})

test('undo from the keyboard leaves the document alone while a dialog is open', async ({ page, studio }) => {
  const io = new Io(page)
  await studio.form.fill('spec.analysis.maxWeight', '60')
  await expect.poll(() => studio.yaml.text()).toContain('maxWeight: 60')
  await page.getByRole('button', { name: 'New', exact: true }).click()
  await expect(io.dialog).toBeVisible()
  await page.keyboard.press('ControlOrMeta+z')
  await page.keyboard.press('Escape')
  await expect(io.dialog).toHaveCount(0)
  expect(await studio.yaml.text()).toContain('maxWeight: 60')
})
