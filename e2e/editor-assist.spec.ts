import { expect, test } from './fixtures.ts'

test('completion in the editor offers stepWeight under analysis', async ({ page, studio }) => {
  // Schema completion leaves out keys already set, so take stepWeight away and ask for it back.
  await studio.yaml.replace('stepWeight: 10', 'step')
  await page.keyboard.press('Control+Space')
  const suggest = studio.yaml.root.locator('.suggest-widget')
  await expect(suggest).toBeVisible()
  await expect(
    suggest
      .locator('.monaco-list-row')
      .filter({ hasText: /^stepWeight/ })
      .first(),
  ).toBeVisible()
})
