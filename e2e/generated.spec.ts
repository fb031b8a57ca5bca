import { expect, test } from './fixtures.ts'
import { Io } from './pages/Io.ts'

test('the Generated panel shows the VirtualService at the default tick with the canary at 10%', async ({ page, studio, context }) => {
  const io = new Io(page)
  await io.openGenerated()
  await expect(page.getByTestId('generated-tick')).toContainText('canary 10%')
  await expect.poll(() => io.generatedText()).toContain('kind: VirtualService')
  const stream = await io.generatedText()
  const virtualService = stream.slice(stream.indexOf('kind: VirtualService'))
  expect(virtualService).toMatch(/weight: 10\n/)
  expect(virtualService).toMatch(/weight: 90\n/)

  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.getByRole('button', { name: 'Copy for istioctl analyze' }).click()
  await expect(io.notice).toContainText('Copied the generated resources')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(stream)

  // A form edit flows through: the generated host list follows service.hosts.
  await studio.form.addListItem('spec.service.hosts', 'shop.example.com')
  await expect.poll(() => io.generatedText()).toContain('- shop.example.com')
})

test('clicking a generated field and "Show source" selects the Canary field that produced it', async ({ page, studio }) => {
  const io = new Io(page)
  await io.openGenerated()
  await expect.poll(() => io.generatedText()).toContain('kind: VirtualService')
  // Put the generated editor's cursor on the first VirtualService host through the keyboard-free path: a click on its line.
  const editor = page.getByTestId('generated-editor')
  await editor.locator('.view-lines').click()
  await page.keyboard.press('ControlOrMeta+f')
  await page.keyboard.insertText('app.example.com')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await expect(page.locator('.generated__source')).toContainText('spec.service.hosts[0]')
  await page.getByRole('button', { name: 'Show source' }).click()
  // The Canary field is selected in the YAML editor (the form field takes the keyboard, as for a chosen problem).
  const cursorLine = () =>
    page.evaluate(() => (window as { __canaryStudioEditor?: { cursorLine: () => string } }).__canaryStudioEditor?.cursorLine() ?? '')
  await expect.poll(cursorLine).toContain('app.example.com')
  void studio
})
