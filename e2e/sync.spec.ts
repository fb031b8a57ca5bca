import { expect, test } from './fixtures.ts'

test('typing in the YAML editor updates the form', async ({ studio }) => {
  await expect(studio.form.field('spec.analysis.maxWeight')).toHaveValue('50')
  await studio.yaml.replace('maxWeight: 50', 'maxWeight: 40')
  await expect(studio.form.field('spec.analysis.maxWeight')).toHaveValue('40')
  await studio.yaml.replace('name: podinfo\n  namespace', 'name: frontend\n  namespace')
  await expect(studio.form.field('metadata.name')).toHaveValue('frontend')
})

test('a form edit rewrites only its value and keeps the comment above it', async ({ studio }) => {
  const before = (await studio.yaml.text()).split('\n')
  await studio.form.fill('spec.analysis.stepWeight', '5')
  await expect
    .poll(() => studio.yaml.text())
    .toContain('    # Add this much canary weight (percent) after each passing step.\n    stepWeight: 5\n')
  const after = (await studio.yaml.text()).split('\n')
  const changed = after.flatMap((line, i) => (line === before[i] ? [] : [line]))
  expect(after).toHaveLength(before.length)
  expect(changed).toEqual(['    stepWeight: 5'])
})

test('Ctrl/Cmd+Z in the editor undoes a form edit, and redo brings it back', async ({ studio }) => {
  await studio.form.fill('spec.service.port', '8080')
  await expect.poll(() => studio.yaml.text()).toContain('port: 8080')
  await studio.yaml.pressUndo()
  await expect.poll(() => studio.yaml.text()).toContain('port: 9898')
  await expect(studio.form.field('spec.service.port')).toHaveValue('9898')
  await studio.yaml.pressRedo()
  await expect(studio.form.field('spec.service.port')).toHaveValue('8080')
})

test('a host added in the form appears in the YAML list', async ({ studio }) => {
  await studio.form.addListItem('spec.service.hosts', 'www.example.com')
  await expect(studio.form.listItems('spec.service.hosts')).toHaveCount(2)
  await expect.poll(() => studio.yaml.text()).toMatch(/- app\.example\.com\n\s+- www\.example\.com\n/)
})

test('invalid YAML shows the banner, keeps the form read-only with its values, and recovers', async ({
  studio,
  page,
}) => {
  // A colon after the value makes a nested compact mapping, which YAML forbids.
  await studio.yaml.replace('threshold: 3', 'threshold: 3:')
  await expect(studio.form.banner).toBeVisible()
  await expect(studio.form.banner).toContainText(/Line \d+, column \d+/)
  await expect(studio.form.field('spec.analysis.threshold')).toHaveValue('3')
  await expect(studio.form.field('spec.analysis.threshold')).toBeDisabled()
  expect(await studio.yaml.text()).toContain('threshold: 3:')
  await expect(page.getByRole('status')).toContainText('YAML has errors')

  await studio.yaml.replace('threshold: 3:', 'threshold: 4')
  await expect(studio.form.banner).toBeHidden()
  await expect(studio.form.field('spec.analysis.threshold')).toBeEnabled()
  await expect(studio.form.field('spec.analysis.threshold')).toHaveValue('4')
})
