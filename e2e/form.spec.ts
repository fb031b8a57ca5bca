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
  await expect.poll(() => studio.yaml.text()).toContain('name: webhook-3')
  const after = await studio.yaml.text()
  for (const comment of comments) expect(after).toContain(comment)
  await expect(webhooks.locator('.card__title')).toHaveText(['acceptance-test', 'load-test', 'webhook-3'])
  // The new card is edited in place: open it and give it a URL.
  const card = studio.form.root.locator('[data-path="spec.analysis.webhooks[2]"]')
  await card.locator('> summary').click()
  await studio.form.fill('spec.analysis.webhooks[2].url', 'http://smoke.test/')
  await expect.poll(() => studio.yaml.text()).toContain('url: http://smoke.test/')
  // Reorder: move it up above load-test.
  await webhooks.getByRole('button', { name: 'Move webhook-3 up' }).click()
  await expect(webhooks.locator('.card__title')).toHaveText(['acceptance-test', 'webhook-3', 'load-test'])
})
