import { podinfoCanaryYaml } from '../src/core/samples/podinfo.ts'
import { expect, test } from './fixtures.ts'

type HookedWindow = Window & { __canaryStudioEditor?: { setText: (text: string) => void } }

// Above 200,000 characters the views are brought up to date when typing pauses, not on every key.
test('typing in a very large document updates the views once typing pauses', async ({ studio, page }) => {
  const notes = Array.from({ length: 5000 }, (_, i) => `    note-${i}: "${'x'.repeat(40)}"`).join('\n')
  const text = `${podinfoCanaryYaml}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  notes: |\n${notes}\n`
  expect(text.length).toBeGreaterThan(200_000)
  await page.evaluate((t) => (window as HookedWindow).__canaryStudioEditor?.setText(t), text)
  const status = page.getByRole('status')
  await expect(status).toContainText('YAML valid')

  await studio.yaml.replace('maxWeight: 50', 'maxWeight: 35')
  await expect(studio.form.root.locator('[data-path="spec.analysis.maxWeight"] input')).toHaveValue('35')
  await expect(status).toContainText('YAML valid')
  await expect(page.getByRole('region', { name: 'Rollout timeline' })).toContainText('10 → 20 → 30 → 40 % every 1m (maxWeight 35 is overshot)')
})
