import { expect, test } from './fixtures.ts'

test('a lint error shows in Problems; choosing it moves the editor cursor and focuses the form field', async ({
  page,
  studio,
}) => {
  await studio.yaml.replace('interval: 1m\n', 'interval: 10x\n')
  const errors = page.getByRole('region', { name: 'Errors' })
  const problem = errors.locator('.problem').filter({ hasText: 'spec.analysis.interval' }).first()
  await expect(problem).toBeVisible()
  const where = await problem.locator('.problem__where').textContent()
  const [line] = (where ?? '').trim().split(':')
  expect(Number(line)).toBeGreaterThan(0)
  await studio.yaml.replace('apiVersion: flagger', 'apiVersion: flagger') // park the cursor at the top
  expect(await studio.yaml.cursorLine()).toBeLessThan(Number(line))
  await problem.locator('.problem__main').click()
  await expect.poll(() => studio.yaml.cursorLine()).toBe(Number(line))
  const path = (where ?? '').trim().split(/\s+/)[1] ?? ''
  await expect(studio.form.root.locator(`[data-path="${path}"] input`)).toBeFocused()
})
