import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures.ts'

// workspace.spec.ts checks the default theme; this checks the other one, and that Tab reaches every pane.
test('the other theme has no serious accessibility problems, and Tab with the skip links reaches the form, diagram, timeline and YAML', async ({ studio, page }) => {
  test.slow()
  await page.getByRole('button', { name: /Switch to (light|dark) theme/ }).click()
  const results = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])

  // The form alone has hundreds of controls, so keyboard users jump between panes with the skip links.
  const panes = [
    ['Skip to form', 'Form'],
    ['Skip to traffic diagram', 'Traffic'],
    ['Skip to rollout timeline', 'Rollout timeline'],
    ['Skip to YAML editor', 'YAML'],
  ] as const
  // The skip links come right before the toolbar in Tab order: Shift+Tab from its first button reaches them.
  await page.getByRole('button', { name: 'New' }).first().focus()
  let reachedFirst = false
  for (let i = 0; i < 8 && !reachedFirst; i++) {
    await page.keyboard.press('Shift+Tab')
    reachedFirst = await page.evaluate(() => document.activeElement?.textContent === 'Skip to form')
  }
  expect(reachedFirst, 'Shift+Tab from the toolbar reaches "Skip to form"').toBe(true)
  for (const [link, pane] of panes) {
    await page.getByRole('button', { name: link }).focus()
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.evaluate((label) => document.activeElement?.closest(`[aria-label="${label}"]`) !== null, pane))
      .toBe(true)
  }
  void studio
})
