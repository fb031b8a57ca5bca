import { expect, test } from './fixtures.ts'

test('hovering a field shows its explanation from the catalog', async ({ page, studio }) => {
  const row = studio.form.root.locator('[data-path="spec.analysis.interval"]')
  const doc = row.getByRole('tooltip')
  await expect(doc).toBeHidden()
  await row.locator('input').hover()
  await expect(doc).toBeVisible()
  await expect(doc).toContainText('Time between two analysis ticks')
  await page.mouse.move(0, 0)
  await expect(doc).toBeHidden()
  await row.locator('input').focus()
  await expect(doc).toBeVisible()
})

test('adding a webhook in the form adds it to the YAML with every comment intact', async ({ studio }) => {
  const before = await studio.yaml.text()
  const comments = before.split('\n').filter((line) => line.trim().startsWith('#'))
  expect(comments.length).toBeGreaterThan(3)
  const webhooks = studio.form.root.locator('[data-path="spec.analysis.webhooks"]')
  await webhooks.getByRole('button', { name: '+ Add webhook' }).click()
  await webhooks.getByRole('menuitem', { name: /^rollout/ }).click()
  await expect.poll(() => studio.yaml.text()).toContain('name: webhook-3')
  const after = await studio.yaml.text()
  for (const comment of comments) expect(after).toContain(comment)
  await expect(webhooks.locator('.card__title')).toHaveText(['acceptance-test', 'load-test', 'webhook-3'])
  // The new card opens by itself and is edited in place: give it a URL.
  await studio.form.fill('spec.analysis.webhooks[2].url', 'http://smoke.test/')
  await expect.poll(() => studio.yaml.text()).toContain('url: http://smoke.test/')
  // Reorder: move it up above load-test.
  await webhooks.getByRole('button', { name: 'Move webhook-3 up' }).click()
  await expect(webhooks.locator('.card__title')).toHaveText(['acceptance-test', 'webhook-3', 'load-test'])
})

test('removing every webhook leaves no row behind, and one can be added back and typed into', async ({
  page,
  studio,
}) => {
  const webhooks = studio.form.root.locator('.object-list[data-path="spec.analysis.webhooks"]')
  await webhooks.getByRole('button', { name: 'Remove load-test' }).click()
  await webhooks.getByRole('button', { name: 'Remove acceptance-test' }).click()
  await expect(webhooks.locator('.card-row')).toHaveCount(0)
  await expect(webhooks.locator('.object-list__count')).toHaveText('none')
  expect(await studio.yaml.text()).not.toContain('acceptance-test')
  await webhooks.getByRole('button', { name: '+ Add webhook' }).click()
  await webhooks.getByRole('menuitem', { name: /^pre-rollout/ }).click()
  await expect(webhooks.locator('.card__title')).toHaveText(['webhook-1'])
  // The keyboard is in the new card's name: typing renames it in the YAML as it is typed.
  await expect(page.locator('#field-spec_analysis_webhooks_0__name')).toBeFocused()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('smoke-test')
  await expect.poll(() => studio.yaml.text()).toContain('name: smoke-test')
  await expect(webhooks.locator('.card__title')).toHaveText(['smoke-test'])
  expect(await studio.yaml.text()).toContain('type: pre-rollout')
  await expect(page.getByText('could not be edited safely')).toHaveCount(0)
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.screenshot({ path: 'test-results/shots/webhook-added-1366.png' })
})

test('keyboard only: a blank Canary, then the field search reaches threshold', async ({ page, studio }) => {
  await page.getByRole('button', { name: 'New', exact: true }).focus()
  await page.keyboard.press('Enter')
  const blank = page.locator('dialog[open] [data-template="blank"]')
  await blank.focus()
  await page.keyboard.press('Enter')
  await expect.poll(() => studio.yaml.text()).toContain('name: my-app')
  await page.locator('.toolbar__brand').focus()
  await page.keyboard.press('/')
  await expect(page.getByRole('combobox', { name: 'Find a field' })).toBeFocused()
  await page.keyboard.type('thresh')
  await expect(page.getByRole('option').first()).toContainText('spec.analysis.threshold')
  await page.keyboard.press('Enter')
  const threshold = page.locator('#field-spec_analysis_threshold')
  await expect(threshold).toBeFocused()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('8')
  await expect.poll(() => studio.yaml.text()).toContain('threshold: 8')
  await expect(threshold).toHaveAttribute('data-path', 'spec.analysis.threshold')
  for (const [width, height] of [
    [1366, 768],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('/')
    await page.keyboard.type('web')
    await page.screenshot({ path: `test-results/shots/blank-search-${width}.png` })
    await page.keyboard.press('Escape')
  }
})
