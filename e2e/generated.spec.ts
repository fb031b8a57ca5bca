import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test } from './fixtures.ts'
import { Io } from './pages/Io.ts'

test('the Generated panel shows the VirtualService at the default tick with the canary at 10%', async ({
  page,
  studio,
  context,
}) => {
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

test('clicking a generated field and "Show source" selects the Canary field that produced it', async ({
  page,
  studio,
}) => {
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
    page.evaluate(
      () =>
        (window as { __canaryStudioEditor?: { cursorLine: () => string } }).__canaryStudioEditor?.cursorLine() ?? '',
    )
  await expect.poll(cursorLine).toContain('app.example.com')
  void studio
})

test('a pasted file with the apex Service and the Deployment: the Service is adopted, the selector label read from the Deployment', async ({
  page,
  studio,
}) => {
  await studio.yaml.waitUntilReady()
  const io = new Io(page)
  const text = readFileSync(
    fileURLToPath(new URL('../src/test-support/adopted/podinfo-adopted.yaml', import.meta.url)),
    'utf8',
  )
  await io.paste(text)
  await io.openGenerated()
  await expect.poll(() => io.generatedText()).toContain('nodePort: 30080')
  const stream = await io.generatedText()
  const apex = stream.slice(stream.indexOf('\n  name: podinfo\n'), stream.indexOf('kind: DestinationRule'))
  expect(apex).toContain('team: storefront')
  expect(apex).toContain('type: NodePort')
  expect(apex).toContain('app.kubernetes.io/name: podinfo-primary')
  expect(apex).not.toContain('ownerReferences')
  const findings = page.locator('.generated__findings')
  await expect(findings).toContainText('Service podinfo (document 2 of this file) is adopted')
  await expect(findings).toContainText('from the spec.selector.matchLabels of Deployment podinfo')
  await expect(findings).not.toContainText('the Deployment is not in this file')
})
