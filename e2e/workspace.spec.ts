import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures.ts'

test('the workspace resizes from the keyboard, switches theme, and has no serious accessibility problems', async ({
  studio,
  page,
}) => {
  // axe walks the whole DOM: on a loaded 2-core CI machine that alone can take tens of seconds.
  test.slow()
  const formResizer = page.getByRole('separator', { name: 'Resize form' })
  const width = Number(await formResizer.getAttribute('aria-valuenow'))
  await formResizer.focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(formResizer).toHaveAttribute('aria-valuenow', String(width + 32))
  const formBox = await studio.form.root.boundingBox()
  expect(Math.round(formBox?.width ?? 0)).toBe(width + 32)

  const html = page.locator('html')
  const before = await html.getAttribute('data-theme')
  await page.getByRole('button', { name: /Switch to (light|dark) theme/ }).click()
  await expect(html).not.toHaveAttribute('data-theme', before ?? '')

  const results = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})

test('a quick fix from the Problems panel or the editor light bulb edits the YAML and can be undone', async ({
  studio,
  page,
}) => {
  // Two fix flows and an undo, each waiting on Monaco: more than one plain test's budget on a busy machine.
  test.slow()
  await page.getByRole('button', { name: 'Add mesh' }).click()
  await expect.poll(() => studio.yaml.text()).toMatch(/- istio-system\/public-gateway\n\s+- mesh\n/)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => studio.yaml.text()).not.toContain('- mesh')

  // The same fix from the editor's light bulb (Ctrl/Cmd+.) on the gateways line.
  await studio.yaml.replace('gateways:', 'gateways:')
  await page.keyboard.press('ControlOrMeta+.')
  await page.locator('.action-widget').getByText('Add mesh').click()
  await expect.poll(() => studio.yaml.text()).toMatch(/- istio-system\/public-gateway\n\s+- mesh\n/)
})
