import { podinfoCanaryYaml } from '../src/core/samples/podinfo.ts'
import { manyKeysDocument } from '../src/test-support/hostile-inputs.ts'
import { expect, test } from './fixtures.ts'
import type { Page } from '@playwright/test'

type HookedWindow = Window & { __canaryStudioEditor?: { setText: (text: string) => void } }

async function setText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => (window as HookedWindow).__canaryStudioEditor?.setText(t), text)
}

const annotations = 'metadata.annotations'

test('a map of 5,000 annotations shows its first 50 rows, more in steps, and edits reach the YAML', async ({
  studio,
  page,
}) => {
  await setText(page, manyKeysDocument(5000))
  const { form } = studio
  await expect(form.moreRow(annotations)).toContainText('4,950 more annotations not shown')
  await expect(form.mapKeys(annotations)).toHaveCount(50)
  await expect(form.mapKeys(annotations).last()).toHaveText('key-49')

  await form.moreRow(annotations).getByRole('button', { name: 'Show 200 more' }).click()
  await expect(form.mapKeys(annotations)).toHaveCount(250)
  await expect(form.moreRow(annotations)).toContainText('4,750 more annotations not shown')

  await form.fill('metadata.annotations.key-7', 'edited')
  await expect.poll(() => studio.yaml.text()).toContain('    key-7: "edited"\n')

  // A new key goes to the end of the map, far beyond the rows shown; it is shown anyway.
  await form.root.getByRole('textbox', { name: 'New key in Annotations' }).fill('team')
  const value = form.root.getByRole('textbox', { name: 'Value of the new Annotations entry' })
  await value.fill('canaries')
  await value.press('Enter')
  await expect(form.mapKeys(annotations).last()).toHaveText('team')
  await expect(form.field('metadata.annotations.team')).toHaveValue('canaries')
  await expect(form.moreRow(annotations)).toContainText('4,750 more annotations not shown')
  await expect.poll(() => studio.yaml.text()).toMatch(/\n {4}team: "?canaries"?\n/)
})

test('"Show in YAML" highlights the first hidden annotation in the editor', async ({ studio, page }) => {
  await setText(page, manyKeysDocument(60))
  await expect(studio.form.moreRow(annotations)).toContainText('10 more annotations not shown')
  await studio.form.moreRow(annotations).getByRole('button', { name: 'Show in YAML' }).click()
  await expect(studio.yaml.root.locator('.yaml-editor__focused-line')).toBeVisible()
  await expect(studio.yaml.root.locator('.view-line', { hasText: 'key-50:' })).toBeVisible()
})

test('maps at the edges: exactly 50 rows has no "more" row, 51 hides one, an emptied map shows none', async ({
  studio,
  page,
}) => {
  const { form } = studio
  await setText(page, manyKeysDocument(50))
  await expect(form.mapKeys(annotations)).toHaveCount(50)
  await expect(form.moreRow(annotations)).toHaveCount(0)

  await setText(page, manyKeysDocument(51))
  await expect(form.moreRow(annotations)).toContainText('1 more annotation not shown')
  await form.moreRow(annotations).getByRole('button', { name: 'Show it' }).click()
  await expect(form.mapKeys(annotations)).toHaveCount(51)
  await expect(form.moreRow(annotations)).toHaveCount(0)

  await setText(page, podinfoCanaryYaml.replace('metadata:\n', 'metadata:\n  annotations: {}\n'))
  await expect(form.mapKeys(annotations)).toHaveCount(0)
  await expect(form.moreRow(annotations)).toHaveCount(0)
})

test('a webhook far down a list of 300 is found by the field search and revealed', async ({ studio, page }) => {
  const hooks = Array.from({ length: 300 }, (_, i) => `      - name: hook-${i}\n        url: http://hook.test/${i}\n`)
  await setText(page, podinfoCanaryYaml.replace(/ {4}webhooks:\n[\s\S]*$/, `    webhooks:\n${hooks.join('')}`))
  const webhooks = 'spec.analysis.webhooks'
  const { form } = studio
  await expect(form.moreRow(webhooks)).toContainText('250 more webhooks not shown')
  await expect(form.root.locator(`.object-list[data-path="${webhooks}"] .object-list__count`)).toHaveText('300')
  await expect(form.cardTitles(webhooks)).toHaveCount(50)

  const search = page.getByRole('combobox', { name: 'Find a field' })
  await search.fill('webhooks[280].url')
  await search.press('Enter')
  await expect(form.cardTitles(webhooks).last()).toHaveText('hook-280')
  await expect(form.field('spec.analysis.webhooks[280].url')).toBeFocused()
  await expect(form.field('spec.analysis.webhooks[280].url')).toHaveValue('http://hook.test/280')
})
